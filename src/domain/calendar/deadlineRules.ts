/**
 * Each kind of deadline runs on the clock or on working time, as the office sets in the
 * `office-calendar` global. By default the 24-hour standard and emergencies run on the clock (a
 * burst pipe at 22:00 on a Saturday is not due on Monday); same-day verification, the handling
 * slip's deadline and return-visit windows run on working time.
 */
import type { WorkingCalendar } from './workingTime'
import { addWorkingDays, addWorkingHours, closeOfWorkingDay } from './workingTime'
import { DAY, HOUR, endOfLocalDay } from '../time'

export type DeadlineBasis = 'clock' | 'working'

export const DEADLINE_BASES: Record<DeadlineBasis, { zh: string; en: string }> = {
  clock: { zh: '按自然时间', en: 'On the clock' },
  working: { zh: '按工作时间', en: 'On working time' },
}

export const DEADLINE_KINDS = {
  /** The standard a complaint is held to before a slip sets one (24 h, office settings). */
  'resolution-standard': {
    zh: '24小时处理时限',
    en: 'The 24-hour standard',
    basis: 'clock',
  },
  /** Every deadline of a complaint in an emergency category, its return visit excepted. */
  emergency: { zh: '紧急投诉', en: 'Emergencies', basis: 'clock' },
  verification: { zh: '当天调查核实', en: 'Same-day verification', basis: 'working' },
  'handling-slip': {
    zh: '处理单限期（按小时给出时）',
    en: 'The handling slip’s deadline, given in hours',
    basis: 'working',
  },
  'return-visit': { zh: '回访期限', en: 'Return-visit windows', basis: 'working' },
} as const satisfies Record<string, { zh: string; en: string; basis: DeadlineBasis }>

export type DeadlineKind = keyof typeof DEADLINE_KINDS

export type DeadlineRules = Record<DeadlineKind, DeadlineBasis>

export const isDeadlineKind = (value: unknown): value is DeadlineKind =>
  typeof value === 'string' && Object.hasOwn(DEADLINE_KINDS, value)

export const isDeadlineBasis = (value: unknown): value is DeadlineBasis =>
  value === 'clock' || value === 'working'

export const DEFAULT_DEADLINE_RULES: DeadlineRules = Object.fromEntries(
  Object.entries(DEADLINE_KINDS).map(([kind, k]) => [kind, k.basis]),
) as DeadlineRules

/** The rules as stored (rows of kind and basis) over the defaults; unknown rows are ignored. */
export const deadlineRulesFrom = (
  rows: readonly { kind?: unknown; basis?: unknown }[] | null | undefined,
): DeadlineRules => {
  const rules = { ...DEFAULT_DEADLINE_RULES }
  for (const row of rows ?? []) {
    if (isDeadlineKind(row.kind) && isDeadlineBasis(row.basis)) rules[row.kind] = row.basis
  }
  return rules
}

/** The office calendar as the deadlines use it: working days and hours, and each kind's basis. */
export type DeadlineCalendar = WorkingCalendar & { rules: DeadlineRules }

/**
 * The basis a deadline runs on: an emergency complaint's deadlines follow the emergency rule
 * (its return visit keeps its own: the emergency is over by then).
 */
export const basisFor = (
  calendar: DeadlineCalendar,
  kind: DeadlineKind,
  emergency = false,
): DeadlineBasis =>
  emergency && kind !== 'return-visit' ? calendar.rules.emergency : calendar.rules[kind]

/** N hours after `t`, on the clock or on working time. */
export const hoursAfter = (t: Date, hours: number, basis: DeadlineBasis, cal: WorkingCalendar) =>
  basis === 'clock' ? new Date(t.getTime() + hours * HOUR) : addWorkingHours(t, hours, cal)

/** N days after `t`, on the clock (24-hour days) or N working days. */
export const daysAfter = (t: Date, days: number, basis: DeadlineBasis, cal: WorkingCalendar) =>
  basis === 'clock' ? new Date(t.getTime() + days * DAY) : addWorkingDays(t, days, cal)

/** 当天: 23:59 local on the clock; the close of the working day (or the next) on working time. */
export const sameDay = (t: Date, basis: DeadlineBasis, cal: WorkingCalendar) =>
  basis === 'clock' ? endOfLocalDay(t, cal.timeZone) : closeOfWorkingDay(t, cal)
