import type { Payload, PayloadRequest } from 'payload'

import { OPEN_COMPLAINT_STATUSES } from '@/domain/complaints/statusMachine'
import { localParts, zonedTime } from '@/domain/time'
import type { SqlTag } from '@/lib/sql'
import { querySql } from '@/lib/sql'

// Complaint statuses that still need work: the domain's list, re-exported for the panels.
export { OPEN_COMPLAINT_STATUSES }

type Req = Partial<PayloadRequest> | undefined

const inList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`)

/** Open complaints per severity, and how many of them are past their deadline: one GROUP BY. */
export const openComplaintsBySeverity = async (payload: Payload, req: Req, now: Date) => {
  const rows = await querySql(
    payload,
    req,
    (sql) => sql`SELECT severity AS "severity", COUNT(*) AS n,
      SUM(CASE WHEN resolve_due_at < ${now.toISOString()} THEN 1 ELSE 0 END) AS overdue
      FROM complaints
      WHERE kind = 'complaint' AND status IN (${sql.raw(inList(OPEN_COMPLAINT_STATUSES).join(', '))})
      GROUP BY severity`,
  )
  const bySeverity: Record<string, number> = {}
  let overdue = 0
  for (const row of rows) {
    bySeverity[String(row.severity ?? 'general')] = Number(row.n)
    overdue += Number(row.overdue ?? 0)
  }
  return { bySeverity, overdue, open: Object.values(bySeverity).reduce((a, b) => a + b, 0) }
}

/** The first instants of the last `months` local months (oldest first) and of the next one. */
export const monthStarts = (now: Date, timeZone: string, months = 12): Date[] => {
  const p = localParts(now, timeZone)
  const starts: Date[] = []
  for (let i = months - 1; i >= -1; i--) {
    const index = p.year * 12 + (p.month - 1) - i
    starts.push(zonedTime(timeZone, Math.floor(index / 12), (index % 12) + 1, 1))
  }
  return starts
}

/**
 * The month bucket of a time column: `CASE WHEN col < <start of month 2> THEN 0 …`, with the
 * month starts computed in the office's timezone (daylight saving included), so SQLite and
 * PostgreSQL group alike, on plain comparisons an index can serve. Grouped by position
 * (`GROUP BY 1`): PostgreSQL would see a repeated expression's parameters as different ones.
 */
const monthBucket = (sql: SqlTag, column: string, starts: Date[]) =>
  sql`CASE ${sql.join(
    starts
      .slice(1)
      .map(
        (start, i) =>
          sql`WHEN ${sql.raw(column)} < ${start.toISOString()} THEN ${sql.raw(String(i))}`,
      ),
    sql` `,
  )} END`

export type TrendPoint = {
  month: string
  complaints: number
  rated: number
  satisfied: number
  satisfaction: number | null
}

/** Complaints registered and return-visit satisfaction per month, for the last 12 months. */
export const monthlyTrend = async (
  payload: Payload,
  req: Req,
  now: Date,
  timeZone: string,
  months = 12,
): Promise<TrendPoint[]> => {
  const starts = monthStarts(now, timeZone, months)
  const from = starts[0].toISOString()
  const to = starts[starts.length - 1].toISOString()
  const complaints = await querySql(payload, req, (sql) => {
    const bucket = monthBucket(sql, 'registered_at', starts)
    return sql`SELECT ${bucket} AS "bucket", COUNT(*) AS n FROM complaints
      WHERE kind = 'complaint' AND registered_at >= ${from} AND registered_at < ${to}
      GROUP BY 1`
  })
  const visits = await querySql(payload, req, (sql) => {
    const bucket = monthBucket(sql, 'recorded_at', starts)
    return sql`SELECT ${bucket} AS "bucket", COUNT(*) AS n,
      SUM(CASE WHEN overall IN ('A', 'B') THEN 1 ELSE 0 END) AS satisfied
      FROM return_visits
      WHERE status = 'done' AND overall IN ('A', 'B', 'C')
        AND recorded_at >= ${from} AND recorded_at < ${to}
      GROUP BY 1`
  })
  const count = (rows: Record<string, unknown>[], bucket: number, key = 'n') =>
    Number(rows.find((r) => Number(r.bucket) === bucket)?.[key] ?? 0)
  return starts.slice(0, -1).map((start, i) => {
    const p = localParts(start, timeZone)
    const month = `${p.year}-${String(p.month).padStart(2, '0')}`
    const rated = count(visits, i)
    const satisfied = count(visits, i, 'satisfied')
    return {
      month,
      complaints: count(complaints, i),
      rated,
      satisfied,
      satisfaction: rated > 0 ? Math.round((satisfied / rated) * 1000) / 10 : null,
    }
  })
}
