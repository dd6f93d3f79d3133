import type { CollectionSlug, Field } from 'payload'

import { label } from '@/i18n/label'
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
  label: { zh: string; en: string }
}

export const ATTACHMENT_HOLDERS: readonly AttachmentHolder[] = [
  {
    join: 'heldByResidents',
    collection: slugs.residents,
    on: 'files.file',
    confidential: true,
    label: { zh: '所属住户档案', en: 'Held by residents' },
  },
  {
    join: 'heldByComplaints',
    collection: slugs.complaints,
    on: 'attachments',
    label: { zh: '所属投诉', en: 'Held by complaints' },
  },
  {
    join: 'heldByWorkOrders',
    collection: slugs.workOrders,
    on: 'signature',
    label: { zh: '所属工单', en: 'Held by work orders' },
  },
  {
    join: 'heldByViolations',
    collection: slugs.violations,
    on: 'photos',
    label: { zh: '所属违章', en: 'Held by violations' },
  },
  {
    join: 'heldByDocuments',
    collection: slugs.archivedDocuments,
    on: 'file',
    label: { zh: '所属受控文件', en: 'Held by controlled documents' },
  },
  {
    join: 'heldByWorkerPasses',
    collection: slugs.workerPasses,
    on: 'photo',
    label: { zh: '所属临时出入证', en: 'Held by worker passes' },
  },
  {
    join: 'heldByRenovations',
    collection: slugs.renovations,
    on: 'agreement.file',
    label: { zh: '所属装修登记', en: 'Held by renovations' },
  },
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
    label: label(holder.label.zh, holder.label.en),
    access: { read: () => false },
    admin: { disabled: true },
    defaultLimit: 1,
  }))
