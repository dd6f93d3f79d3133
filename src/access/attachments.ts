import type { Access, AccessResult, PayloadRequest, Where } from 'payload'

import type { AttachmentHolder } from '@/collections/Attachments/holders'
import { ATTACHMENT_HOLDERS } from '@/collections/Attachments/holders'
import { MANAGER_ROLES, mayReadConfidential, rolesOf } from '@/domain/roles'

import { hasRole } from './hasRole'

/** A holder's `Where` moved onto the attachment's join to that holder. */
export const prefixWhere = (where: Where, prefix: string): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map((w) => prefixWhere(w, prefix))]
        : [`${prefix}.${key}`, value],
    ),
  ) as Where

/**
 * What the holder's own read access gives the user: run as the user, so a holder's rule — row
 * level or not — is the attachment's rule too. A resident's files also need the confidential right.
 */
const holderReadAccess = async (
  req: PayloadRequest,
  holder: AttachmentHolder,
): Promise<AccessResult> => {
  if (holder.confidential && !mayReadConfidential(rolesOf(req.user))) return false
  const read = req.payload.collections[holder.collection]?.config.access.read
  return read ? await read({ req }) : false
}

/**
 * Which attachments the user reads, as one `Where` (lists, by id, and Payload's file route all
 * apply it): for every kind of holder, the file is either not held there or held by a record the
 * user reads there. A file held in two places is as closed as the more closed one. A file nobody
 * holds yet is read by its uploader and by whoever reads every holder (it may be bound for any).
 * `true` only for someone no holder restricts.
 */
export const attachmentReadAccess = async (req: PayloadRequest): Promise<AccessResult> => {
  const { user } = req
  if (!user || rolesOf(user).length === 0) return false
  const constraints: Where[] = []
  for (const holder of ATTACHMENT_HOLDERS) {
    const access = await holderReadAccess(req, holder)
    if (access === true) continue
    const notHeld: Where = { [`${holder.join}.id`]: { exists: false } }
    constraints.push(
      access === false ? notHeld : { or: [notHeld, prefixWhere(access, holder.join)] },
    )
  }
  if (constraints.length === 0) return true
  constraints.push({
    or: [
      ...ATTACHMENT_HOLDERS.map((holder): Where => ({ [`${holder.join}.id`]: { exists: true } })),
      { uploadedBy: { equals: user.id } },
    ],
  })
  return { and: constraints }
}

/**
 * Read access of `attachments`. Payload's file route (`/api/attachments/file/<name>`) passes no id
 * and applies a `Where` with the file name: `true` there would stream any file in the folder, so a
 * reader of everything still gets a `Where` that makes the route find the attachment record.
 */
export const canReadAttachments: Access = async ({ req, isReadingStaticFile }) => {
  const access = await attachmentReadAccess(req)
  if (access === true && isReadingStaticFile) return { id: { exists: true } }
  return access
}

/** Managers and the administrator replace or remove files — those they can read. */
export const canChangeAttachments: Access = async ({ req }) => {
  if (!hasRole(req.user, ...MANAGER_ROLES, 'admin')) return false
  return attachmentReadAccess(req)
}
