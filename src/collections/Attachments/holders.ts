import type { CollectionSlug, Field } from 'payload'

import { slugs } from '@/slugs'

/**
 * Every field that holds an attachment, and the join the attachment sees it through. Read access
 * to an attachment is derived from these (src/access/attachments.ts); a test walks the config and
 * fails if a collection gains an attachment field that is not listed here.
 */
export type AttachmentHolder = {
  /** Name of the (hidden) join field on `attachments`. */
  join: string
  collection: CollectionSlug
  /** Path of the upload field in the holder. */
  on: string
  /** Files that follow the residents' confidential access on top of the holder's read access. */
  confidential?: boolean
}

export const ATTACHMENT_HOLDERS: readonly AttachmentHolder[] = [
  { join: 'heldByResidents', collection: slugs.residents, on: 'files.file', confidential: true },
  { join: 'heldByComplaints', collection: slugs.complaints, on: 'attachments' },
  { join: 'heldByWorkOrders', collection: slugs.workOrders, on: 'signature' },
  { join: 'heldByViolations', collection: slugs.violations, on: 'photos' },
  { join: 'heldByDocuments', collection: slugs.archivedDocuments, on: 'file' },
]

/**
 * The joins, for the access `Where` only: unreadable (so no client can read or query them — Payload
 * refuses a `where` on a field the user cannot read), absent from the admin, virtual (no column).
 */
export const holderJoinFields = (): Field[] =>
  ATTACHMENT_HOLDERS.map((holder): Field => ({
    name: holder.join,
    type: 'join',
    collection: holder.collection,
    on: holder.on,
    access: { read: () => false },
    admin: { disabled: true },
    defaultLimit: 1,
  }))
