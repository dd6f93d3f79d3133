import { zonedTime } from './time'

export type Period = { kind: 'month' | 'quarter'; label: string; from: Date; to: Date }

/** `YYYY-MM` or `YYYY-Qn` → the local period it names, or null if it names none. */
export const parsePeriod = (value: string, timeZone: string): Period | null => {
  const month = /^(\d{4})-(\d{2})$/.exec(value)
  const quarter = /^(\d{4})-Q([1-4])$/.exec(value)
  const year = Number((month ?? quarter)?.[1])
  if (!(month || quarter) || year < 2000 || year > 2100) return null
  const first = month ? Number(month[2]) : (Number(quarter![2]) - 1) * 3 + 1
  if (first < 1 || first > 12) return null
  const span = month ? 1 : 3
  const end = first + span
  return {
    kind: month ? 'month' : 'quarter',
    label: value,
    from: zonedTime(timeZone, year, first, 1),
    to: end > 12 ? zonedTime(timeZone, year + 1, end - 12, 1) : zonedTime(timeZone, year, end, 1),
  }
}

/** A share as a percentage with one decimal, or null when there is nothing to divide. */
export const percent = (part: number, whole: number): number | null =>
  whole > 0 ? Math.round((part / whole) * 1000) / 10 : null
