/**
 * Working-time arithmetic on the office calendar: "N working hours after t", "N working days after
 * t", and the close of the working day. Pure: the hooks read the `office-calendar` global and pass
 * the plain data here. Dates are local calendar dates (`YYYY-MM-DD`) in the office's timezone.
 */
import type { Weekday } from '../time'
import { HOUR, WEEKDAYS, localDate, zonedTime } from '../time'

/** A working span on a local day, as `HH:MM` clock times (one span: the office has no split shift). */
export type WorkingSpan = { start: string; end: string }

/** The hours of each working weekday; a day left out is a day off. */
export type WeeklyHours = Partial<Record<Weekday, WorkingSpan>>

export type Holiday = { name: string; from: string; to: string }

/** One year of the office calendar as the office enters it. */
export type CalendarYear = {
  year: number
  hours: WeeklyHours
  /** 法定节假日: inclusive local date ranges. */
  holidays: readonly Holiday[]
  /** 调休: weekend dates made working days. */
  workdays: readonly string[]
}

export type WorkingCalendar = {
  timeZone: string
  years: readonly CalendarYear[]
}

/** 08:30–17:30, Monday to Friday: the hours of a year the office has not entered. */
export const DEFAULT_WEEKLY_HOURS: WeeklyHours = {
  mon: { start: '08:30', end: '17:30' },
  tue: { start: '08:30', end: '17:30' },
  wed: { start: '08:30', end: '17:30' },
  thu: { start: '08:30', end: '17:30' },
  fri: { start: '08:30', end: '17:30' },
}

/** `HH:MM` → minutes after midnight. */
export const clockMinutes = (value: string): number => {
  const [h, m] = value.split(':').map(Number)
  return h * 60 + m
}

/** A real calendar date written `YYYY-MM-DD`. */
export const isLocalDate = (value: unknown): value is string => {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const [y, m, d] = value.split('-').map(Number)
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

const DAY_MS = 86_400_000
const toUtcDay = (date: string) => {
  const [y, m, d] = date.split('-').map(Number)
  return Date.UTC(y, m - 1, d)
}
const fromUtcDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

/** The local date `days` after `date` (negative: before). */
export const shiftDate = (date: string, days: number): string =>
  fromUtcDay(toUtcDay(date) + days * DAY_MS)

/** The weekday of a local date, as office settings name them (`mon` … `sun`). */
export const weekdayOf = (date: string): Weekday => {
  // getUTCDay: 0 = Sunday; WEEKDAYS is Monday first.
  const index = (new Date(toUtcDay(date)).getUTCDay() + 6) % 7
  return WEEKDAYS[index][0]
}

export const isWeekend = (date: string) => {
  const day = weekdayOf(date)
  return day === 'sat' || day === 'sun'
}

/**
 * The hours of a usual working day, which a 调休 day keeps: Monday's, else the first weekday the
 * office works.
 */
const usualDay = (hours: WeeklyHours): WorkingSpan | null =>
  hours.mon ?? WEEKDAYS.map(([d]) => hours[d]).find((span) => span !== undefined) ?? null

const yearOf = (calendar: WorkingCalendar, date: string): CalendarYear | undefined =>
  calendar.years.find((y) => y.year === Number(date.slice(0, 4)))

/**
 * The working span of a local date, or null for a day off. A holiday is off (whichever year's row
 * lists it); a 调休 day works the usual hours; otherwise the weekday's hours of the date's year
 * (the default 08:30–17:30, Monday to Friday, for a year not entered).
 */
export const workingSpanOn = (calendar: WorkingCalendar, date: string): WorkingSpan | null => {
  for (const year of calendar.years) {
    if (year.holidays.some((h) => h.from <= date && date <= h.to)) return null
  }
  const year = yearOf(calendar, date)
  const hours = year?.hours ?? DEFAULT_WEEKLY_HOURS
  if (calendar.years.some((y) => y.workdays.includes(date))) return usualDay(hours)
  return hours[weekdayOf(date)] ?? null
}

/** More than ten years without a working day is a calendar that has none. */
const SEARCH_LIMIT_DAYS = 3700

type Day = { date: string; open: number; close: number }

const dayAt = (calendar: WorkingCalendar, date: string): Day | null => {
  const span = workingSpanOn(calendar, date)
  if (!span) return null
  const [y, m, d] = date.split('-').map(Number)
  const start = clockMinutes(span.start)
  const end = clockMinutes(span.end)
  const open = zonedTime(calendar.timeZone, y, m, d, Math.floor(start / 60), start % 60)
  const close = zonedTime(calendar.timeZone, y, m, d, Math.floor(end / 60), end % 60)
  return { date, open: open.getTime(), close: close.getTime() }
}

/** The first working day from `date` on (step 1) or back (step −1), `date` included. */
const workingDayFrom = (calendar: WorkingCalendar, date: string, step: 1 | -1): Day => {
  let current = date
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i++) {
    const day = dayAt(calendar, current)
    if (day) return day
    current = shiftDate(current, step)
  }
  throw new Error('办公日历中没有工作日 / The office calendar has no working day')
}

