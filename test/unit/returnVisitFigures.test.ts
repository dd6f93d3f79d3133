import type { VisitCountRow } from '@/domain/returnVisits/figures'
import {
  passMarkFor,
  rollUpVisitCounts,
  sumVisitCounts,
  surveyFigures,
  surveyItemRate,
} from '@/domain/returnVisits/figures'
import { KPI_TARGET_DEFAULTS } from '@/domain/kpiTargets'
import { SURVEY_ASPECT_KEYS } from '@/domain/returnVisits/kinds'

const row = (over: Partial<VisitCountRow>): VisitCountRow => ({
  kind: 'complaint',
  method: 'phone',
  assignee: '1',
  due: 0,
  recorded: 0,
  recordedDue: 0,
  A: 0,
  B: 0,
  C: 0,
  onTime: 0,
  unreachable: 0,
  outstanding: 0,
  overdue: 0,
  ...over,
})

describe('the written survey’s rates (002 篇3: (A + B) / questionnaires returned × 100%)', () => {
  it('should divide by every questionnaire returned, not only those that rated the item', () => {
    // 4 returned; one left the item blank: 3 rated, 2 of them A or B → 2 / 4, not 2 / 3.
    expect(surveyItemRate({ A: 1, B: 1, C: 1 }, 4)).toBe(50)
    expect(surveyItemRate({ A: 2, B: 1 }, 3)).toBe(100)
  })

  it('should give no rate when nothing was returned, rather than 0% or 100%', () => {
    expect(surveyItemRate({}, 0)).toBeNull()
    const none = surveyFigures({ issued: 10, returned: 0, aspects: {}, passMark: 95 })
    expect(none.returnRate).toBe(0)
    expect(none.overall).toEqual({ rate: null, target: 95, met: false })
  })

  it('should count issued, returned and the return rate, and hold 综合评议 to the pass mark', () => {
    const f = surveyFigures({
      issued: 40,
      returned: 30,
      aspects: { overall: { A: 25, B: 4, C: 1 }, parking: { A: 10, B: 5, C: 9 } },
      passMark: 95,
    })
    expect(f.issued).toBe(40)
    expect(f.returned).toBe(30)
    expect(f.returnRate).toBe(75)
    expect(f.items).toHaveLength(13)
    expect(f.items.map((i) => i.aspect)).toEqual(SURVEY_ASPECT_KEYS)
    expect(f.items.find((i) => i.aspect === 'parking')).toEqual({
      aspect: 'parking',
      A: 10,
      B: 5,
      C: 9,
      rate: 50,
    })
    // 29 of 30 = 96.7% ≥ 95%.
    expect(f.overall).toEqual({ rate: 96.7, target: 95, met: true })
    // An item nobody rated: 0 of 30.
    expect(f.items.find((i) => i.aspect === 'clubhouse')?.rate).toBe(0)
  })

  it('should fail the pass mark just below it and meet it exactly at it', () => {
    const at = (a: number, returned: number) =>
      surveyFigures({ issued: returned, returned, aspects: { overall: { A: a } }, passMark: 95 })
        .overall.met
    expect(at(19, 20)).toBe(true)
    expect(at(18, 20)).toBe(false)
  })
})

describe('the pass mark each kind of visit is held to (office settings → 目标)', () => {
  const targets = {
    ...KPI_TARGET_DEFAULTS,
    complaintSatisfaction: 90,
    departmentSatisfaction: 85,
    surveySatisfaction: 95,
  }
  it('should hold complaints, departments and the survey to their own marks, others to none', () => {
    expect(passMarkFor('complaint', targets)).toBe(90)
    expect(passMarkFor('repair', targets)).toBe(85)
    expect(passMarkFor('departmental', targets)).toBe(85)
    expect(passMarkFor('survey', targets)).toBe(95)
    expect(passMarkFor('periodic', targets)).toBeNull()
    expect(passMarkFor('event', targets)).toBeNull()
  })

  it('should default the comprehensive survey’s pass mark to the national 95%', () => {
    expect(KPI_TARGET_DEFAULTS.surveySatisfaction).toBe(95)
  })
})

describe('the monthly statistics’ roll-ups (回访统计表)', () => {
  const rows = [
    row({
      kind: 'complaint',
      method: 'phone',
      assignee: '1',
      due: 3,
      recorded: 2,
      recordedDue: 2,
      A: 1,
      C: 1,
      onTime: 1,
      outstanding: 1,
      overdue: 1,
    }),
    row({
      kind: 'complaint',
      method: 'face-to-face',
      assignee: '2',
      due: 1,
      recorded: 1,
      recordedDue: 1,
      B: 1,
      onTime: 1,
    }),
    row({ kind: 'survey', method: 'written', assignee: null, recorded: 4, A: 3, B: 1 }),
    row({ kind: 'repair', method: 'phone', assignee: '1', due: 1, unreachable: 1 }),
  ]

  it('should list every kind in the procedures’ order, a kind without visits at zero', () => {
    const r = rollUpVisitCounts(rows)
    expect(r.byKind.map((k) => k.kind)).toEqual([
      'complaint',
      'repair',
      'service',
      'event',
      'periodic',
      'departmental',
      'survey',
    ])
    expect(r.byKind.find((k) => k.kind === 'event')).toMatchObject({
      due: 0,
      recorded: 0,
      satisfactionRate: null,
      onTimeRate: null,
    })
    expect(r.byKind[0]).toMatchObject({
      due: 4,
      recorded: 3,
      A: 1,
      B: 1,
      C: 1,
      satisfactionRate: 66.7,
      onTime: 2,
      onTimeRate: 66.7,
    })
  })

  it('should total by method and assignee, an unassigned visit under (none)', () => {
    const r = rollUpVisitCounts(rows)
    expect(r.byMethod.find((m) => m.method === 'phone')).toMatchObject({
      due: 4,
      recorded: 2,
      unreachable: 1,
    })
    expect(r.byAssignee.find((a) => a.assignee === '(none)')).toMatchObject({ recorded: 4 })
    expect(r.total).toEqual(sumVisitCounts(rows))
    expect(r.total).toMatchObject({ due: 5, recorded: 7, A: 4, B: 2, C: 1, satisfactionRate: 85.7 })
  })

  it('should measure on-time visits only among those that had a due date', () => {
    // The survey's four have no due date: 2 of the 3 dated ones were on time.
    expect(sumVisitCounts(rows).onTimeRate).toBe(66.7)
  })
})
