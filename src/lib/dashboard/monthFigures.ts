import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { monthFigureKey, TREND_MONTHS } from '@/domain/monthFigures'
import { monthStarts } from '@/domain/reportPeriods'
import { localYearMonth, monthRange } from '@/domain/time'
import { querySql } from '@/lib/sql'

import { countTrendMonths } from './trendCounts'

type Req = Partial<PayloadRequest> | undefined

export type KeptMonth = { complaints: number; valid: number; rated: number; satisfied: number }

/** The kept figures of the given months (`YYYY-MM`) in one time zone; a month not kept is absent. */
export const keptMonthFigures = async (
  payload: Payload,
  req: Req,
  timeZone: string,
  months: readonly string[],
): Promise<Map<string, KeptMonth>> => {
  const kept = new Map<string, KeptMonth>()
  if (months.length === 0) return kept
  const keys = months.map((m) => monthFigureKey(timeZone, m))
  const rows = await querySql(
    payload,
    req,
    (sql) => sql`SELECT month AS "month", complaints AS "complaints", valid AS "valid",
      rated AS "rated", satisfied AS "satisfied"
      FROM month_figures WHERE key IN (${sql.join(
        keys.map((k) => sql`${k}`),
        sql`, `,
      )})`,
  )
  for (const row of rows) {
    kept.set(String(row.month), {
      complaints: Number(row.complaints),
      valid: Number(row.valid),
      rated: Number(row.rated),
      satisfied: Number(row.satisfied),
    })
  }
  return kept
}

/**
 * Counts one closed month afresh and keeps the figures, in the caller's transaction. The row is
 * claimed first (an upsert, which holds its lock until the transaction ends) and counted after:
 * two transactions changing the same month's records count one after the other, and the second
 * — its count a new statement — sees the first's committed change (PostgreSQL's READ COMMITTED;
 * SQLite runs one writer at a time). Counting before claiming would let the later commit keep a
 * count that misses the earlier change.
 */
export const refreshMonthFigures = async (
  payload: Payload,
  req: Req,
  timeZone: string,
  month: string,
): Promise<KeptMonth> => {
  const range = monthRange(month, timeZone)
  if (!range) throw new Error(`refreshMonthFigures: not a month: ${month}`)
  const key = monthFigureKey(timeZone, month)
  const now = new Date().toISOString()
  await querySql(
    payload,
    req,
    (sql) => sql`INSERT INTO month_figures
      (key, month, complaints, valid, rated, satisfied, updated_at, created_at)
      VALUES (${key}, ${month}, 0, 0, 0, 0, ${now}, ${now})
      ON CONFLICT (key) DO UPDATE SET updated_at = ${now}`,
  )
  const [point] = await countTrendMonths(payload, req, [range.from, range.to], timeZone)
  const figures = {
    complaints: point.complaints,
    valid: point.valid,
    rated: point.rated,
    satisfied: point.satisfied,
  }
  await querySql(
    payload,
    req,
    (sql) => sql`UPDATE month_figures SET complaints = ${figures.complaints},
      valid = ${figures.valid}, rated = ${figures.rated}, satisfied = ${figures.satisfied},
      updated_at = ${now}
      WHERE key = ${key}`,
  )
  return figures
}

/**
 * Counts every closed month the trend shows afresh and keeps the figures, each month in a
 * transaction of its own (claimed, counted, written: see `refreshMonthFigures`). The daily job
 * and the seed run it: it fills the months of a fresh install and puts right a month moved by a
 * write that ran no hooks (a migration's backfill, a database restored by hand).
 */
export const refreshClosedMonths = async (
  req: PayloadRequest,
  timeZone: string,
  now = new Date(),
): Promise<number> => {
  const starts = monthStarts(now, timeZone, TREND_MONTHS)
  let refreshed = 0
  for (const start of starts.slice(0, -2)) {
    const month = localYearMonth(start, timeZone)
    const monthReq = { ...req, transactionID: undefined } as PayloadRequest
    const own = await initTransaction(monthReq)
    try {
      await refreshMonthFigures(req.payload, monthReq, timeZone, month)
      if (own) await commitTransaction(monthReq)
      refreshed++
    } catch (error) {
      if (own) await killTransaction(monthReq)
      throw error
    }
  }
  return refreshed
}
