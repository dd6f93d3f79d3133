import type { Payload, PayloadRequest } from 'payload'

import type { HouseholdSatisfaction, VisitSubject } from '@/domain/complaints/returnVisits'
import { percent } from '@/domain/reportPeriods'
import type { SqlTag } from '@/lib/sql'
import { querySql } from '@/lib/sql'

type Req = Partial<PayloadRequest> | undefined

/**
 * The period a time column falls in, among `starts` (period i is [starts[i], starts[i+1])):
 * `CASE WHEN col < <starts[1]> THEN 0 …`, plain comparisons an index can serve, computed the same
 * way on SQLite and PostgreSQL. Group by position (`GROUP BY 1`): PostgreSQL would see a repeated
 * expression's parameters as different ones.
 */
export const periodBucket = (sql: SqlTag, column: string, starts: readonly Date[]) =>
  sql`CASE ${sql.join(
    starts
      .slice(1)
      .map(
        (start, i) =>
          sql`WHEN ${sql.raw(column)} < ${start.toISOString()} THEN ${sql.raw(String(i))}`,
      ),
    sql` `,
  )} END`

/** The visit's subject: its foreign key on `return_visits`. */
const SUBJECT_KEY: Record<VisitSubject, string> = {
  complaint: 'complaint_id',
  repair: 'work_order_id',
}

/**
 * Satisfaction by household (`householdSatisfaction`, the rule in the domain) for the visits on
 * one subject recorded in each period, computed by the database: one row per period and
 * household, then one per period. The household is stamped on the visit (`stampHousehold`: the
 * resident on file, or the unit), so the count reads the visits' index alone. The monthly table,
 * the dashboard's KPI and its 12-month trend all read their satisfaction here.
 */
export const visitSatisfactionByPeriod = async (
  payload: Payload,
  req: Req,
  subject: VisitSubject,
  starts: readonly Date[],
): Promise<HouseholdSatisfaction[]> => {
  const key = SUBJECT_KEY[subject]
  const from = starts[0].toISOString()
  const to = starts[starts.length - 1].toISOString()
  const rows = await querySql(payload, req, (sql) => {
    const bucket = periodBucket(sql, 'v.recorded_at', starts)
    const rated = (r: string) => sql.raw(`SUM(CASE WHEN v.overall = '${r}' THEN 1 ELSE 0 END)`)
    return sql`SELECT h.bucket AS "bucket", COUNT(*) AS households,
        SUM(CASE WHEN h.dissatisfied = 0 THEN 1 ELSE 0 END) AS satisfied,
        SUM(h.a) AS a, SUM(h.b) AS b, SUM(h.c) AS c
      FROM (
        SELECT ${bucket} AS bucket, v.household AS household,
          MAX(CASE WHEN v.overall = 'C' THEN 1 ELSE 0 END) AS dissatisfied,
          ${rated('A')} AS a, ${rated('B')} AS b, ${rated('C')} AS c
        FROM return_visits v
        WHERE v.status = 'done' AND v.recorded_at >= ${from} AND v.recorded_at < ${to}
          AND v.overall IN ('A', 'B', 'C') AND v.${sql.raw(key)} IS NOT NULL
        GROUP BY 1, 2
      ) h
      GROUP BY h.bucket`
  })
  return starts.slice(0, -1).map((_, i) => {
    const row = rows.find((r) => Number(r.bucket) === i)
    const n = (k: string) => Number(row?.[k] ?? 0)
    return {
      households: n('households'),
      satisfied: n('satisfied'),
      visits: { A: n('a'), B: n('b'), C: n('c') },
      rate: percent(n('satisfied'), n('households')),
    }
  })
}
