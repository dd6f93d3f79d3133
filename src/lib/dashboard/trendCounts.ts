import type { Payload, PayloadRequest } from 'payload'

import { localParts } from '@/domain/time'
import { periodBucket, visitSatisfactionByPeriod } from '@/lib/reports/visitSatisfaction'
import { querySql } from '@/lib/sql'

type Req = Partial<PayloadRequest> | undefined

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

/**
 * Complaints registered, valid complaints and complaint-handling satisfaction in each period of
 * `starts` (period i is [starts[i], starts[i+1])), counted afresh: two GROUP BYs.
 */
export const countTrendMonths = async (
  payload: Payload,
  req: Req,
  starts: readonly Date[],
  timeZone: string,
): Promise<TrendPoint[]> => {
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
