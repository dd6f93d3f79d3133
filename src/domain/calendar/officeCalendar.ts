/**
 * The `office-calendar` global as stored (rows of years, hours, holidays, 调休 days and deadline
 * rules): its checks, its reading into a working calendar, and next year's copy. Pure.
 */
import type { Weekday } from '../time'
import { WEEKDAYS, isClockTime } from '../time'

import type { DeadlineCalendar } from './deadlineRules'
import { DEADLINE_KINDS, deadlineRulesFrom, isDeadlineBasis, isDeadlineKind } from './deadlineRules'
import type { CalendarYear, WeeklyHours } from './workingTime'
import { DEFAULT_WEEKLY_HOURS, clockMinutes, isLocalDate, isWeekend } from './workingTime'

export type StoredHoursRow = { weekday?: string | null; start?: string | null; end?: string | null }
export type StoredYear = {
  year?: number | null
  hours?: StoredHoursRow[] | null
  holidays?: { name?: string | null; from?: string | null; to?: string | null }[] | null
  workdays?: { date?: string | null; note?: string | null }[] | null
}
export type StoredCalendar = {
  years?: StoredYear[] | null
  deadlineRules?: { kind?: string | null; basis?: string | null }[] | null
}

export type CalendarProblem = { path: string; message: string }

const isWeekday = (value: unknown): value is Weekday => WEEKDAYS.some(([d]) => d === value)

/** The default weekly hours as stored rows (Monday to Friday, 08:30–17:30). */
export const DEFAULT_HOURS_ROWS = Object.entries(DEFAULT_WEEKLY_HOURS).map(([weekday, span]) => ({
  weekday,
  start: span.start,
  end: span.end,
}))

/** The default deadline rules as stored rows. */
export const DEFAULT_RULE_ROWS = Object.entries(DEADLINE_KINDS).map(([kind, k]) => ({
  kind,
  basis: k.basis,
}))

/**
 * The first thing wrong with a calendar, naming the field: a year twice; working hours that end
 * before they start, a weekday twice, a year without a working day; a holiday that ends before
 * it starts, starts outside its year or overlaps another; a 调休 day that is not a Saturday or
 * Sunday, falls in a holiday or is listed twice; a deadline rule for an unknown kind or basis, or
 * a kind ruled twice.
 */
export const calendarProblem = (calendar: StoredCalendar): CalendarProblem | null => {
  const years = calendar.years ?? []
  const seenYears = new Map<number, number>()
  const holidays: { path: string; name: string; from: string; to: string }[] = []
  const workdays = new Map<string, string>()
  for (const [y, row] of years.entries()) {
    const at = `years.${y}`
    const year = Number(row.year)
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      return { path: `${at}.year`, message: '年度须为 2000–2100 / The year is 2000–2100' }
    }
    if (seenYears.has(year)) {
      return { path: `${at}.year`, message: `${year} 年已有一行 / ${year} is entered twice` }
    }
    seenYears.set(year, y)

    const days = new Set<string>()
    for (const [h, hours] of (row.hours ?? []).entries()) {
      const here = `${at}.hours.${h}`
      if (!isWeekday(hours.weekday)) {
        return { path: `${here}.weekday`, message: '请选择星期 / Choose the weekday' }
      }
      if (days.has(hours.weekday)) {
        return {
          path: `${here}.weekday`,
          message: '同一星期只能有一行工作时间 / One row of hours per weekday',
        }
      }
      days.add(hours.weekday)
      for (const name of ['start', 'end'] as const) {
        if (!isClockTime(String(hours[name] ?? ''))) {
          return { path: `${here}.${name}`, message: '时间格式 HH:MM / Use HH:MM' }
        }
      }
      if (clockMinutes(String(hours.end)) <= clockMinutes(String(hours.start))) {
        return {
          path: `${here}.end`,
          message: `下班时间须晚于上班时间（${hours.start}–${hours.end}） / Working hours end before they start (${hours.start}–${hours.end})`,
        }
      }
    }
    if (days.size === 0) {
      return {
        path: `${at}.hours`,
        message: '每年至少要有一个工作日 / A year needs at least one working weekday',
      }
    }

    for (const [i, holiday] of (row.holidays ?? []).entries()) {
      const here = `${at}.holidays.${i}`
      for (const name of ['from', 'to'] as const) {
        if (!isLocalDate(holiday[name])) {
          return { path: `${here}.${name}`, message: '日期格式 YYYY-MM-DD / Use YYYY-MM-DD' }
        }
      }
      const from = String(holiday.from)
      const to = String(holiday.to)
      if (Number(from.slice(0, 4)) !== year) {
        return {
          path: `${here}.from`,
          message: `假期须从 ${year} 年开始 / A holiday starts in its year (${year})`,
        }
      }
      if (to < from) {
        return {
          path: `${here}.to`,
          message: '假期结束早于开始 / The holiday ends before it starts',
        }
      }
      const overlapped = holidays.find((other) => other.from <= to && from <= other.to)
      if (overlapped) {
        return {
          path: `${here}.from`,
          message: `与「${overlapped.name}」（${overlapped.from}–${overlapped.to}）重叠 / Overlaps ${overlapped.name} (${overlapped.from}–${overlapped.to})`,
        }
      }
      holidays.push({ path: here, name: String(holiday.name ?? ''), from, to })
    }

    for (const [i, workday] of (row.workdays ?? []).entries()) {
      const here = `${at}.workdays.${i}.date`
      const date = workday.date
      if (!isLocalDate(date)) {
        return { path: here, message: '日期格式 YYYY-MM-DD / Use YYYY-MM-DD' }
      }
      if (!isWeekend(date)) {
        return {
          path: here,
          message: `调休上班日须为周六或周日（${date} 不是） / A make-up working day is a Saturday or Sunday (${date} is not)`,
        }
      }
      if (workdays.has(date)) {
        return { path: here, message: `${date} 已列出 / ${date} is listed twice` }
      }
      workdays.set(date, here)
    }
  }
  // Checked once every year's holidays are known: a 调休 day listed in one year, a holiday in another.
  for (const [date, path] of workdays) {
    const holiday = holidays.find((h) => h.from <= date && date <= h.to)
    if (holiday) {
      return {
        path,
        message: `${date} 在「${holiday.name}」假期内 / ${date} falls in the holiday ${holiday.name}`,
      }
    }
  }

  const ruled = new Set<string>()
  for (const [i, rule] of (calendar.deadlineRules ?? []).entries()) {
    const here = `deadlineRules.${i}`
    if (!isDeadlineKind(rule.kind)) {
      return {
        path: `${here}.kind`,
        message: `未知的时限类别：${String(rule.kind)} / Unknown kind of deadline: ${String(rule.kind)}`,
      }
    }
    if (ruled.has(rule.kind)) {
      return {
        path: `${here}.kind`,
        message: `该类时限已有规则 / ${rule.kind} is ruled twice`,
      }
    }
    ruled.add(rule.kind)
    if (!isDeadlineBasis(rule.basis)) {
      return {
        path: `${here}.basis`,
        message: '请选择按自然时间或工作时间 / Choose on the clock or on working time',
      }
    }
  }
  return null
}

