import type { DeadlineCalendar } from '../calendar/deadlineRules'
import { basisFor, daysAfter } from '../calendar/deadlineRules'
import { percent } from '../reportPeriods'

import type { Severity } from './severity'

export const VISIT_METHODS = {
  'face-to-face': { zh: '上门 / 面谈', en: 'Face to face' },
  phone: { zh: '电话', en: 'Phone' },
  written: { zh: '书面问卷', en: 'Written questionnaire' },
  meeting: { zh: '座谈会', en: 'Meeting' },
} as const
export type VisitMethod = keyof typeof VISIT_METHODS

export const RATINGS = {
  A: { zh: 'A 满意', en: 'A satisfied' },
  B: { zh: 'B 一般满意', en: 'B generally satisfied' },
  C: { zh: 'C 不满意', en: 'C dissatisfied' },
} as const
export type Rating = keyof typeof RATINGS

/**
 * A complaint's return visit is due 3 days to 1 week after it is resolved; a commercial tenant's
 * within 3 days. On working time (the office calendar's default for return visits) a day is a
 * working day and a week five of them: resolved on a Monday, the window is Thursday to the next
 * Monday either way, but a holiday week no longer eats it. Without a calendar, on the clock.
 */
export const complaintVisitWindow = (
  resolvedAt: string,
  commercialTenant: boolean,
  calendar?: DeadlineCalendar,
): { dueFrom: string; dueBy: string } => {
  const resolved = new Date(resolvedAt)
  const basis = calendar ? basisFor(calendar, 'return-visit') : 'clock'
  const cal = calendar ?? { timeZone: 'UTC', years: [] }
  const after = (days: number) => daysAfter(resolved, days, basis, cal).toISOString()
  const week = basis === 'clock' ? 7 : 5
  return commercialTenant
    ? { dueFrom: resolved.toISOString(), dueBy: after(3) }
    : { dueFrom: after(3), dueBy: after(week) }
}

/**
 * Who visits: a major complaint → the director; a phone visit → the dispatcher; otherwise the
 * responsible department's head (the handler's line manager, else a site manager).
 */
export const complaintVisitAssignee = (args: {
  severity: Severity
  method: VisitMethod
  directorId?: number | string | null
  dispatcherId?: number | string | null
  departmentHeadId?: number | string | null
  siteManagerId?: number | string | null
}): number | string | null => {
  if (args.severity === 'major') return args.directorId ?? args.departmentHeadId ?? null
  if (args.method === 'phone') return args.dispatcherId ?? args.departmentHeadId ?? null
  return args.departmentHeadId ?? args.siteManagerId ?? null
}

/**
 * Whether a resolved complaint (or a completed repair) gets a return visit. Complaints: 100% by
 * default, never below 60%; repairs: at least 20%. The choice is a hash of the number: the same
 * every time it is asked, and anyone can recompute it.
 */
export const MIN_COMPLAINT_VISIT_RATE = 60

export const isSampledForVisit = (
  number: string,
  ratePercent: number,
  minimum = MIN_COMPLAINT_VISIT_RATE,
): boolean => {
  const rate = Math.max(minimum, Math.min(100, ratePercent))
  if (rate >= 100) return true
  return sampleBucket(number) < rate
}

/** A stable bucket 0–99 for a key (FNV-1a). */
export const sampleBucket = (key: string): number => {
  let hash = 0x811c9dc5
  for (const char of key) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % 100
}

/** 满意率 = (A + B) / returned × 100%; null when nothing was returned. */
export const satisfactionRate = (counts: { A?: number; B?: number; C?: number }): number | null => {
  const a = counts.A ?? 0
  const b = counts.B ?? 0
  const returned = a + b + (counts.C ?? 0)
  if (returned === 0) return null
  return Math.round(((a + b) / returned) * 1000) / 10
}

/** A `C` with the problem unsolved sends the complaint back for handling. */
export const visitReopens = (visit: {
  overall?: Rating | null
  solved?: boolean | null
}): boolean => visit.overall === 'C' && visit.solved === false

/** What a return visit was about: a complaint, or a repair (a work order). */
export type VisitSubject = 'complaint' | 'repair'

/** One recorded visit with a rating, and the household (the unit) it was about. */
export type RatedVisit = { household: number | string; overall: Rating }

/** Visits rated in a period, counted by household. */
export type HouseholdSatisfaction = {
  /** Households visited (each once, however many visits it had). */
  households: number
  /** Of those, households satisfied or generally satisfied (A or B on every visit). */
  satisfied: number
  /** The visits themselves, by rating. */
  visits: { A: number; B: number; C: number }
  rate: number | null
}

/**
 * 002 篇3: complaint-handling satisfaction (投诉处理满意率), monthly = households visited about
 * complaints this month who were satisfied or generally satisfied / households visited about
 * complaints this month; a functional department's satisfaction is households satisfied /
 * households visited. A household counts once; visited twice, it counts as satisfied only if
 * every visit was A or B (a household dissatisfied on one visit was not satisfied that month).
 * The caller passes the visits of one subject only: repair visits never count in the complaint
 * rate. The database computes the same grouping (`visitSatisfactionByPeriod`); this is the rule.
 */
export const householdSatisfaction = (visits: readonly RatedVisit[]): HouseholdSatisfaction => {
  const dissatisfied = new Map<string, boolean>()
  const counts = { A: 0, B: 0, C: 0 }
  for (const visit of visits) {
    counts[visit.overall]++
    const key = String(visit.household)
    dissatisfied.set(key, (dissatisfied.get(key) ?? false) || visit.overall === 'C')
  }
  const households = dissatisfied.size
  const satisfied = [...dissatisfied.values()].filter((d) => !d).length
  return { households, satisfied, visits: counts, rate: percent(satisfied, households) }
}
