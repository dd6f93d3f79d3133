import type { PayloadRequest } from 'payload'

import type { SqlFragment, SqlTag } from '@/lib/sql'
import { querySql } from '@/lib/sql'

/**
 * One kind of breach a scheduled check reports once: its name in the `breachesNotified` select,
 * the column of its deadline, and what else must hold for it to count (in SQL, on the row `t`).
 */
export type BreachRule = {
  name: string
  dueColumn: string
  when: (sql: SqlTag) => SqlFragment
}

/** The table a check reads, its `breachesNotified` table, and its breaches. */
export type OverdueRules = {
  table: string
  notifiedTable: string
  breaches: readonly BreachRule[]
}

export type OverdueBatch = {
  /** The rows to escalate now, the one overdue longest (earliest deadline passed) first. */
  ids: number[]
  /** How many rows have a breach not yet notified, these included. */
  total: number
}

/**
 * The rows with a deadline passed and not yet notified, ordered by the earliest such deadline, at
 * most `limit`, and how many there are in all — the pure `pendingBreaches` rules, in SQL.
 *
 * SQL, because Payload's `where` cannot say "`breachesNotified` does not contain X": on SQLite and
 * PostgreSQL a hasMany select is a joined table, and `not_in` is tested row by row (a row notified
 * of two breaches still matches through the other; one notified of nothing has no row). A list
 * that cannot leave out what was already notified fills its page with cases still open and
 * already reported — for ever, after an import of years of open cases — ahead of new breaches.
 */
export const overdueBatch = async (
  req: PayloadRequest,
  rules: OverdueRules,
  now: Date,
  limit: number,
): Promise<OverdueBatch> => {
  const at = now.toISOString()
  const rows = await querySql(req.payload, req, (sql) => {
    const table = sql.raw(rules.table)
    const notified = sql.raw(rules.notifiedTable)
    const late = rules.breaches.map((breach) => {
      const due = sql.raw(`t.${breach.dueColumn}`)
      return sql`SELECT t.id AS id, ${due} AS due FROM ${table} t
        WHERE ${due} < ${at} AND (${breach.when(sql)})
        AND NOT EXISTS (SELECT 1 FROM ${notified} b WHERE b.parent_id = t.id AND b.value = ${breach.name})`
    })
    return sql`WITH late AS (${sql.join(late, sql` UNION ALL `)})
      SELECT id, MIN(due) AS overdue_since, COUNT(*) OVER () AS total FROM late
      GROUP BY id ORDER BY overdue_since, id LIMIT ${limit}`
  })
  return {
    ids: rows.map((row) => Number(row.id)),
    total: rows.length > 0 ? Number(rows[0].total) : 0,
  }
}

const inList = (sql: SqlTag, values: readonly string[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

/** `pendingBreaches` (src/domain/complaints/deadlines.ts): open, not verified / not resolved. */
export const complaintBreachRules = (openStatuses: readonly string[]): OverdueRules => ({
  table: 'complaints',
  notifiedTable: 'complaints_breaches_notified',
  breaches: [
    {
      name: 'verification',
      dueColumn: 'verify_due_at',
      when: (sql) => sql`t.status IN (${inList(sql, openStatuses)}) AND t.verified_at IS NULL`,
    },
    {
      name: 'resolution',
      dueColumn: 'resolve_due_at',
      when: (sql) => sql`t.status IN (${inList(sql, openStatuses)}) AND t.resolved_at IS NULL`,
    },
  ],
})

/**
 * `pendingWorkOrderBreaches` (src/domain/workOrders/rules.ts) on the orders the check watches:
 * dispatch while registered, receipt (工程部签收) and arrival while dispatched.
 */
export const workOrderBreachRules: OverdueRules = {
  table: 'work_orders',
  notifiedTable: 'work_orders_breaches_notified',
  breaches: [
    {
      name: 'dispatch',
      dueColumn: 'dispatch_due_at',
      when: (sql) => sql`t.status = 'registered' AND t.dispatched_at IS NULL`,
    },
    {
      name: 'receipt',
      dueColumn: 'receipt_due_at',
      when: (sql) =>
        sql`t.status = 'dispatched' AND t.dispatched_at IS NOT NULL
          AND t.received_at IS NULL AND t.arrived_at IS NULL`,
    },
    {
      name: 'arrival',
      dueColumn: 'arrival_due_at',
      when: (sql) =>
        sql`t.status = 'dispatched' AND t.dispatched_at IS NOT NULL AND t.arrived_at IS NULL`,
    },
  ],
}
