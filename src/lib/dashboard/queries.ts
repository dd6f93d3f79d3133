import type { Payload, PayloadRequest } from 'payload'

import { OPEN_COMPLAINT_STATUSES } from '@/domain/complaints/statusMachine'
import { TREND_MONTHS } from '@/domain/monthFigures'
import { monthStarts, percent } from '@/domain/reportPeriods'
import { localParts } from '@/domain/time'
import { querySql } from '@/lib/sql'

import { keptMonthFigures } from './monthFigures'
import type { TrendPoint } from './trendCounts'
import { countTrendMonths } from './trendCounts'

// Complaint statuses that still need work: the domain's list, re-exported for the panels.
export { OPEN_COMPLAINT_STATUSES }

type Req = Partial<PayloadRequest> | undefined

const inList = (values: readonly string[]) => values.map((v) => `'${v.replace(/'/g, "''")}'`)

/**
 * Open complaints per severity, and how many of them are past their deadline: one GROUP BY.
 * Grouped by an expression, not the bare column: given `GROUP BY severity`, SQLite walked the
 * whole table in the severity index's order to save a sort (184 ms over 100,000 complaints);
 * grouped by the expression it reads only the open ones from the covering index on status, kind,
 * severity and deadline and sorts those (15 ms). A complaint without a severity counts as general,
 * as it always has.
 */
export const openComplaintsBySeverity = async (payload: Payload, req: Req, now: Date) => {
  const rows = await querySql(
    payload,
    req,
    (sql) => sql`SELECT COALESCE(severity, 'general') AS "severity", COUNT(*) AS n,
      SUM(CASE WHEN resolve_due_at < ${now.toISOString()} THEN 1 ELSE 0 END) AS overdue
      FROM complaints
      WHERE kind = 'complaint' AND status IN (${sql.raw(inList(OPEN_COMPLAINT_STATUSES).join(', '))})
      GROUP BY COALESCE(severity, 'general')`,
  )
  const bySeverity: Record<string, number> = {}
  let overdue = 0
  for (const row of rows) {
    bySeverity[String(row.severity ?? 'general')] = Number(row.n)
    overdue += Number(row.overdue ?? 0)
  }
  return { bySeverity, overdue, open: Object.values(bySeverity).reduce((a, b) => a + b, 0) }
}

export type { TrendPoint }

/**
 * The 12-month trend: each closed month's figures as kept (`month-figures`, current with every
 * change that moves them), the month in progress counted afresh — and any closed month not kept
 * yet (a fresh install before the daily refresh) counted afresh too, from the first one missing.
 */
export const monthlyTrend = async (
  payload: Payload,
  req: Req,
  now: Date,
  timeZone: string,
  months = TREND_MONTHS,
): Promise<TrendPoint[]> => {
  const starts = monthStarts(now, timeZone, months)
  const labels = starts.slice(0, -1).map((start) => {
    const p = localParts(start, timeZone)
    return `${p.year}-${String(p.month).padStart(2, '0')}`
  })
  const kept = await keptMonthFigures(payload, req, timeZone, labels.slice(0, -1))
  const firstMissing = labels.findIndex((month, i) => i === labels.length - 1 || !kept.has(month))
  const fresh = await countTrendMonths(payload, req, starts.slice(firstMissing), timeZone)
  return labels.map((month, i) => {
    if (i >= firstMissing) return fresh[i - firstMissing]
    const k = kept.get(month)!
    return { month, ...k, satisfaction: percent(k.satisfied, k.rated) }
  })
}