/**
 * N working hours after `t`: the working time of each day (opening to closing, holidays off,
 * 调休 days on) is consumed until N hours are spent. Time before opening counts from the opening;
 * time after closing or on a day off from the next working day's opening. A deadline that uses up
 * a day exactly falls at its close, not at the next opening.
 */
export const addWorkingHours = (t: Date, hours: number, calendar: WorkingCalendar): Date => {
  let remaining = hours * HOUR
  if (remaining <= 0) return new Date(t.getTime())
  let date = localDate(t, calendar.timeZone)
  for (let i = 0; i < SEARCH_LIMIT_DAYS; i++) {
    const day = dayAt(calendar, date)
    if (day) {
      const from = Math.max(t.getTime(), day.open)
      if (from < day.close) {
        const available = day.close - from
        if (remaining <= available) return new Date(from + remaining)
        remaining -= available
      }
    }
    date = shiftDate(date, 1)
  }
  throw new Error('办公日历中没有工作日 / The office calendar has no working day')
}

/**
 * N working days after `t`: the same time into the working day, N working days later (capped at
 * that day's close). A moment before the day's opening, after its close or on a day off stands at
 * the close of the working day before it: registered on Saturday or at 07:00 on Monday, one
 * working day later is Monday's close.
 */
export const addWorkingDays = (t: Date, days: number, calendar: WorkingCalendar): Date => {
  if (days <= 0) return new Date(t.getTime())
  const date = localDate(t, calendar.timeZone)
  const today = dayAt(calendar, date)
  let start: Day
  let into: number
  if (today && t.getTime() > today.open) {
    start = today
    into = Math.min(t.getTime(), today.close) - today.open
  } else {
    start = workingDayFrom(calendar, shiftDate(date, -1), -1)
    into = start.close - start.open
  }
  let day = start
  for (let n = 0; n < days; n++) day = workingDayFrom(calendar, shiftDate(day.date, 1), 1)
  return new Date(day.open + Math.min(into, day.close - day.open))
}

/**
 * 当天 on working time: the close of the working day `t` falls in, or of the next working day when
 * `t` is after closing or on a day off.
 */
export const closeOfWorkingDay = (t: Date, calendar: WorkingCalendar): Date => {
  let day = workingDayFrom(calendar, localDate(t, calendar.timeZone), 1)
  if (t.getTime() >= day.close) day = workingDayFrom(calendar, shiftDate(day.date, 1), 1)
  return new Date(day.close)
}

/** Whether a moment falls inside working hours. */
export const isWorkingTime = (t: Date, calendar: WorkingCalendar): boolean => {
  const day = dayAt(calendar, localDate(t, calendar.timeZone))
  return day !== null && day.open <= t.getTime() && t.getTime() < day.close
}
