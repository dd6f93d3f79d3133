import { canReadReports } from '@/access/canReadReports'
import type { HouseholdSatisfaction } from '@/domain/complaints/returnVisits'
import { reaches } from '@/domain/kpiTargets'
import { passMarkFor, surveyFigures } from '@/domain/returnVisits/figures'
import type { VisitKind } from '@/domain/returnVisits/kinds'
import { VISIT_KINDS } from '@/domain/returnVisits/kinds'
import { localYearMonth, monthRange } from '@/domain/time'
import { readsAtOnce } from '@/lib/concurrentReads'
import { surveyCounts, staffNames } from '@/lib/reports/returnVisitStatistics'
import { visitSatisfactionByKind } from '@/lib/reports/visitSatisfaction'
import { querySql } from '@/lib/sql'
import { slugs } from '@/slugs'

import type { DashboardContext, PanelProvider } from './types'

export type VisitsByAssignee = {
  assignee: string | null
  name: string | null
  /** Scheduled, not recorded, the resident not given up as unreachable. */
  open: number
  /** Of those, their window has opened (due from today or earlier) and not yet past. */
  due: number
  /** Of those, past their due date. */
  overdue: number
}

export type ReturnVisitsPanelData = {
  month: string
  byAssignee: VisitsByAssignee[]
  /** This month's satisfaction by household, per kind of visit, against its pass mark. */
  byKind: Array<
    { kind: VisitKind } & HouseholdSatisfaction & { target: number | null; met: boolean | null }
  >
  /** The written survey of the month: its return rate, and 综合评议满意率 against its pass mark. */
  survey: {
    issued: number
    returned: number
    returnRate: number | null
    overallRate: number | null
    target: number
    met: boolean
  }
}

/** Open visits per assignee: one GROUP BY over the scheduled visits (the status index). */
const visitsByAssignee = async (ctx: DashboardContext): Promise<VisitsByAssignee[]> => {
  const now = ctx.now.toISOString()
  const rows = await querySql(
    ctx.payload,
    ctx.req,
    (sql) => sql`SELECT v.assignee_id AS "assignee", COUNT(*) AS "open",
      SUM(CASE WHEN (v.due_from IS NULL OR v.due_from <= ${now})
        AND (v.due_by IS NULL OR v.due_by >= ${now}) THEN 1 ELSE 0 END) AS "due",
      SUM(CASE WHEN v.due_by < ${now} THEN 1 ELSE 0 END) AS "overdue"
      FROM return_visits v
      WHERE v.status = 'scheduled' AND NOT COALESCE(v.unreachable, false)
      GROUP BY v.assignee_id`,
  )
  const names = await staffNames(
    ctx.payload,
    ctx.req,
    rows.filter((r) => r.assignee != null).map((r) => String(r.assignee)),
  )
  return rows
    .map((r) => ({
      assignee: r.assignee == null ? null : String(r.assignee),
      name: r.assignee == null ? null : (names[String(r.assignee)] ?? null),
      open: Number(r.open ?? 0),
      due: Number(r.due ?? 0),
      overdue: Number(r.overdue ?? 0),
    }))
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open)
}

/** The panel's figures (also read by the benchmark and the tests). */
export const returnVisitFigures = async (ctx: DashboardContext): Promise<ReturnVisitsPanelData> => {
  const month = localYearMonth(ctx.now, ctx.office.timezone)
  const range = monthRange(month, ctx.office.timezone)!
  // Three independent reads: at once outside a transaction.
  const [byAssignee, byKind, counts] = await readsAtOnce(ctx.req, [
    () => visitsByAssignee(ctx),
    () => visitSatisfactionByKind(ctx.payload, ctx.req, range.from, range.to),
    () => surveyCounts(ctx.payload, ctx.req, range),
  ])
  const survey = surveyFigures({ ...counts, passMark: ctx.office.targets.surveySatisfaction })
  return {
    month,
    byAssignee,
    byKind: (Object.keys(VISIT_KINDS) as VisitKind[])
      // The survey is held to its own rule (over questionnaires returned): below, not by household.
      .filter((kind) => kind !== 'survey' && byKind[kind])
      .map((kind) => {
        const s = byKind[kind]!
        const target = passMarkFor(kind, ctx.office.targets)
        return { kind, ...s, target, met: target === null ? null : reaches(s.rate, target) }
      }),
    survey: {
      issued: survey.issued,
      returned: survey.returned,
      returnRate: survey.returnRate,
      overallRate: survey.overall.rate,
      target: survey.overall.target,
      met: survey.overall.met,
    },
  }
}

/**
 * 回访: visits due and overdue per assignee, this month's satisfaction by kind against the pass
 * marks, and the written survey's return rate. For those who read the office's reports.
 */
export const returnVisitsPanel: PanelProvider<ReturnVisitsPanelData> = {
  key: 'return-visits',
  title: { zh: '回访', en: 'Return visits' },
  requires: [slugs.returnVisits],
  visible: (user) => canReadReports(user),
  load: returnVisitFigures,
}
