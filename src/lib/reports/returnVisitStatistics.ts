import type { Payload, PayloadRequest } from 'payload'

import type { HouseholdSatisfaction } from '@/domain/complaints/returnVisits'
import { reaches } from '@/domain/kpiTargets'
import type { RatingCounts, SurveyFigures, VisitCountRow } from '@/domain/returnVisits/figures'
import { rollUpVisitCounts, surveyFigures } from '@/domain/returnVisits/figures'
import type { SurveyAspect, VisitKind } from '@/domain/returnVisits/kinds'
import { SURVEY_ASPECT_KEYS } from '@/domain/returnVisits/kinds'
import type { Office } from '@/lib/officeSettings'
import { querySql } from '@/lib/sql'
import { slugs } from '@/slugs'

import { VISIT_KIND_SQL, visitSatisfactionByPeriod } from './visitSatisfaction'

type Req = Partial<PayloadRequest> | undefined
type Period = { label: string; from: Date; to: Date }

const RATINGS = ['A', 'B', 'C'] as const

/**
 * 回访统计表's counts, one GROUP BY (kind, method, assignee) over the visits recorded in the
 * month or due in it — never loading a visit. Rows: due in the month; recorded in the month and
 * how (A/B/C, by the due date); of those due, not recorded: unreachable, outstanding, overdue.
 */
export const visitCountRows = async (
  payload: Payload,
  req: Req,
  period: Pick<Period, 'from' | 'to'>,
  now: Date,
): Promise<VisitCountRow[]> => {
  const from = period.from.toISOString()
  const to = period.to.toISOString()
  const rows = await querySql(payload, req, (sql) => {
    const due = sql`(v.due_by >= ${from} AND v.due_by < ${to})`
    const recorded = sql`(v.status = 'done' AND v.recorded_at >= ${from} AND v.recorded_at < ${to})`
    const open = sql`${due} AND v.status <> 'done'`
    const unreachable = sql`COALESCE(v.unreachable, false)`
    const count = (when: ReturnType<typeof sql>) => sql`SUM(CASE WHEN ${when} THEN 1 ELSE 0 END)`
    return sql`SELECT ${sql.raw(VISIT_KIND_SQL)} AS "kind", CAST(v.method AS TEXT) AS "method",
        v.assignee_id AS "assignee",
        ${count(due)} AS "due",
        ${count(recorded)} AS "recorded",
        ${sql.join(
          RATINGS.map(
            (r) => sql`${count(sql`${recorded} AND v.overall = ${r}`)} AS ${sql.raw(`"${r}"`)}`,
          ),
          sql`, `,
        )},
        ${count(sql`${recorded} AND v.due_by IS NOT NULL`)} AS "recordedDue",
        ${count(sql`${recorded} AND v.recorded_at <= v.due_by`)} AS "onTime",
        ${count(sql`${open} AND ${unreachable}`)} AS "unreachable",
        ${count(sql`${open} AND NOT ${unreachable}`)} AS "outstanding",
        ${count(sql`${open} AND NOT ${unreachable} AND v.due_by < ${now.toISOString()}`)} AS "overdue"
      FROM return_visits v
      WHERE (v.recorded_at >= ${from} AND v.recorded_at < ${to})
        OR (v.due_by >= ${from} AND v.due_by < ${to})
      GROUP BY 1, 2, 3`
  })
  const n = (v: unknown) => Number(v ?? 0)
  return rows.map((r) => ({
    kind: (r.kind as VisitKind | null) ?? null,
    method: r.method == null ? null : String(r.method),
    assignee: r.assignee == null ? null : String(r.assignee),
    due: n(r.due),
    recorded: n(r.recorded),
    A: n(r.A),
    B: n(r.B),
    C: n(r.C),
    recordedDue: n(r.recordedDue),
    onTime: n(r.onTime),
    unreachable: n(r.unreachable),
    outstanding: n(r.outstanding),
    overdue: n(r.overdue),
  }))
}

/**
 * The written comprehensive survey's counts: questionnaires issued (visits of kind survey created
 * — sent — in the period), of those returned (recorded, whenever they came back: a round is
 * counted as one), and each aspect's A/B/C among the returned. One aggregate over the surveys of
 * the period. 综合评议 is the aspect `overall`; a questionnaire that gave only the visit's overall
 * rating counts that as its 综合评议.
 */
