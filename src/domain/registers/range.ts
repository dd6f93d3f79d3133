import { parseDay } from '../reportPeriods'

/** A register's period: local days `from` to `to`, both included, in the office's timezone. */
export type RegisterRange = {
  from: string
  to: string
  /** The first instant of `from` and the first instant after `to` (local midnight). */
  start: Date
  end: Date
}

export type RangeRefusal = { field: 'from' | 'to'; message: string }

/** The longest period a register prints: a year (a day, a week and a month are the usual ones). */
const addYear = (day: string): string => {
  const [y, m, d] = day.split('-').map(Number)
  // 29 February + 1 year rolls to 1 March, which is still "a year".
  return new Date(Date.UTC(y + 1, m - 1, d)).toISOString().slice(0, 10)
}

/**
 * `?from=YYYY-MM-DD&to=YYYY-MM-DD` → the range, or the refusal naming the field to blame: a
 * missing or malformed date names itself; an end before the start, or a range longer than a year,
 * names `to`.
 */
export const parseRegisterRange = (
  from: unknown,
  to: unknown,
  timeZone: string,
): { ok: true; range: RegisterRange } | ({ ok: false } & RangeRefusal) => {
  const first = typeof from === 'string' ? parseDay(from, timeZone) : null
  if (!first) {
    return {
      ok: false,
      field: 'from',
      message: '开始日期格式应为 YYYY-MM-DD / from must be YYYY-MM-DD',
    }
  }
  const last = typeof to === 'string' ? parseDay(to, timeZone) : null
  if (!last) {
    return {
      ok: false,
      field: 'to',
      message: '结束日期格式应为 YYYY-MM-DD / to must be YYYY-MM-DD',
    }
  }
  const [f, t] = [from as string, to as string]
  if (t < f) {
    return {
      ok: false,
      field: 'to',
      message: '结束日期不能早于开始日期 / to must not be before from',
    }
  }
  if (t >= addYear(f)) {
    return {
      ok: false,
      field: 'to',
      message: '登记表期间不能超过一年 / A register covers at most a year',
    }
  }
  return { ok: true, range: { from: f, to: t, start: first.from, end: last.to } }
}

/** The day before or after a `YYYY-MM-DD` day (for the logs whose shifts reach into the range). */
export const shiftDay = (day: string, days: number): string => {
  const [y, m, d] = day.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}

/** Whether an instant falls within the range. */
export const inRange = (at: string | Date | null | undefined, range: RegisterRange): boolean => {
  if (!at) return false
  const t = new Date(at).getTime()
  return !Number.isNaN(t) && t >= range.start.getTime() && t < range.end.getTime()
}

export const rangeLabel = (range: RegisterRange) =>
  range.from === range.to ? `日期 ${range.from}` : `期间 ${range.from} 至 ${range.to}`
