import type { Payload, PayloadRequest } from 'payload'

import { dialectOf, querySql } from '../sql'

/** Columns a report may group by or sum (SQL identifiers cannot be parameters: a whitelist). */
const COLUMNS = {
  complaints: {
    kind: 'kind',
    category: 'category',
    severity: 'severity',
    channel: 'channel',
    building: 'building',
    status: 'status',
    department: 'department',
    handler: 'handler_id',
    verifiedOnTime: 'verified_on_time',
    resolvedWithin24h: 'resolved_within24h',
    resolvedOnTime: 'resolved_on_time',
    resolved: 'resolved_at IS NOT NULL',
    substantiated: "verdict = 'substantiated'",
    unsubstantiated: "verdict = 'unsubstantiated'",
    returnVisitRequired: 'return_visit_required',
  },
  work_orders: {
    engineer: 'engineer_id',
    category: 'category',
    status: 'status',
    commercial: 'commercial',
    dispatched: 'dispatched_at IS NOT NULL',
    arrived: 'arrived_at IS NOT NULL',
    dispatchMet: 'dispatch_met',
    received: 'received_at IS NOT NULL',
    receiptMet: 'receipt_met',
    arrivalMet: 'arrival_met',
  },
  return_visits: {
    quality: 'quality',
    effect: 'effect',
    overall: 'overall',
    method: 'method',
    status: 'status',
  },
} as const

const TIME_COLUMN = {
  registeredAt: 'registered_at',
  resolvedAt: 'resolved_at',
  recordedAt: 'recorded_at',
} as const

type Table = keyof typeof COLUMNS
type Column<T extends Table> = keyof (typeof COLUMNS)[T] & string
const MONGO_COLLECTION: Record<Table, string> = {
  complaints: 'complaints',
  work_orders: 'work-orders',
  return_visits: 'return-visits',
}

/** Sums that are expressions rather than stored flags, in MongoDB's words. */
const MONGO_SUMS: Record<string, unknown> = {
  dispatched: { $cond: [{ $ifNull: ['$dispatchedAt', false] }, 1, 0] },
  arrived: { $cond: [{ $ifNull: ['$arrivedAt', false] }, 1, 0] },
  received: { $cond: [{ $ifNull: ['$receivedAt', false] }, 1, 0] },
  resolved: { $cond: [{ $ifNull: ['$resolvedAt', false] }, 1, 0] },
  substantiated: { $cond: [{ $eq: ['$verdict', 'substantiated'] }, 1, 0] },
  unsubstantiated: { $cond: [{ $eq: ['$verdict', 'unsubstantiated'] }, 1, 0] },
}

export type CubeRow = Record<string, string | number | null>

/**
 * One GROUP BY over a time range, computed by the database: a row per combination of `by`, with
 * `n` (its count) and, for each of `sums`, how many rows had that flag true. A report reads many
 * figures from one pass instead of a query each. SQL on SQLite and PostgreSQL, `$group` on MongoDB.
 */
export const cube = async <T extends Table>(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  args: {
    table: T
    by: Column<T>[]
    sums?: Column<T>[]
    time: keyof typeof TIME_COLUMN
    from: Date
    to: Date
    status?: string
  },
): Promise<CubeRow[]> => {
  const columns = COLUMNS[args.table] as Record<string, string>
  const sums = args.sums ?? []
  if (dialectOf(payload) === 'mongoose') {
    // The mongoose adapter's own models, not part of Payload's adapter type.
    const mongo = payload.db as typeof payload.db & {
      collections: Record<
        string,
        { aggregate: (p: unknown[]) => Promise<Array<Record<string, unknown>>> }
      >
    }
    const match: Record<string, unknown> = { [args.time]: { $gte: args.from, $lt: args.to } }
    if (args.status) match.status = args.status
    const rows = await mongo.collections[MONGO_COLLECTION[args.table]].aggregate([
      { $match: match },
      {
        $group: {
          _id: Object.fromEntries(args.by.map((d) => [d, `$${d}`])),
          n: { $sum: 1 },
          ...Object.fromEntries(
            sums.map((s) => [s, { $sum: MONGO_SUMS[s] ?? { $cond: [`$${s}`, 1, 0] } }]),
          ),
        },
      },
    ])
    return rows.map(({ _id, ...rest }) => ({ ...(_id as CubeRow), ...(rest as CubeRow) }))
  }
  const from = args.from.toISOString()
  const to = args.to.toISOString()
  const time = TIME_COLUMN[args.time]
  const rows = await querySql(payload, req, (sql) => {
    const dims = args.by.map((d) => sql`${sql.raw(columns[d])} AS ${sql.raw(`"${d}"`)}`)
    const flags = sums.map(
      (s) => sql`SUM(CASE WHEN ${sql.raw(columns[s])} THEN 1 ELSE 0 END) AS ${sql.raw(`"${s}"`)}`,
    )
    const select = sql.join([...dims, sql`COUNT(*) AS n`, ...flags], sql`, `)
    const status = args.status ? sql` AND status = ${args.status}` : sql``
    const groupBy = args.by.length
      ? sql` GROUP BY ${sql.join(
          args.by.map((d) => sql.raw(columns[d])),
          sql`, `,
        )}`
      : sql``
    return sql`SELECT ${select} FROM ${sql.raw(args.table)}
      WHERE ${sql.raw(time)} >= ${from} AND ${sql.raw(time)} < ${to}${status}${groupBy}`
  })
  return rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [
        k,
        k === 'n' || sums.includes(k as Column<T>) ? Number(v ?? 0) : (v as string | null),
      ]),
    ),
  )
}

/** Rolls cube rows up to counts per value of one dimension, optionally filtered. */
export const rollUp = (
  rows: CubeRow[],
  by: string,
  filter: (row: CubeRow) => boolean = () => true,
  value: (row: CubeRow) => number = (row) => Number(row.n),
): Record<string, number> => {
  const result: Record<string, number> = {}
  for (const row of rows.filter(filter)) {
    const key = row[by] == null ? '(none)' : String(row[by])
    result[key] = (result[key] ?? 0) + value(row)
  }
  return result
}

/** Sums a measure over cube rows, optionally filtered. */
export const total = (
  rows: CubeRow[],
  measure = 'n',
  filter: (row: CubeRow) => boolean = () => true,
): number => rows.filter(filter).reduce((sum, row) => sum + Number(row[measure] ?? 0), 0)
