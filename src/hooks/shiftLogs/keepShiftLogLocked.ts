import type { CollectionBeforeOperationHook, Where } from 'payload'

import type { ShiftLogStatus } from '@/domain/shiftLogs/actions'
import { LOCKED_STATUSES, WRITABLE_STATUSES } from '@/domain/shiftLogs/actions'
import { conflict } from '@/lib/errors'
import { slugs } from '@/slugs'

// Declared with every other flag in src/lib/requestContext.ts; still importable from here.
export { REVIEWING_SHIFT_LOG } from '@/lib/requestContext'

/**
 * beforeOperation: an accepted log is locked — no update or delete by anyone, through any API
 * (by id, bulk, GraphQL) — except the two signatures it still takes, the manager's review and
 * the shift leader's countersignature (both write with the `reviewingShiftLog` flag); a handed-over log waits for
 * the incoming person and only the handover actions change it. Refused with 409 before anything
 * is written.
 */
export const keepShiftLogLocked: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const { id, where } = args as { id?: number | string; where?: Where }
  // Read as the caller: a client's id or where never runs with server rights (no oracle).
  const targets = await req.payload.find({
    collection: slugs.shiftLogs,
    where: id !== undefined ? { id: { equals: id } } : (where ?? {}),
    depth: 0,
    ...(id !== undefined ? { limit: 1 } : { pagination: false }),
    select: { status: true },
    overrideAccess: overrideAccess === true,
    user: req.user,
    req,
  })
  const statuses = targets.docs.map((d) => d.status as ShiftLogStatus)
  const reviewing = operation === 'update' && req.context?.reviewingShiftLog === true
  if (statuses.some((s) => LOCKED_STATUSES.includes(s)) && !reviewing) {
    throw conflict('交接班记录已锁定，任何人不能修改 / This log is locked: no one can change it')
  }
  const serverWrite = req.context?.serverWrite === true
  if (statuses.some((s) => !WRITABLE_STATUSES.includes(s)) && !serverWrite && !reviewing) {
    throw conflict('已交班，等待接班人接收或拒收 / Handed over: waiting for the incoming person')
  }
  return args
}
