import type { Payload, PayloadRequest } from 'payload'

import type { HouseholdSatisfaction, VisitSubject } from '@/domain/complaints/returnVisits'
import { percent } from '@/domain/reportPeriods'
import type { VisitKind } from '@/domain/returnVisits/kinds'
import type { SqlFragment, SqlTag } from '@/lib/sql'
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

/**
 * A visit's kind as the database sees it: the stored kind, or — for a visit made before kinds
 * existed, or by a hook that does not set one — its subject's (`kindFromSubject`, in SQL). Cast to
 * text: PostgreSQL stores the kind as an enum and will not COALESCE it with a text literal.
 */
export const VISIT_KIND_SQL = `COALESCE(CAST(v.kind AS TEXT), CASE WHEN v.complaint_id IS NOT NULL THEN 'complaint' WHEN v.work_order_id IS NOT NULL THEN 'repair' END)`

/**
 * Which visits a satisfaction figure counts: those on a complaint (投诉处理满意率), on a repair
 * (engineering's departmental rate), or the functional departments' written sample (职能部门抽访).
 */
export type SatisfactionSubject = VisitSubject | 'departmental'

const SUBJECT_WHERE: Record<SatisfactionSubject, string> = {
  complaint: 'v.complaint_id IS NOT NULL',
  repair: 'v.work_order_id IS NOT NULL',
  departmental: "CAST(v.kind AS TEXT) = 'departmental'",
}

/**
 * The one SQL of satisfaction by household (`householdSatisfaction` is the rule): visits recorded
 * in [from, to) with a rating, one row per group and household (dissatisfied if any visit was C),
 * then one row per group: households, satisfied households, visits by rating. `group` is an SQL
 * expression over `v` (a period bucket, the kind); `where` narrows the visits.
 * Status and kind are compared as text on purpose: without statistics SQLite takes an equality on
 * an indexed column for the better index and, led by `status` or `kind`, read every recorded visit
 * of every month; the range on `recorded_at` (the covering index) is the one to read.
 */
const satisfactionRows = (
  payload: Payload,
  req: Req,
  from: Date,
  to: Date,
  group: (sql: SqlTag) => SqlFragment,
  where: string,
) =>
  querySql(payload, req, (sql) => {
    const rated = (r: string) => sql.raw(`SUM(CASE WHEN v.overall = '${r}' THEN 1 ELSE 0 END)`)
    return sql`SELECT h.bucket AS "bucket", COUNT(*) AS households,
        SUM(CASE WHEN h.dissatisfied = 0 THEN 1 ELSE 0 END) AS satisfied,
        SUM(h.a) AS a, SUM(h.b) AS b, SUM(h.c) AS c
      FROM (
        SELECT ${group(sql)} AS bucket, v.household AS household,
          MAX(CASE WHEN v.overall = 'C' THEN 1 ELSE 0 END) AS dissatisfied,
          ${rated('A')} AS a, ${rated('B')} AS b, ${rated('C')} AS c
        FROM return_visits v
        WHERE CAST(v.status AS TEXT) = 'done' AND v.recorded_at >= ${from.toISOString()}
          AND v.recorded_at < ${to.toISOString()}
          AND v.overall IN ('A', 'B', 'C') AND ${sql.raw(where)}
        GROUP BY 1, 2
      ) h
      GROUP BY h.bucket`
  })

const satisfactionOf = (row: Record<string, unknown> | undefined): HouseholdSatisfaction => {
  const n = (k: string) => Number(row?.[k] ?? 0)
  return {
    households: n('households'),
    satisfied: n('satisfied'),
    visits: { A: n('a'), B: n('b'), C: n('c') },
    rate: percent(n('satisfied'), n('households')),
  }
}

/**
 * Satisfaction by household (`householdSatisfaction`, the rule in the domain) for the visits on
 * one subject recorded in each period, computed by the database: one row per period and
 * household, then one per period. The household is stamped on the visit (`stampHousehold`: the
 * resident on file, or the unit), so the count reads the visits' index alone. The monthly table,
 * the dashboard's KPI and its 12-month trend, and the return-visit report all read their
 * satisfaction here.
 */
export const visitSatisfactionByPeriod = async (
  payload: Payload,
  req: Req,
  subject: SatisfactionSubject,
  starts: readonly Date[],
): Promise<HouseholdSatisfaction[]> => {
  const rows = await satisfactionRows(
    payload,
    req,
    starts[0],
    starts[starts.length - 1],
    (sql) => periodBucket(sql, 'v.recorded_at', starts),
    SUBJECT_WHERE[subject],
  )
  return starts.slice(0, -1).map((_, i) => satisfactionOf(rows.find((r) => Number(r.bucket) === i)))
}

/**
 * The same figure for every kind of visit at once (one GROUP BY): the dashboard's "this month's
 * rates by kind". A kind with no visit rated is absent.
 */
export const visitSatisfactionByKind = async (
  payload: Payload,
  req: Req,
  from: Date,
  to: Date,
): Promise<Partial<Record<VisitKind, HouseholdSatisfaction>>> => {
  const rows = await satisfactionRows(
    payload,
    req,
    from,
    to,
    (sql) => sql.raw(VISIT_KIND_SQL),
    '1 = 1',
  )
  return Object.fromEntries(
    rows.filter((r) => r.bucket != null).map((r) => [String(r.bucket), satisfactionOf(r)]),
  )
}
