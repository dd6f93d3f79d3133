import type { Rating } from '../complaints/returnVisits'
import { reaches } from '../kpiTargets'
import { percent } from '../reportPeriods'

import type { SurveyAspect, VisitKind } from './kinds'
import { SURVEY_ASPECT_KEYS, VISIT_KINDS } from './kinds'

export type RatingCounts = Record<Rating, number>

/** One survey item (or the overall, 综合评议): its ratings and its rate over those returned. */
export type SurveyItem = RatingCounts & { aspect: SurveyAspect; rate: number | null }

/** The written survey's figures for a period (002 篇3). */
export type SurveyFigures = {
  /** Questionnaires issued: visits of kind survey created (sent) in the period. */
  issued: number
  /** Of those, returned: recorded. */
  returned: number
  /** 回收率 = returned / issued. */
  returnRate: number | null
  /** 单项满意率, one per aspect, in the survey's order (the last is 综合评议). */
  items: SurveyItem[]
  /** 综合评议满意率, with the office's pass mark (95% by default: the national standard). */
  overall: { rate: number | null; target: number; met: boolean }
}

/**
 * DOMAIN.md → Return visits → Rates (002 篇3): "written survey, per service item and overall
 * (单项 / 综合评议满意率) = (A + B) / questionnaires returned × 100%". The denominator is every
 * questionnaire returned — one that left an item blank still counts against that item, as the
 * paper form is counted — not only those that rated it.
 */
export const surveyItemRate = (counts: Partial<RatingCounts>, returned: number): number | null =>
  percent((counts.A ?? 0) + (counts.B ?? 0), returned)

/**
 * The survey's figures from its counts: questionnaires issued and returned, the return rate, each
 * item's rate and the overall rate (the item 综合评议) against the pass mark.
 */
export const surveyFigures = (args: {
  issued: number
  returned: number
  aspects: Partial<Record<SurveyAspect, Partial<RatingCounts>>>
  passMark: number
}): SurveyFigures => {
  const items = SURVEY_ASPECT_KEYS.map((aspect) => {
    const c = args.aspects[aspect] ?? {}
    return {
      aspect,
      A: c.A ?? 0,
      B: c.B ?? 0,
      C: c.C ?? 0,
      rate: surveyItemRate(c, args.returned),
    }
  })
  const overallRate = items.find((i) => i.aspect === 'overall')!.rate
  return {
    issued: args.issued,
    returned: args.returned,
    returnRate: percent(args.returned, args.issued),
    items,
    overall: {
      rate: overallRate,
      target: args.passMark,
      met: reaches(overallRate, args.passMark),
    },
  }
}

/** The pass mark a kind's satisfaction is held to (office settings → 目标), or null: none set. */
export const passMarkFor = (
  kind: VisitKind,
  targets: {
    complaintSatisfaction: number
    departmentSatisfaction: number
    surveySatisfaction: number
  },
): number | null => {
  switch (kind) {
    // "the pass marks of the last two are the company's (office settings)": complaint handling
    // and a functional department's (the departmental sample, and repairs: engineering's).
    case 'complaint':
      return targets.complaintSatisfaction
    case 'repair':
    case 'departmental':
      return targets.departmentSatisfaction
    case 'survey':
      return targets.surveySatisfaction
    default:
      return null
  }
}

/** One row of the monthly visit statistics (回访统计表), as the database grouped it. */
export type VisitCountRow = {
  kind: VisitKind | null
  method: string | null
  assignee: string | null
  /** Due in the month (dueBy in it), whatever their state. */
  due: number
  /** Recorded in the month. */
  recorded: number
  A: number
  B: number
  C: number
  /** Of those recorded, the ones that had a due date (planned surveys may have none). */
  recordedDue: number
  /** Recorded by their due date. */
  onTime: number
  /** Due in the month, not recorded, the resident never reached. */
  unreachable: number
  /** Due in the month and not recorded yet. */
  outstanding: number
  /** Of those, past their due date now. */
  overdue: number
}

export type VisitCounts = Omit<VisitCountRow, 'kind' | 'method' | 'assignee'> & {
  /** Satisfied or generally satisfied (A + B) of the visits recorded. */
  satisfactionRate: number | null
  /** Recorded by the due date, of those recorded that had one. */
  onTimeRate: number | null
}

const MEASURES = [
  'due',
  'recorded',
  'recordedDue',
  'A',
  'B',
  'C',
  'onTime',
  'unreachable',
  'outstanding',
  'overdue',
] as const

const withRates = (c: Omit<VisitCounts, 'satisfactionRate' | 'onTimeRate'>): VisitCounts => ({
  ...c,
  satisfactionRate: percent(c.A + c.B, c.A + c.B + c.C),
  onTimeRate: percent(c.onTime, c.recordedDue),
})

/** Adds up rows into one set of counts with its rates. */
export const sumVisitCounts = (rows: readonly VisitCountRow[]): VisitCounts => {
  const sum = Object.fromEntries(MEASURES.map((m) => [m, 0])) as Record<
    (typeof MEASURES)[number],
    number
  >
  for (const row of rows) for (const m of MEASURES) sum[m] += row[m]
  return withRates(sum)
}

/**
 * The statistics' roll-ups: by kind (every kind listed, in the procedures' order, even at zero),
 * by method, by assignee, and the month's totals.
 */
export const rollUpVisitCounts = (rows: readonly VisitCountRow[]) => {
  const by = (key: 'kind' | 'method' | 'assignee') => {
    const groups = new Map<string, VisitCountRow[]>()
    for (const row of rows) {
      const k = row[key] ?? '(none)'
      groups.set(k, [...(groups.get(k) ?? []), row])
    }
    return groups
  }
  const kinds = by('kind')
  return {
    byKind: [...Object.keys(VISIT_KINDS), ...(kinds.has('(none)') ? ['(none)'] : [])].map(
      (kind) => ({ kind, ...sumVisitCounts(kinds.get(kind) ?? []) }),
    ),
    byMethod: [...by('method')].map(([method, r]) => ({ method, ...sumVisitCounts(r) })),
    byAssignee: [...by('assignee')].map(([assignee, r]) => ({ assignee, ...sumVisitCounts(r) })),
    total: sumVisitCounts(rows),
  }
}