/** A stored year as the arithmetic reads it. */
const calendarYearFrom = (row: StoredYear): CalendarYear => {
  const hours: WeeklyHours = {}
  for (const h of row.hours ?? []) {
    if (isWeekday(h.weekday) && h.start && h.end) hours[h.weekday] = { start: h.start, end: h.end }
  }
  return {
    year: Number(row.year),
    hours,
    holidays: (row.holidays ?? [])
      .filter((h) => isLocalDate(h.from) && isLocalDate(h.to))
      .map((h) => ({ name: String(h.name ?? ''), from: String(h.from), to: String(h.to) })),
    workdays: (row.workdays ?? []).map((w) => String(w.date ?? '')).filter(isLocalDate),
  }
}

/** The stored global (or nothing stored) as the deadlines use it, in the office's timezone. */
export const deadlineCalendarFrom = (
  stored: StoredCalendar | null | undefined,
  timeZone: string,
): DeadlineCalendar => ({
  timeZone,
  years: (stored?.years ?? []).filter((y) => Number.isInteger(y.year)).map(calendarYearFrom),
  rules: deadlineRulesFrom(stored?.deadlineRules),
})

/**
 * "Start next year from this one": a row for `year + 1` with `year`'s weekly hours and no holidays
 * or 调休 days. China's holidays follow the lunar calendar and each year's State Council notice
 * (国务院办公厅关于节假日安排的通知), so shifting this year's dates would be wrong more often than
 * right; the office enters them from the notice. Refused when `year` is not entered or the next
 * one already is.
 */
export const nextYearRow = (
  calendar: StoredCalendar,
  year: number,
):
  | { ok: true; row: { year: number; hours: { weekday: string; start: string; end: string }[] } }
  | { ok: false; status: 400 | 409; message: string } => {
  const years = calendar.years ?? []
  const source = years.find((y) => Number(y.year) === year)
  if (!source) {
    return {
      ok: false,
      status: 400,
      message: `${year} 年尚未录入，无从复制 / ${year} is not entered: there is nothing to start from`,
    }
  }
  if (years.some((y) => Number(y.year) === year + 1)) {
    return {
      ok: false,
      status: 409,
      message: `${year + 1} 年已存在 / ${year + 1} is already there`,
    }
  }
  return {
    ok: true,
    row: {
      year: year + 1,
      hours: (source.hours ?? []).map((h) => ({
        weekday: String(h.weekday),
        start: String(h.start),
        end: String(h.end),
      })),
    },
  }
}
