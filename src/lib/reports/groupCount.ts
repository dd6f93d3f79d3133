import type { Payload, PayloadRequest } from 'payload'

import { dialectOf, querySql } from '../sql'

/** Column names a grouped count may use (SQL identifiers cannot be parameters). */
const GROUPABLE = {
  complaints: {
    category: 'category',
    severity: 'severity',
    channel: 'channel',
    building: 'building',
    kind: 'kind',
    status: 'status',
    department: 'department',
  },
  return_visits: { quality: 'quality', effect: 'effect', overall: 'overall', method: 'method' },
} as const

const TIME_COLUMN = {
  registeredAt: 'registered_at',
  resolvedAt: 'resolved_at',
  recordedAt: 'recorded_at',
} as const

type Table = keyof typeof GROUPABLE
const MONGO_COLLECTION: Record<Table, string> = {
  complaints: 'complaints',
  return_visits: 'return-visits',
}

/**
 * `SELECT field, COUNT(*) … GROUP BY field` over a time range, computed by the database: GROUP BY on
 * SQLite and PostgreSQL, `$group` on MongoDB. Returns `{ value: count }`, nulls as `"(none)"`.
 */
export const groupCount = async <T extends Table>(
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  args: {
    table: T
    by: keyof (typeof GROUPABLE)[T]
    time: keyof typeof TIME_COLUMN
    from: Date
    to: Date
    kind?: 'complaint'
    recordedOnly?: boolean
  },
): Promise<Record<string, number>> => {
  const column = (GROUPABLE[args.table] as Record<string, string>)[args.by as string]
  const timeColumn = TIME_COLUMN[args.time]
  const result: Record<string, number> = {}
  if (dialectOf(payload) === 'mongoose') {
    const mongo = payload.db as unknown as {
      collections: Record<
        string,
        { aggregate: (p: unknown[]) => Promise<Array<{ _id: unknown; n: number }>> }
      >
    }
    const match: Record<string, unknown> = { [args.time]: { $gte: args.from, $lt: args.to } }
    if (args.kind) match.kind = args.kind
    if (args.recordedOnly) match.status = 'done'
    const rows = await mongo.collections[MONGO_COLLECTION[args.table]].aggregate([
      { $match: match },
      { $group: { _id: `$${String(args.by)}`, n: { $sum: 1 } } },
    ])
    for (const row of rows) result[row._id == null ? '(none)' : String(row._id)] = row.n
    return result
  }
  const from = args.from.toISOString()
  const to = args.to.toISOString()
  const rows = await querySql(payload, req, (sql) => {
    const kindFilter = args.kind ? sql` AND kind = ${args.kind}` : sql``
    const recordedFilter = args.recordedOnly ? sql` AND status = 'done'` : sql``
    return sql`SELECT ${sql.raw(column)} AS k, COUNT(*) AS n FROM ${sql.raw(args.table)}
      WHERE ${sql.raw(timeColumn)} >= ${from} AND ${sql.raw(timeColumn)} < ${to}${kindFilter}${recordedFilter}
      GROUP BY ${sql.raw(column)}`
  })
  for (const row of rows) result[row.k == null ? '(none)' : String(row.k)] = Number(row.n)
  return result
}
