import {
  DEFAULT_RENOVATION_RULES,
  datesProblem,
  periodsProblem,
  requestedHoursProblem,
  workTimeBreach,
} from '@/domain/renovation/hours'
import type { RenovationState } from '@/domain/renovation/workflow'
import {
  passWindowProblem,
  planWithholding,
  renovationWorkflow,
} from '@/domain/renovation/workflow'
import type { Role } from '@/domain/roles'
import { zonedTime } from '@/domain/time'
import { checkLadder, ladderFor, nextMeasure, procedureOf } from '@/domain/violations/ladder'

const TZ = 'Asia/Shanghai'
const rules = DEFAULT_RENOVATION_RULES
/** 2026-12-02 is a Wednesday, 2026-12-05 a Saturday. */
const at = (day: number, hour: number, minute = 0) => zonedTime(TZ, 2026, 12, day, hour, minute)
const now = at(2, 20)

describe('renovation hours (office settings → 装修管理)', () => {
  it('should accept hours inside the permitted periods and noisy work inside the noisy ones', () => {
    expect(
      requestedHoursProblem(
        [
          { start: '08:00', end: '12:00' },
          { start: '14:30', end: '17:30', noisy: true },
        ],
        rules,
      ),
    ).toBeNull()
  })

  it.each([
    [[{ start: '08:00', end: '18:30' }], 'requestedHours.0.end'],
    [[{ start: '07:30', end: '11:00' }], 'requestedHours.0.start'],
    [[{ start: '12:00', end: '13:00' }], 'requestedHours.0.start'],
    [[{ start: '08:00', end: '12:00', noisy: true }], 'requestedHours.0.start'],
    [[{ start: '08:30', end: '12:00', noisy: true }], 'requestedHours.0.end'],
    [
      [
        { start: '08:00', end: '12:00' },
        { start: '15:00', end: '14:00' },
      ],
      'requestedHours.1.end',
    ],
    [[{ start: '8am', end: '12:00' }], 'requestedHours.0.start'],
  ])('should refuse %j naming %s', (requested, path) => {
    expect(requestedHoursProblem(requested, rules)?.path).toBe(path)
  })

  it('should refuse an end before the start and a renovation longer than the office allows', () => {
    const day = (d: string) => `${d}T04:00:00.000Z`
    expect(datesProblem(day('2026-12-01'), day('2026-12-01'), rules, TZ)).toBeNull()
    expect(datesProblem(day('2026-12-02'), day('2026-12-01'), rules, TZ)?.path).toBe('endDate')
    expect(datesProblem(day('2026-12-01'), day('2027-02-28'), rules, TZ)).toBeNull() // 90 days
    expect(datesProblem(day('2026-12-01'), day('2027-03-01'), rules, TZ)?.path).toBe('endDate')
    expect(datesProblem(undefined, day('2026-12-01'), rules, TZ)?.path).toBe('startDate')
  })

  it('should refuse a period of the office that ends before it starts', () => {
    expect(periodsProblem([{ start: '14:00', end: '12:00' }], 'workPeriods')?.path).toBe(
      'workPeriods.0.end',
    )
  })

  it.each([
    ['quiet work at 09:00 on a Wednesday', at(2, 9), false, false],
    ['quiet work at 12:30 (lunch break)', at(2, 12, 30), false, true],
    ['quiet work at 18:00 (the end is out)', at(2, 18), false, true],
    ['noisy work at 08:15 (before the noisy hours)', at(2, 8, 15), true, true],
    ['noisy work at 15:00', at(2, 15), true, false],
    ['noisy work at 10:00 on a Saturday', at(5, 10), true, true],
    ['quiet work at 10:00 on a Saturday', at(5, 10), false, false],
    ['quiet work at 21:00', at(2, 21), false, true],
  ])('should judge %s', (_what, when, noisy, breach) => {
    expect(Boolean(workTimeBreach(when, noisy, rules, TZ))).toBe(breach)
  })

  it('should make every work a breach on a rest day', () => {
    expect(workTimeBreach(at(6, 9), false, { ...rules, restDays: ['sun'] }, TZ)).toContain(
      '禁止施工',
    )
  })
})

