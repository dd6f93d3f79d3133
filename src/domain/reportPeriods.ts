import { localParts, zonedTime } from './time'

export type Period = {
  kind: 'month' | 'quarter' | 'week' | 'day'
  label: string
  from: Date
  to: Date
}

/** `YYYY-MM-DD` → that local day, or null. */
export const parseDay = (value: string, timeZone: string): Period | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const probe = new Date(Date.UTC(year, month - 1, day))
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || year < 2000 || year > 2100)
    return null
  const next = new Date(Date.UTC(year, month - 1, day + 1))
  return {
    kind: 'day',
    label: value,
    from: zonedTime(timeZone, year, month, day),
    to: zonedTime(timeZone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
  }
}

/** ISO week `YYYY-Www` (Monday to Monday, local) → the period, or null. */
export const parseWeek = (value: string, timeZone: string): Period | null => {
  const m = /^(\d{4})-W(\d{2})$/.exec(value)
  if (!m) return null
  const [year, week] = [Number(m[1]), Number(m[2])]
  if (week < 1 || week > 53 || year < 2000 || year > 2100) return null
  // The Monday of week 1 is the Monday on or before 4 January.
  const jan4 = new Date(Date.UTC(year, 0, 4))
  const monday = new Date(
    jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 86_400_000 + (week - 1) * 7 * 86_400_000,
  )
  if (
    week === 53 &&
    parseWeek(`${year + 1}-W01`, timeZone)?.from.getTime() ===
      zonedTime(
        timeZone,
        monday.getUTCFullYear(),
        monday.getUTCMonth() + 1,
        monday.getUTCDate(),
      ).getTime()
  ) {
    return null
  }
  const next = new Date(monday.getTime() + 7 * 86_400_000)
  return {
    kind: 'week',
    label: value,
    from: zonedTime(
      timeZone,
      monday.getUTCFullYear(),
      monday.getUTCMonth() + 1,
      monday.getUTCDate(),
    ),
    to: zonedTime(timeZone, next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()),
  }
}

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

/** The first instants of the last `months` local months (oldest first) and of the next one. */
export const monthStarts = (now: Date, timeZone: string, months = 12): Date[] => {
  const p = localParts(now, timeZone)
  const starts: Date[] = []
  for (let i = months - 1; i >= -1; i--) {
    const index = p.year * 12 + (p.month - 1) - i
    starts.push(zonedTime(timeZone, Math.floor(index / 12), (index % 12) + 1, 1))
  }
  return starts
}
