import type { PayloadRequest } from 'payload'

import type { OpenItem, ShiftEntry } from '@/domain/shiftLogs/entries'
import { openItemsFromEntries } from '@/domain/shiftLogs/entries'
import { formatLocal } from '@/domain/time'
import { slugs } from '@/slugs'
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
  const items = openItemsFromEntries(log.entries ?? [])
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