const renovation = (over: Partial<RenovationState> = {}): RenovationState => ({
  status: 'applied',
  startDate: '2026-11-20T04:00:00.000Z',
  endDate: '2026-12-20T04:00:00.000Z',
  workers: [{ id: 'w1', name: '赵师傅' }],
  agreementSignedAt: '2026-11-19T04:00:00.000Z',
  deposit: { status: 'none' },
  inspections: [],
  ...over,
})
const actor = (role: Role) => ({ id: 7, roles: [role] })
const plan = (
  action: string,
  state: RenovationState,
  role: Role,
  body: Record<string, unknown> = {},
) =>
  renovationWorkflow.plan({
    action,
    state,
    body,
    actor: actor(role),
    now,
    context: { rules, timeZone: TZ },
  })
const held = { status: 'held', amount: 2000, receivedAt: '2026-11-19T04:00:00.000Z' }

describe('the renovation workflow', () => {
  it('should let only the site manager approve (403), once agreement and deposit are in (409)', () => {
    expect(plan('approve', renovation({ deposit: held }), 'cs-clerk')).toMatchObject({
      status: 403,
    })
    expect(plan('approve', renovation({ deposit: held }), 'director')).toMatchObject({
      status: 403,
    })
    expect(plan('approve', renovation(), 'site-manager')).toMatchObject({ status: 409 })
    expect(
      plan('approve', renovation({ deposit: held, agreementSignedAt: null }), 'site-manager'),
    ).toMatchObject({ status: 409 })
    expect(plan('approve', renovation({ deposit: held }), 'site-manager')).toMatchObject({
      ok: true,
      data: { status: 'approved', decidedBy: 7 },
    })
    expect(
      plan('approve', renovation({ status: 'approved', deposit: held }), 'site-manager'),
    ).toMatchObject({ status: 409 })
  })

  it('should record the deposit once, in whole fen', () => {
    expect(plan('record-deposit', renovation(), 'cs-clerk', { amount: 2000.5 })).toMatchObject({
      ok: true,
      data: { deposit: { status: 'held', amount: 2000.5, receivedBy: 7 } },
    })
    expect(plan('record-deposit', renovation(), 'cs-clerk', { amount: 0 })).toMatchObject({
      field: 'amount',
    })
    expect(
      plan('record-deposit', renovation({ deposit: held }), 'cs-clerk', { amount: 1 }),
    ).toMatchObject({ status: 409 })
  })

  it('should issue a pass only from an approved renovation and within its dates', () => {
    const body = (validUntil: string) => ({
      worker: 'w1',
      validFrom: '2026-12-02T04:00:00.000Z',
      validUntil,
    })
    const approved = renovation({ status: 'approved', deposit: held })
    expect(
      plan('issue-pass', renovation(), 'cs-clerk', body('2026-12-10T04:00:00.000Z')),
    ).toMatchObject({
      status: 409,
    })
    expect(
      plan('issue-pass', approved, 'cs-clerk', body('2026-12-21T04:00:00.000Z')),
    ).toMatchObject({
      status: 400,
      field: 'validUntil',
    })
    // 23:00 in Shanghai on the 20th is still the renovation's last day; midnight is not.
    expect(
      plan('issue-pass', approved, 'cs-clerk', body('2026-12-20T15:00:00.000Z')),
    ).toMatchObject({ ok: true })
    expect(
      plan('issue-pass', approved, 'cs-clerk', body('2026-12-20T16:00:00.000Z')),
    ).toMatchObject({
      field: 'validUntil',
    })
    expect(
      plan('issue-pass', approved, 'cs-clerk', body('2026-12-20T04:00:00.000Z')),
    ).toMatchObject({
      ok: true,
      extra: { pass: { worker: { id: 'w1' } } },
    })
    expect(
      plan('issue-pass', approved, 'security-guard', body('2026-12-20T04:00:00.000Z')),
    ).toMatchObject({
      status: 403,
    })
  })

  it('should compare a pass with its renovation by the office day', () => {
    const r = { startDate: '2026-11-20T04:00:00.000Z', endDate: '2026-12-20T04:00:00.000Z' }
    expect(
      passWindowProblem(r, '2026-11-19T04:00:00.000Z', '2026-11-25T04:00:00.000Z', TZ)?.path,
    ).toBe('validFrom')
    expect(
      passWindowProblem(r, '2026-11-20T04:00:00.000Z', '2026-12-20T15:59:00.000Z', TZ),
    ).toBeNull()
    expect(
      passWindowProblem(r, '2026-11-20T04:00:00.000Z', '2026-12-20T16:00:00.000Z', TZ)?.path,
    ).toBe('validUntil')
  })

  it('should make an inspection that sees noisy work out of hours a breach, and a passed completion complete', () => {
    const approved = renovation({ status: 'approved', deposit: held })
    const late = plan('inspect', approved, 'site-captain', {
      at: at(2, 19).toISOString(),
      stage: 'during',
      result: 'fail',
      workObserved: 'noisy',
    })
    expect(late).toMatchObject({ ok: true, extra: { breach: { subKind: 'noisy-hours' } } })
    const fine = plan('inspect', approved, 'site-captain', {
      at: at(2, 15).toISOString(),
      stage: 'during',
      result: 'pass',
      workObserved: 'noisy',
    })
    expect(fine).toMatchObject({ ok: true })
    expect((fine as { extra?: unknown }).extra).toBeUndefined()
    expect(
      plan('inspect', approved, 'site-captain', { stage: 'completion', result: 'pass' }),
    ).toMatchObject({
      data: { status: 'completed' },
    })
    expect(
      plan('inspect', approved, 'cs-clerk', { stage: 'during', result: 'pass' }),
    ).toMatchObject({
      status: 403,
    })
  })

  it('should return the deposit once after completion and withhold it only with a reason', () => {
    const completed = renovation({ status: 'completed', deposit: held })
    expect(plan('return-deposit', completed, 'site-manager')).toMatchObject({
      data: { status: 'closed', deposit: { status: 'returned', settledBy: 7 } },
    })
    expect(
      plan(
        'return-deposit',
        renovation({ status: 'closed', deposit: { ...held, status: 'returned' } }),
        'site-manager',
      ),
    ).toMatchObject({ status: 409 })
    expect(
      plan(
        'return-deposit',
        renovation({ status: 'completed', deposit: { ...held, status: 'returned' } }),
        'site-manager',
      ),
    ).toMatchObject({ status: 409 })
    expect(
      plan('return-deposit', renovation({ status: 'approved', deposit: held }), 'site-manager'),
    ).toMatchObject({
      status: 409,
    })
    expect(planWithholding(completed, { reason: '' }, { id: 7 }, now)).toMatchObject({
      field: 'reason',
    })
    expect(planWithholding(completed, { reason: 'x', amount: 2500 }, { id: 7 }, now)).toMatchObject(
      {
        field: 'amount',
      },
    )
    expect(
      planWithholding(completed, { reason: '损坏管道', amount: 500 }, { id: 7 }, now),
    ).toMatchObject({
      data: {
        status: 'closed',
        deposit: { status: 'withheld', withheldAmount: 500, reason: '损坏管道' },
      },
    })
    expect(planWithholding(renovation(), { reason: 'x' }, { id: 7 }, now)).toMatchObject({
      status: 409,
    })
  })
})

describe('the renovation procedure of a violation', () => {
  it('should follow stop work → rectification → withhold the deposit when linked to a renovation', () => {
    expect(procedureOf({ renovation: 3 })).toBe('renovation')
    expect(procedureOf({ renovation: null })).toBe('ladder')
    expect(ladderFor('renovation', 'renovation')).toEqual([
      'stop-work',
      'rectification',
      'withhold-deposit',
    ])
    expect(nextMeasure('renovation', [], 'renovation')).toBe('stop-work')
    expect(nextMeasure('renovation', ['stop-work', 'rectification'], 'renovation')).toBe(
      'withhold-deposit',
    )
    expect(checkLadder('renovation', [], 'persuasion', null, 'renovation')).toMatchObject({
      ok: false,
      field: 'measure',
    })
    expect(
      checkLadder('renovation', ['stop-work'], 'withhold-deposit', null, 'renovation'),
    ).toMatchObject({
      ok: false,
      field: 'skipReason',
    })
    // Unlinked, a renovation violation keeps the generic ladder.
    expect(nextMeasure('renovation', [])).toBe('persuasion')
  })
})
