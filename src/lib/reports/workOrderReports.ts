import type { Payload, PayloadRequest } from 'payload'

import { percent } from '@/domain/reportPeriods'
import { slugs } from '@/slugs'

import type { CubeRow } from './cube'
import { cube, rollUp, total } from './cube'
import { returnedSameDay } from '@/domain/workOrders/rules'
import { OPEN_WORK_ORDER_STATUSES } from '@/domain/workOrders/workflow'

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
  /** When engineering returned it to customer service (退回客服), and whether that was the same day. */
  returnedToServiceAt: string | null
  returnedSameDay: boolean | null
}

/**
 * 派工单统计表 for one day: orders opened that day, orders returned (finished) that day, and every
 * order still open at the end of the day with its reason and expected date.
 */
export const dailyReconciliation = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  day: { label: string; from: Date; to: Date },
  timeZone: string,
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
    unfinishedAt: true,
    informedCustomerServiceAt: true,
  } as const
  // One query for every order the day touches, at depth 0; unit codes and engineer names come
  // from two small look-ups instead of populating each order.
  const docs = (
    await payload.find({
      collection: slugs.workOrders,
      where: {
        or: [
          { registeredAt: range },
          { finishedAt: range },
          {
            and: [
              { status: { in: [...OPEN_WORK_ORDER_STATUSES] } },
              { registeredAt: { less_than: day.to.toISOString() } },
            ],
          },
        ],
      },
      depth: 0,
      pagination: false,
      sort: 'registeredAt',
      select,
      req,
    })
  ).docs
  const ids = (key: 'unit' | 'engineer') => [
    ...new Set(docs.map((o) => o[key]).filter((v): v is number => typeof v === 'number')),
  ]
  const [units, engineers] = await Promise.all([
    payload.find({
      collection: slugs.units,
      where: { id: { in: ids('unit') } },
      depth: 0,
      pagination: false,
      select: { code: true },
      req,
    }),
    payload.find({
      collection: slugs.users,
      where: { id: { in: ids('engineer') } },
      depth: 0,
      pagination: false,
      select: { name: true },
      req,
    }),
  ])
  const unitCode = new Map(units.docs.map((u) => [u.id, u.code ?? '']))
  const engineerName = new Map(engineers.docs.map((u) => [u.id, u.name]))
  const rows = docs.map((o) => ({
    row: {
      number: o.number ?? '',
      unit: unitCode.get(o.unit as number) ?? '',
      fault: o.fault,
      engineer: engineerName.get(o.engineer as number) ?? '',
      status: o.status ?? 'registered',
      registeredAt: o.registeredAt ?? '',
      dispatchedAt: o.dispatchedAt ?? null,
      arrivedAt: o.arrivedAt ?? null,
      finishedAt: o.finishedAt ?? null,
      dispatchMet: o.dispatchMet ?? null,
      arrivalMet: o.arrivalMet ?? null,
      reason: o.unfinishedReason ?? null,
      expected: o.nextAppointment ?? null,
      returnedToServiceAt: o.informedCustomerServiceAt ?? null,
      returnedSameDay: returnedSameDay(o.unfinishedAt, o.informedCustomerServiceAt, timeZone),
    } satisfies DispatchRow,
    registeredAt: o.registeredAt ?? '',
    finishedAt: o.finishedAt ?? '',
    open: (OPEN_WORK_ORDER_STATUSES as readonly string[]).includes(o.status ?? ''),
  }))
  const inDay = (iso: string) => iso >= range.greater_than_equal && iso < range.less_than
  const opened = rows.filter((r) => inDay(r.registeredAt)).map((r) => r.row)
  const returned = rows.filter((r) => inDay(r.finishedAt)).map((r) => r.row)
  const unfinished = rows
    .filter((r) => r.open && r.registeredAt < range.less_than)
    .map((r) => r.row)
  return {
    date: day.label,
    opened,
    returned,
    unfinished,
    counts: { opened: opened.length, returned: returned.length, unfinished: unfinished.length },
  }
}

/**
 * The service-level figures of work orders (cube rows with the sums `dispatched`, `dispatchMet`,
 * `received`, `receiptMet`, `arrived`, `arrivalMet`): 派工及时率 = dispatched on target /
 * dispatched; 签收及时率 = signed for by engineering within the dispatch target after dispatch
 * (工程部签收, 001 报修: the order reaches engineering at once) / signed for; 到场及时率 = on
 * site within the target / arrived. The one definition the summary and the staff appraisal share.
 */
export const workOrderRates = (rows: CubeRow[], filter: (row: CubeRow) => boolean = () => true) => {
  const dispatched = total(rows, 'dispatched', filter)
  const arrived = total(rows, 'arrived', filter)
  const received = total(rows, 'received', filter)
  return {
    orders: total(rows, 'n', filter),
    dispatched,
    dispatchedOnTime: total(rows, 'dispatchMet', filter),
    dispatchRate: percent(total(rows, 'dispatchMet', filter), dispatched),
    received,
    receivedOnTime: total(rows, 'receiptMet', filter),
    receiptRate: percent(total(rows, 'receiptMet', filter), received),
    arrived,
    arrivedOnTime: total(rows, 'arrivalMet', filter),
    arrivalRate: percent(total(rows, 'arrivalMet', filter), arrived),
  }
}

/** The cube of work orders registered in a period, by engineer and category, with the SLA sums. */
export const workOrderCube = (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  period: { from: Date; to: Date },
) =>
  cube(payload, req, {
    table: 'work_orders',
    by: ['engineer', 'category'],
    sums: ['dispatched', 'dispatchMet', 'received', 'receiptMet', 'arrived', 'arrivalMet'],
    time: 'registeredAt',
    from: period.from,
    to: period.to,
  })

/**
 * Weekly or monthly summary: service-level rates (dispatched on time, on site within 30 minutes)
 * overall, by engineer and by category — one GROUP BY in the database.
 */
export const workOrderSummary = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  period: { label: string; from: Date; to: Date },
) => {
  const rows = await workOrderCube(payload, req, period)
  const engineers = await payload.find({
    collection: slugs.users,
    where: { roles: { contains: 'engineer' } },
    pagination: false,
    depth: 0,
    select: { name: true },
    req,
  })
  const names = new Map(engineers.docs.map((u) => [String(u.id), u.name]))
  const rates = (filter: (row: CubeRow) => boolean = () => true) => workOrderRates(rows, filter)
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
