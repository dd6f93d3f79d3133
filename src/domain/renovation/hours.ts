import type { Weekday } from '../time'
import { DAY, isClockTime, localDate, localParts } from '../time'

/**
 * Renovation hours (DOMAIN.md → Residents: "renovation follows the office's renovation rules
 * (permitted hours, no structural changes)"). The office sets the periods in which work is allowed
 * and the narrower ones in which noisy work (drilling, cutting, hammering) is allowed; an
 * application asks for hours inside them, and work seen outside them is a breach (违章装修：非规定时间施工噪音).
 * Pure: no Payload, no database.
 */

export type Period = { start: string; end: string }

export type RenovationRules = {
  /** 允许施工时段: when any work is allowed. */
  workPeriods: readonly Period[]
  /** 允许噪音作业时段: when noisy work is allowed (inside the work periods). */
  noisyPeriods: readonly Period[]
  /** Days with no work at all (e.g. Sunday); none by default. */
  restDays: readonly Weekday[]
  /** Whether noisy work is allowed on Saturday and Sunday. */
  noisyOnWeekends: boolean
  /** The longest renovation the office approves, in days. */
  maxDurationDays: number
}

export const DEFAULT_RENOVATION_RULES: RenovationRules = {
  workPeriods: [
    { start: '08:00', end: '12:00' },
    { start: '14:00', end: '18:00' },
  ],
  noisyPeriods: [
    { start: '08:30', end: '11:30' },
    { start: '14:30', end: '17:30' },
  ],
  restDays: [],
  noisyOnWeekends: false,
  maxDurationDays: 90,
}

export type Problem = { path: string; message: string }

/** Minutes after midnight of an `HH:MM` clock time (24:00 allowed as the end of the day). */
export const minutesOf = (clock: string): number | null => {
  if (clock === '24:00') return 24 * 60
  if (!isClockTime(clock)) return null
  const [h, m] = clock.split(':').map(Number)
  return h * 60 + m
}

const within = (inner: Period, outer: readonly Period[]) => {
  const s = minutesOf(inner.start) ?? -1
  const e = minutesOf(inner.end) ?? -1
  return outer.some((o) => (minutesOf(o.start) ?? 0) <= s && e <= (minutesOf(o.end) ?? -1))
}

/** Whether a period's start falls inside one of `outer` (then its end is what overruns). */
const startsInside = (inner: Period, outer: readonly Period[]) => {
  const s = minutesOf(inner.start) ?? -1
  return outer.some((o) => (minutesOf(o.start) ?? 0) <= s && s < (minutesOf(o.end) ?? -1))
}

const listPeriods = (periods: readonly Period[]) =>
  periods.map((p) => `${p.start}–${p.end}`).join('、') || '无 / none'

/** What is wrong with the office's own periods: a malformed time or an end not after its start. */
export const periodsProblem = (periods: readonly Period[], field: string): Problem | null => {
  for (const [i, p] of periods.entries()) {
    const s = minutesOf(p.start)
    const e = minutesOf(p.end)
    if (s === null) return { path: `${field}.${i}.start`, message: '时间格式 HH:MM / Use HH:MM' }
    if (e === null) return { path: `${field}.${i}.end`, message: '时间格式 HH:MM / Use HH:MM' }
    if (e <= s) {
      return {
        path: `${field}.${i}.end`,
        message: '结束时间须晚于开始时间 / The end must be after the start',
      }
    }
  }
  return null
}

export type RequestedPeriod = { start?: string | null; end?: string | null; noisy?: boolean | null }

/**
 * The hours an application asks for must lie inside the office's periods: quiet work inside a
 * work period, noisy work inside a noisy-work period. 400 naming the row's field otherwise.
 */
