import type { Payload, PayloadRequest, Where } from 'payload'

import { percent } from '@/domain/reportPeriods'
import { slugs } from '@/slugs'

import { cube, rollUp, total } from './cube'

const OPEN = ['registered', 'dispatched', 'on-site', 'pending-revisit']

export type DispatchRow = {
  number: string
  unit: string
  fault: string
  engineer: string
  status: string
  registeredAt: string
  dispatchedAt: string | null
  arrivedAt: string | null
  finishedAt: string | null
  dispatchMet: boolean | null
  arrivalMet: boolean | null
  reason: string | null
  expected: string | null
}

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: unknown }).name)
    : ''
const codeOf = (value: unknown) =>
  value && typeof value === 'object' && 'code' in value
    ? String((value as { code: unknown }).code)
    : ''

/**
 * 派工单统计表 for one day: orders opened that day, orders returned (finished) that day, and every
 * order still open at the end of the day with its reason and expected date.
 */
export const dailyReconciliation = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  day: { label: string; from: Date; to: Date },
) => {
  const range = { greater_than_equal: day.from.toISOString(), less_than: day.to.toISOString() }
  const select = {
    number: true,
    unit: true,
    fault: true,
    engineer: true,
    status: true,
    registeredAt: true,
    dispatchedAt: true,
    arrivedAt: true,
    finishedAt: true,
    dispatchMet: true,
    arrivalMet: true,
    unfinishedReason: true,
    nextAppointment: true,
  } as const
  const list = async (where: Where) =>
    (
      await payload.find({
        collection: slugs.workOrders,
        where,
        depth: 1,
        pagination: false,
        sort: 'registeredAt',
        select,
        populate: { units: { code: true }, users: { name: true } },
        req,
      })
    ).docs.map((o): DispatchRow => ({
      number: o.number ?? '',
      unit: codeOf(o.unit),
      fault: o.fault,
      engineer: nameOf(o.engineer),
      status: o.status ?? 'registered',
      registeredAt: o.registeredAt ?? '',
      dispatchedAt: o.dispatchedAt ?? null,
      arrivedAt: o.arrivedAt ?? null,
      finishedAt: o.finishedAt ?? null,
      dispatchMet: o.dispatchMet ?? null,
      arrivalMet: o.arrivalMet ?? null,
      reason: o.unfinishedReason ?? null,
      expected: o.nextAppointment ?? null,
    }))
  const [opened, returned, unfinished] = await [
    () => list({ registeredAt: range }),
    () => list({ finishedAt: range }),
    () =>
      list({
        and: [{ status: { in: OPEN } }, { registeredAt: { less_than: day.to.toISOString() } }],
      }),
  ].reduce<Promise<DispatchRow[][]>>(
    async (acc, task) => [...(await acc), await task()],
    Promise.resolve([]),
  )
  return {
    date: day.label,
    opened,
    returned,
    unfinished,
    counts: { opened: opened.length, returned: returned.length, unfinished: unfinished.length },
  }
}

/**
 * Weekly or monthly summary: service-level rates (dispatched on time, on site within 30 minutes)
 * overall, by engineer and by category — one GROUP BY in the database.
 */
export const workOrderSummary = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  period: { label: string; from: Date; to: Date },
) => {
  const rows = await cube(payload, req, {
    table: 'work_orders',
    by: ['engineer', 'category'],
    sums: ['dispatched', 'dispatchMet', 'arrived', 'arrivalMet'],
    time: 'registeredAt',
    from: period.from,
    to: period.to,
  })
  const engineers = await payload.find({
    collection: slugs.users,
    where: { roles: { contains: 'engineer' } },
    pagination: false,
    depth: 0,
    select: { name: true },
    req,
  })
  const names = new Map(engineers.docs.map((u) => [String(u.id), u.name]))
  const rates = (filter: (row: Record<string, unknown>) => boolean = () => true) => {
    const dispatched = total(rows, 'dispatched', filter)
    const arrived = total(rows, 'arrived', filter)
    return {
      orders: total(rows, 'n', filter),
      dispatched,
      dispatchedOnTime: total(rows, 'dispatchMet', filter),
      dispatchRate: percent(total(rows, 'dispatchMet', filter), dispatched),
      arrived,
      arrivedOnTime: total(rows, 'arrivalMet', filter),
      arrivalRate: percent(total(rows, 'arrivalMet', filter), arrived),
    }
  }
  const keys = (by: string) => Object.keys(rollUp(rows, by))
  return {
    period: period.label,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    overall: rates(),
    byEngineer: Object.fromEntries(
      keys('engineer').map((id) => [
        names.get(id) ?? (id === '(none)' ? '未派工' : id),
        rates((row) => String(row.engineer ?? '(none)') === id),
      ]),
    ),
    byCategory: Object.fromEntries(
      keys('category').map((c) => [c, rates((row) => String(row.category) === c)]),
    ),
  }
}
