/**
 * Wall-clock arithmetic in the office's timezone with nothing but Intl, so the rules run the same on
 * a server in UTC and on a laptop in Shanghai.
 */
export const DEFAULT_TIMEZONE = 'Asia/Shanghai'

const MINUTE = 60_000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR

type LocalParts = {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const formatters = new Map<string, Intl.DateTimeFormat>()
const formatterFor = (timeZone: string) => {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** The local calendar date and time of an instant in a timezone. */
export const localParts = (instant: Date, timeZone: string): LocalParts => {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .filter((p) => p.type !== 'literal')
      .map((p) => [p.type, Number(p.value)]),
  ) as Record<string, number>
  return {
    year: parts.year,
    month: parts.month,
    day: parts.day,
    hour: parts.hour,
    minute: parts.minute,
    second: parts.second,
  }
}

/** Offset of the timezone from UTC at an instant, in milliseconds (Shanghai: +8 h). */
const offsetAt = (instant: Date, timeZone: string): number => {
  const p = localParts(instant, timeZone)
  const asUTC = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
  return asUTC - Math.floor(instant.getTime() / 1000) * 1000
}

/** The instant at which the local wall clock in `timeZone` shows the given date and time. */
export const zonedTime = (
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
  millisecond = 0,
): Date => {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second, millisecond)
  // Two passes settle the offset even across a daylight-saving change.
  let instant = guess - offsetAt(new Date(guess), timeZone)
  instant = guess - offsetAt(new Date(instant), timeZone)
  return new Date(instant)
}

/** 23:59:59.999 on the local day of `instant`. */
export const endOfLocalDay = (instant: Date, timeZone: string): Date => {
  const p = localParts(instant, timeZone)
  return zonedTime(timeZone, p.year, p.month, p.day, 23, 59, 59, 999)
}

/** The local `YYYY-MM` of an instant (for numbers like TS-202611-0001 and monthly reports). */
export const localYearMonth = (instant: Date, timeZone: string): string => {
  const p = localParts(instant, timeZone)
  return `${p.year}-${String(p.month).padStart(2, '0')}`
}

/** The local `YYYY-MM-DD` of an instant. */
export const localDate = (instant: Date, timeZone: string): string => {
  const p = localParts(instant, timeZone)
  return `${localYearMonth(instant, timeZone)}-${String(p.day).padStart(2, '0')}`
}

/** `YYYY-MM` → the first instant of that local month and of the next, or null if malformed. */
export const monthRange = (month: string, timeZone: string): { from: Date; to: Date } | null => {
  const match = /^(\d{4})-(\d{2})$/.exec(month)
  if (!match) return null
  const year = Number(match[1])
  const m = Number(match[2])
  if (m < 1 || m > 12 || year < 2000 || year > 2100) return null
  const next = m === 12 ? { year: year + 1, m: 1 } : { year, m: m + 1 }
  return { from: zonedTime(timeZone, year, m, 1), to: zonedTime(timeZone, next.year, next.m, 1) }
}

/** A readable local time for emails and printed forms: `2026-11-22 14:05`. */
export const formatLocal = (
  instant: Date | string | null | undefined,
  timeZone: string,
): string => {
  if (!instant) return ''
  const date = typeof instant === 'string' ? new Date(instant) : instant
  const p = localParts(date, timeZone)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`
}

/** The days of the week as office settings store them, Monday first, with zh/en names. */
export const WEEKDAYS = [
  ['mon', '星期一', 'Monday'],
  ['tue', '星期二', 'Tuesday'],
  ['wed', '星期三', 'Wednesday'],
  ['thu', '星期四', 'Thursday'],
  ['fri', '星期五', 'Friday'],
  ['sat', '星期六', 'Saturday'],
  ['sun', '星期日', 'Sunday'],
] as const
export type Weekday = (typeof WEEKDAYS)[number][0]

/** A local clock time written `HH:MM` (00:00–23:59). */
export const isClockTime = (value: string) => /^([01]\d|2[0-3]):[0-5]\d$/.test(value)
