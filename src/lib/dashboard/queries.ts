import type { Payload, PayloadRequest } from 'payload'

import { OPEN_COMPLAINT_STATUSES } from '@/domain/complaints/statusMachine'
import { monthStarts } from '@/domain/reportPeriods'
import { localParts } from '@/domain/time'
import { periodBucket, visitSatisfactionByPeriod } from '@/lib/reports/visitSatisfaction'
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

export type TrendPoint = {
  month: string
  /** Complaints registered (kind complaint). */
  complaints: number
  /** Of those, found true (属实): valid complaints. */
  valid: number
  /** Households visited about complaints, and how many were satisfied (A or B). */
  rated: number
  satisfied: number
  /** 投诉处理满意率, as the monthly table has it (`visitSatisfactionByPeriod`). */
  satisfaction: number | null
}

/** Complaints registered, valid complaints and complaint-handling satisfaction, per month. */
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
    const bucket = periodBucket(sql, 'registered_at', starts)
    return sql`SELECT ${bucket} AS "bucket", COUNT(*) AS n,
      SUM(CASE WHEN verdict = 'substantiated' THEN 1 ELSE 0 END) AS valid
      FROM complaints
      WHERE kind = 'complaint' AND registered_at >= ${from} AND registered_at < ${to}
      GROUP BY 1`
  })
  const satisfaction = await visitSatisfactionByPeriod(payload, req, 'complaint', starts)
  const count = (bucket: number, key: string) =>
    Number(complaints.find((r) => Number(r.bucket) === bucket)?.[key] ?? 0)
  return starts.slice(0, -1).map((start, i) => {
    const p = localParts(start, timeZone)
    return {
      month: `${p.year}-${String(p.month).padStart(2, '0')}`,
      complaints: count(i, 'n'),
      valid: count(i, 'valid'),
      rated: satisfaction[i].households,
      satisfied: satisfaction[i].satisfied,
      satisfaction: satisfaction[i].rate,
    }
  })
}
