import type { PayloadRequest } from 'payload'

import type { OpenItem, ShiftEntry } from '@/domain/shiftLogs/entries'
import { openItemsFromEntries } from '@/domain/shiftLogs/entries'
import { formatLocal } from '@/domain/time'
import { slugs } from '@/slugs'
import { isKeyOverdue } from '@/domain/keys/register'
import { relationId } from '@/domain/relations'
import { OPEN_COMPLAINT_STATUSES } from '@/domain/complaints/statusMachine'

/** How far ahead a deadline counts as "at risk" for the next shift. */
export const AT_RISK_HOURS = 4

/**
 * The open matters the next shift must know, pre-filled at handover: the log's own goods waiting
 * for the owner, keys out and visitors still in; and, at the front desk, complaints and work
 * orders due within the next hours or already late (numbers only — no residents' details).
 */
export const handoverOpenItems = async (
  req: PayloadRequest,
  log: { post: string; entries?: ShiftEntry[] | null },
  now: Date,
  timeZone: string,
): Promise<OpenItem[]> => {
  const items = [
    ...openItemsFromEntries(log.entries ?? []),
    ...(await registerKeysOut(req, log, now, timeZone)),
  ]
  if (log.post !== 'front-desk') return items
  const soon = new Date(now.getTime() + AT_RISK_HOURS * 3_600_000).toISOString()
  const complaints = await req.payload.find({
    collection: slugs.complaints,
    where: {
      and: [
        { status: { in: [...OPEN_COMPLAINT_STATUSES] } },
        { resolveDueAt: { less_than: soon } },
      ],
    },
    sort: 'resolveDueAt',
    limit: 20,
    depth: 0,
    select: { number: true, resolveDueAt: true },
    req,
  })
  for (const c of complaints.docs) {
    const late = c.resolveDueAt && new Date(c.resolveDueAt).getTime() < now.getTime()
    items.push({
      kind: 'complaint',
      ref: c.number ?? String(c.id),
      note: `${late ? '已超时' : '即将到期'} ${formatLocal(c.resolveDueAt, timeZone)} / ${late ? 'overdue' : 'due soon'}`,
    })
  }
  const orders = await req.payload.find({
    collection: slugs.workOrders,
    where: {
      or: [
        {
          and: [{ status: { equals: 'registered' } }, { dispatchDueAt: { less_than: soon } }],
        },
        {
          and: [{ status: { equals: 'dispatched' } }, { arrivalDueAt: { less_than: soon } }],
        },
      ],
    },
    limit: 20,
    depth: 0,
    select: { number: true, status: true, dispatchDueAt: true, arrivalDueAt: true },
    req,
  })
  for (const o of orders.docs) {
    const due = o.status === 'registered' ? o.dispatchDueAt : o.arrivalDueAt
    items.push({
      kind: 'work-order',
      ref: o.number ?? String(o.id),
      note: `${o.status === 'registered' ? '待派工' : '待到场'} ${formatLocal(due, timeZone)} / ${o.status === 'registered' ? 'to dispatch' : 'to arrive'}`,
    })
  }
  return items
}

/**
 * Keys of the register out at handover: every key lent past the time it was due back (whichever
 * post lent it), and the keys this log lent that are still out. Tags and holders only.
 */
const registerKeysOut = async (
  req: PayloadRequest,
  log: { id?: number | string; entries?: ShiftEntry[] | null },
  now: Date,
  timeZone: string,
): Promise<OpenItem[]> => {
  const lentHere = (log.entries ?? [])
    .map((e) => relationId(e.registerKey))
    .filter((id) => id !== undefined)
  const keys = await req.payload.find({
    collection: slugs.keys,
    where: {
      and: [
        { status: { equals: 'lent' } },
        {
          or: [
            { dueBack: { less_than: now.toISOString() } },
            ...(lentHere.length > 0 ? [{ id: { in: lentHere } }] : []),
          ],
        },
      ],
    },
    sort: 'dueBack',
    limit: 50,
    depth: 0,
    select: { label: true, holder: true, dueBack: true, status: true },
    req,
  })
  return keys.docs.map((k) => {
    const overdue = isKeyOverdue(k, now)
    return {
      kind: 'key',
      ref: k.label,
      note: `${overdue ? '钥匙超期未还' : '钥匙借出未还'}：${k.holder ?? ''}，应还 ${formatLocal(k.dueBack, timeZone)} / ${overdue ? 'overdue' : 'out'}`,
    }
  })
}
