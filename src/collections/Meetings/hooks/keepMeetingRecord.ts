import type { CollectionBeforeOperationHook, Where } from 'payload'

import { conflict } from '@/lib/errors'
import { slugs } from '@/slugs'

/**
 * beforeOperation: once a meeting is held (or cancelled) it is a record — its attendees, agenda,
 * minutes and decisions change only through its actions (approving the minutes), never by an
 * edit, by anyone. Refused with 409 before anything is written.
 */
export const keepMeetingRecord: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' && operation !== 'delete') return args
  if (req.context?.serverWrite === true) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  // Read as the caller: a client's id or where never runs with server rights (no oracle).
  const targets = await req.payload.find({
    collection: slugs.meetings,
    where: id !== undefined ? { id: { equals: id } } : (where ?? {}),
    depth: 0,
    ...(id !== undefined ? { limit: 1 } : { pagination: false }),
    select: { status: true },
    overrideAccess: overrideAccess === true,
    user: req.user,
    req,
  })
  if (targets.docs.some((d) => d.status && d.status !== 'planned')) {
    throw conflict(
      '会议已召开或已取消，记录不能修改 / The meeting has been held or cancelled: its record cannot be edited',
    )
  }
  return args
}