export const requestedHoursProblem = (
  requested: readonly RequestedPeriod[],
  rules: RenovationRules,
  field = 'requestedHours',
): Problem | null => {
  for (const [i, row] of requested.entries()) {
    const period = { start: String(row.start ?? ''), end: String(row.end ?? '') }
    const shape = periodsProblem([period], field)
    if (shape) return { ...shape, path: shape.path.replace(`${field}.0`, `${field}.${i}`) }
    const allowed = row.noisy ? rules.noisyPeriods : rules.workPeriods
    if (!within(period, allowed)) {
      return {
        path: `${field}.${i}.${startsInside(period, allowed) ? 'end' : 'start'}`,
        message: row.noisy
          ? `噪音作业时段 ${period.start}–${period.end} 超出规定（${listPeriods(rules.noisyPeriods)}） / Noisy work ${period.start}–${period.end} is outside the permitted noisy-work hours`
          : `施工时段 ${period.start}–${period.end} 超出规定（${listPeriods(rules.workPeriods)}） / Work ${period.start}–${period.end} is outside the permitted hours`,
      }
    }
  }
  return null
}

const dayNumber = (iso: string, timeZone: string) => {
  const d = localDate(new Date(iso), timeZone)
  return Math.round(Date.parse(`${d}T00:00:00Z`) / DAY)
}

/** The start and end dates: both given, the end not before the start, no longer than the office allows. */
export const datesProblem = (
  startDate: unknown,
  endDate: unknown,
  rules: Pick<RenovationRules, 'maxDurationDays'>,
  timeZone: string,
): Problem | null => {
  const valid = (v: unknown) => typeof v === 'string' && !Number.isNaN(Date.parse(v))
  if (!valid(startDate))
    return { path: 'startDate', message: '请填写开工日期 / Give the start date' }
  if (!valid(endDate)) return { path: 'endDate', message: '请填写完工日期 / Give the end date' }
  const days = dayNumber(String(endDate), timeZone) - dayNumber(String(startDate), timeZone) + 1
  if (days < 1) {
    return { path: 'endDate', message: '完工日期不能早于开工日期 / The end is before the start' }
  }
  if (days > rules.maxDurationDays) {
    return {
      path: 'endDate',
      message: `装修期 ${days} 天，超过规定的 ${rules.maxDurationDays} 天 / ${days} days is longer than the ${rules.maxDurationDays} the office allows`,
    }
  }
  return null
}

const WEEKDAY_OF: readonly Weekday[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

/**
 * Whether work seen at `at` (noisy or not) was outside the permitted hours: null when allowed,
 * else why (the breach's description).
 */
export const workTimeBreach = (
  at: Date,
  noisy: boolean,
  rules: RenovationRules,
  timeZone: string,
): string | null => {
  const p = localParts(at, timeZone)
  const weekday =
    WEEKDAY_OF[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()] ?? ('mon' as Weekday)
  const clock = `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
  const when = `${localDate(at, timeZone)} ${clock}`
  if (rules.restDays.includes(weekday)) {
    return `${when} 为禁止施工日 / ${when} is a day without work`
  }
  const minute = p.hour * 60 + p.minute
  const inside = (periods: readonly Period[]) =>
    periods.some((o) => (minutesOf(o.start) ?? 0) <= minute && minute < (minutesOf(o.end) ?? -1))
  if (!inside(rules.workPeriods)) {
    return `${when} 不在允许施工时段（${listPeriods(rules.workPeriods)}） / ${when} is outside the permitted hours`
  }
  if (!noisy) return null
  if ((weekday === 'sat' || weekday === 'sun') && !rules.noisyOnWeekends) {
    return `${when} 周末不得进行噪音作业 / No noisy work at weekends`
  }
  if (!inside(rules.noisyPeriods)) {
    return `${when} 不在允许噪音作业时段（${listPeriods(rules.noisyPeriods)}） / ${when} is outside the noisy-work hours`
  }
  return null
}

/** The local `YYYY-MM-DD` of a stored date, for comparing days in the office's timezone. */
export const localDay = (iso: unknown, timeZone: string): string | null =>
  typeof iso === 'string' && !Number.isNaN(Date.parse(iso))
    ? localDate(new Date(iso), timeZone)
    : null
