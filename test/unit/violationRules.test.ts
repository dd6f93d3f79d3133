import { deriveViolationStatus, planViolationAction } from '@/domain/violations/actions'
import { compensation, lateFee, outstanding, PENALTY_DEFAULTS } from '@/domain/violations/amounts'
import { checkLadder, isDecision, ladderFor, nextMeasure } from '@/domain/violations/ladder'

const DAY = 86_400_000
const now = new Date('2026-11-22T02:00:00Z')

describe('the measures ladder', () => {
  it('should order fee refusal and other violations as DOMAIN.md lists them', () => {
    expect(ladderFor('fee-refusal')).toEqual([
      'talk',
      'payment-reminder',
      'late-fee',
      'public-notice',
      'suspend-services',
      'terminate-contract',
    ])
    expect(ladderFor('renovation')).toEqual([
      'persuasion',
      'rectification',
      'compensation',
      'public-criticism',
      'suspend-utilities',
    ])
  })

  it('should make every measure from late fee and compensation on a decision', () => {
    expect(
      ['talk', 'payment-reminder', 'persuasion', 'rectification'].map((m) =>
        isDecision(m as never),
      ),
    ).toEqual([false, false, false, false])
    expect(
      [
        'late-fee',
        'public-notice',
        'suspend-services',
        'terminate-contract',
        'compensation',
        'public-criticism',
        'suspend-utilities',
      ].every((m) => isDecision(m as never)),
    ).toBe(true)
  })

  it('should propose the next rung and refuse skipping without a reason', () => {
    expect(nextMeasure('civility', [])).toBe('persuasion')
    expect(nextMeasure('civility', ['persuasion', 'persuasion'])).toBe('rectification')
    expect(
      nextMeasure('civility', [
        'persuasion',
        'rectification',
        'compensation',
        'public-criticism',
        'suspend-utilities',
      ]),
    ).toBeNull()
    expect(checkLadder('civility', ['persuasion'], 'compensation')).toMatchObject({
      ok: false,
      field: 'skipReason',
    })
    expect(checkLadder('civility', ['persuasion'], 'compensation', '情况紧急')).toEqual({
      ok: true,
      skipped: ['rectification'],
    })
    expect(checkLadder('civility', ['persuasion', 'rectification'], 'rectification')).toEqual({
      ok: true,
      skipped: [],
    })
    expect(checkLadder('civility', [], 'late-fee', 'x')).toMatchObject({
      ok: false,
      field: 'measure',
    })
  })
})

describe('amounts', () => {
  it('should compute a late fee per whole day overdue, capped at the arrears', () => {
    expect(
      lateFee(
        {
          arrears: 3000,
          overdueSince: new Date(now.getTime() - 100.5 * DAY).toISOString(),
          asOf: now,
        },
        PENALTY_DEFAULTS,
      ),
    ).toEqual({ ok: true, amount: 90, days: 100, capped: false })
    expect(
      lateFee(
        { arrears: 100, overdueSince: new Date(now.getTime() - 20 * DAY).toISOString(), asOf: now },
        { ...PENALTY_DEFAULTS, lateFeeRatePerDay: 0.1, lateFeeCapRatio: 1 },
      ),
    ).toMatchObject({ amount: 100, capped: true })
    expect(
      lateFee({ arrears: -1, overdueSince: '2026-01-01', asOf: now }, PENALTY_DEFAULTS),
    ).toMatchObject({ ok: false, field: 'decision.arrears' })
    expect(
      lateFee(
        { arrears: 10, overdueSince: new Date(now.getTime() + DAY).toISOString(), asOf: now },
        PENALTY_DEFAULTS,
      ),
    ).toMatchObject({ ok: false, field: 'decision.overdueSince' })
  })

  it('should cap compensation, refuse negatives, and count what is outstanding in fen', () => {
    expect(compensation({ damage: 800.55 }, PENALTY_DEFAULTS)).toEqual({
      ok: true,
      amount: 800.55,
      capped: false,
    })
    expect(compensation({ damage: 80000 }, PENALTY_DEFAULTS)).toMatchObject({
      amount: 50000,
      capped: true,
    })
    expect(compensation({ damage: -1 }, PENALTY_DEFAULTS)).toMatchObject({
      ok: false,
      field: 'decision.damage',
    })
    expect(outstanding(0.3, [{ amount: 0.1 }, { amount: 0.2 }])).toBe(0)
    expect(outstanding(800, [{ amount: 300 }])).toBe(500)
  })
})

describe('violation actions', () => {
  const violation = {
    kind: 'civility' as const,
    severity: 'general' as const,
    status: 'open',
    measures: [],
    amountDue: 0,
    payments: [],
  }
  const guard = { id: 9, roles: ['security-guard'] as const }
  const captain = { id: 8, roles: ['site-captain'] as const }

  it('should let anyone persuade but only a captain or manager order rectification by a future deadline', () => {
    expect(
      planViolationAction({
        action: 'record-measure',
        violation,
        body: { measure: 'persuasion', outcome: '劝阻' },
        actor: guard,
        now,
      }),
    ).toMatchObject({ ok: true })
    expect(
      planViolationAction({
        action: 'record-measure',
        violation,
        body: { measure: 'rectification', outcome: 'x', deadline: '2026-12-01', skipReason: 'y' },
        actor: guard,
        now,
      }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      planViolationAction({
        action: 'record-measure',
        violation,
        body: { measure: 'rectification', outcome: 'x', deadline: '2026-11-01', skipReason: 'y' },
        actor: captain,
        now,
      }),
    ).toMatchObject({ ok: false, status: 400, field: 'deadline' })
    expect(
      planViolationAction({
        action: 'record-measure',
        violation,
        body: { measure: 'compensation', outcome: 'x' },
        actor: { id: 1, roles: ['director'] },
        now,
      }),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('should collect only what an approved decision made due, and only by the site captain', () => {
    const decided = { ...violation, amountDue: 500, payments: [{ amount: 200 }] }
    expect(
      planViolationAction({
        action: 'record-payment',
        violation,
        body: { amount: 1, receiptNo: 'R' },
        actor: captain,
        now,
      }),
    ).toMatchObject({ ok: false, status: 409 })
    expect(
      planViolationAction({
        action: 'record-payment',
        violation: decided,
        body: { amount: 301, receiptNo: 'R' },
        actor: captain,
        now,
      }),
    ).toMatchObject({ ok: false, status: 400, field: 'amount' })
    expect(
      planViolationAction({
        action: 'record-payment',
        violation: decided,
        body: { amount: 300, receiptNo: 'R' },
        actor: { id: 1, roles: ['director'] },
        now,
      }),
    ).toMatchObject({ ok: false, status: 403 })
    expect(
      planViolationAction({
        action: 'record-payment',
        violation: decided,
        body: { amount: 300, receiptNo: 'R' },
        actor: captain,
        now,
      }),
    ).toMatchObject({ ok: true })
  })

  it('should derive the status from the record', () => {
    expect(deriveViolationStatus({})).toBe('open')
    expect(deriveViolationStatus({ rectificationDueAt: '2026-12-01' })).toBe('rectifying')
    expect(deriveViolationStatus({ approvalStatus: 'pending', effective: true })).toBe(
      'pending-approval',
    )
    expect(deriveViolationStatus({ effective: true, rectificationDueAt: '2026-12-01' })).toBe(
      'decided',
    )
    expect(deriveViolationStatus({ resolvedAt: '2026-11-22', effective: true })).toBe('resolved')
  })
})