export const surveyCounts = async (
  payload: Payload,
  req: Req,
  period: Pick<Period, 'from' | 'to'>,
): Promise<{
  issued: number
  returned: number
  aspects: Record<SurveyAspect, RatingCounts>
}> => {
  const [row] = await querySql(payload, req, (sql) => {
    const aspectColumn = (aspect: SurveyAspect) =>
      aspect === 'overall'
        ? 'COALESCE(CAST(v.aspects_overall AS TEXT), CAST(v.overall AS TEXT))'
        : `CAST(v.aspects_${aspect} AS TEXT)`
    const sums = SURVEY_ASPECT_KEYS.flatMap((aspect) =>
      RATINGS.map(
        (r) =>
          sql`SUM(CASE WHEN v.status = 'done' AND ${sql.raw(aspectColumn(aspect))} = ${r} THEN 1 ELSE 0 END) AS ${sql.raw(`"${aspect}_${r}"`)}`,
      ),
    )
    return sql`SELECT COUNT(*) AS "issued",
        SUM(CASE WHEN v.status = 'done' THEN 1 ELSE 0 END) AS "returned",
        ${sql.join(sums, sql`, `)}
      FROM return_visits v
      WHERE v.kind = 'survey' AND v.created_at >= ${period.from.toISOString()}
        AND v.created_at < ${period.to.toISOString()}`
  })
  const n = (k: string) => Number(row?.[k] ?? 0)
  return {
    issued: n('issued'),
    returned: n('returned'),
    aspects: Object.fromEntries(
      SURVEY_ASPECT_KEYS.map((a) => [a, { A: n(`${a}_A`), B: n(`${a}_B`), C: n(`${a}_C`) }]),
    ) as Record<SurveyAspect, RatingCounts>,
  }
}

const withTarget = (s: HouseholdSatisfaction, target: number) => ({
  ...s,
  target,
  met: reaches(s.rate, target),
})

/** Names of staff by id (for the statistics' assignee column). */
export const staffNames = async (
  payload: Payload,
  req: Req,
  ids: readonly string[],
): Promise<Record<string, string>> => {
  const wanted = ids.filter((id) => id !== '(none)')
  if (wanted.length === 0) return {}
  const found = await payload.find({
    collection: slugs.users,
    where: { id: { in: wanted } },
    select: { name: true },
    depth: 0,
    pagination: false,
    req,
  })
  return Object.fromEntries(found.docs.map((u) => [String(u.id), String(u.name ?? u.id)]))
}

export type ReturnVisitStatistics = Awaited<ReturnType<typeof returnVisitStatistics>>

/**
 * 回访统计表 and the rates of 回访报告表 for one month (DOMAIN.md → Return visits → Rates, 002 篇3):
 * - visits by kind, method, assignee and result (`visitCountRows`);
 * - the written survey: per item and overall (单项 / 综合评议满意率) = (A + B) / questionnaires
 *   returned × 100%, with questionnaires issued, returned and the return rate; pass mark from
 *   office settings (95%: the national standard);
 * - a functional department's satisfaction = households satisfied / households visited (the
 *   departmental sample; repairs' visits for engineering, as the complaint table has it);
 * - complaint-handling satisfaction (投诉处理满意率) = households visited about complaints this
 *   month who were satisfied or generally satisfied / households visited about complaints this
 *   month — the one definition the monthly complaint table and the dashboard use
 *   (`visitSatisfactionByPeriod`); repair and other visits never count in it.
 * A fixed number of aggregate queries, whatever the number of visits.
 */
export const returnVisitStatistics = async (
  payload: Payload,
  req: Req,
  period: Period,
  office: Pick<Office, 'targets'>,
  now = new Date(),
) => {
  const range = [period.from, period.to]
  // One after another: inside a transaction the queries share one connection.
  const rows = await visitCountRows(payload, req, period, now)
  const survey = await surveyCounts(payload, req, period)
  const [complaint] = await visitSatisfactionByPeriod(payload, req, 'complaint', range)
  const [departmental] = await visitSatisfactionByPeriod(payload, req, 'departmental', range)
  const [repair] = await visitSatisfactionByPeriod(payload, req, 'repair', range)
  const rolled = rollUpVisitCounts(rows)
  const names = await staffNames(
    payload,
    req,
    rolled.byAssignee.map((a) => a.assignee),
  )
  const { targets } = office
  const surveyResult: SurveyFigures = surveyFigures({
    ...survey,
    passMark: targets.surveySatisfaction,
  })
  return {
    period: period.label,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    ...rolled,
    byAssignee: rolled.byAssignee.map((a) => ({ ...a, name: names[a.assignee] ?? null })),
    survey: surveyResult,
    satisfaction: {
      complaint: withTarget(complaint, targets.complaintSatisfaction),
      departmental: withTarget(departmental, targets.departmentSatisfaction),
      repair: withTarget(repair, targets.departmentSatisfaction),
    },
  }
}
