import { readsAsRole } from '@/access/hasRole'
import type { LoopState } from '@/domain/complaints/loop'
import { needsWrittenReply, planLoopAction } from '@/domain/complaints/loop'
import { roleChangeProblem } from '@/domain/roleChanges'
import { readingRolesOf } from '@/domain/roles'

const now = new Date('2026-12-01T08:00:00Z')
const clerk = { id: 5, roles: ['cs-clerk' as const] }
const handler = { id: 9, roles: ['site-captain' as const] }
const head = { id: 3, roles: ['property-manager' as const] }
const base: LoopState = { status: 'in-progress', handler: 9 }
const plan = (
  action: string,
  state: Partial<LoopState>,
  body: Record<string, unknown>,
  actor: { id: number; roles: readonly never[] | readonly string[] } = clerk,
  officeHeadId: number | null = 3,
) =>
  planLoopAction({
    action,
    state: { ...base, ...state },
    body,
    actor: actor as never,
    now,
    context: { officeHeadId },
  })

describe('five clears (五清楚)', () => {
  it('should ask a next reply time of an unsolved matter, in the future', () => {
    expect(plan('reply', {}, { replyMethod: 'phone', replySummary: '协调中' })).toMatchObject({
      ok: false,
      status: 400,
      field: 'nextReplyAt',
    })
    expect(
      plan(
        'reply',
        {},
        { replyMethod: 'phone', replySummary: '协调中', nextReplyAt: '2026-12-01T07:00:00Z' },
      ),
    ).toMatchObject({ ok: false, field: 'nextReplyAt' })
    expect(
      plan(
        'reply',
        {},
        { replyMethod: 'phone', replySummary: '协调中', nextReplyAt: '2026-12-02T08:00:00Z' },
        handler,
      ),
    ).toMatchObject({
      ok: true,
      data: { replyMethod: 'phone', repliedBy: 9, nextReplyAt: '2026-12-02T08:00:00.000Z' },
    })
  })

  it('should record a solved matter’s reply without a next reply time', () => {
    const result = plan(
      'reply',
      { status: 'resolved' },
      { replyMethod: 'letter', replySummary: '结果' },
    )
    expect(result).toMatchObject({ ok: true, data: { nextReplyAt: null, replyMethod: 'letter' } })
  })

  it('should refuse a reply by someone neither handling it nor at the desk', () => {
    const guard = { id: 11, roles: ['document-controller'] }
    expect(plan('reply', {}, { replyMethod: 'phone' }, guard)).toMatchObject({ status: 403 })
  })

  it('should confirm only a resolved complaint whose reply is recorded, once', () => {
    const body = { confirmationMethod: 'signature' }
    expect(plan('confirm', {}, body)).toMatchObject({ status: 409 })
    expect(plan('confirm', { status: 'resolved' }, body)).toMatchObject({
      status: 409,
      field: 'repliedAt',
    })
    const replied = { status: 'resolved' as const, repliedAt: '2026-12-01T07:00:00Z' }
    expect(plan('confirm', replied, {})).toMatchObject({ status: 400, field: 'confirmationMethod' })
    expect(plan('confirm', replied, body)).toMatchObject({ ok: true, data: { confirmedBy: 5 } })
    expect(
      plan('confirm', { ...replied, confirmedAt: '2026-12-01T07:30:00Z' }, body),
    ).toMatchObject({
      status: 409,
    })
  })
})

describe('referral to the office head (000 §1.3)', () => {
  it('should refer to the office head of the moment, with a reason', () => {
    expect(plan('refer', {}, {}, handler)).toMatchObject({ status: 400, field: 'referralReason' })
    expect(plan('refer', {}, { referralReason: '无权' }, handler)).toMatchObject({
      ok: true,
      data: { referredTo: 3, referredBy: 9, officeHeadDecision: null },
    })
    expect(plan('refer', {}, { referralReason: '无权' }, handler, null)).toMatchObject({
      status: 409,
    })
    expect(plan('refer', {}, { referralReason: '无权' }, clerk)).toMatchObject({ status: 403 })
  })

  it('should let only the office head it went to decide, once', () => {
    const referred = { referredAt: '2026-12-01T07:00:00Z', referredTo: 3 }
    expect(plan('decide', referred, { officeHeadDecision: '同意' }, handler)).toMatchObject({
      status: 403,
    })
    expect(plan('decide', referred, {}, head)).toMatchObject({
      status: 400,
      field: 'officeHeadDecision',
    })
    expect(plan('decide', referred, { officeHeadDecision: '同意' }, head)).toMatchObject({
      ok: true,
      data: { officeHeadDecision: '同意', decidedBy: 3 },
    })
    expect(
      plan(
        'decide',
        { ...referred, decidedAt: '2026-12-01T07:30:00Z' },
        { officeHeadDecision: 'x' },
        head,
      ),
    ).toMatchObject({ status: 409 })
  })
})

describe('written complaints and the general manager', () => {
  it('should want a written reply for letters, email and online complaints only', () => {
    expect(['letter', 'email', 'online', 'phone', 'visit'].map(needsWrittenReply)).toEqual([
      true,
      true,
      true,
      false,
      false,
    ])
  })

  it('should let the general manager read as the director, and act as nothing more', () => {
    const gm = { roles: ['general-manager'] }
    expect(readingRolesOf(gm)).toEqual(['general-manager', 'director'])
    expect(readsAsRole(gm, 'director')).toBe(true)
    expect(readsAsRole(gm, 'property-manager')).toBe(false)
    expect(readsAsRole({ roles: ['director'] }, 'director')).toBe(true)
  })

  it('should let only an administrator appoint or remove a general manager', () => {
    const change = (actorRoles: Array<'director' | 'admin'>) =>
      roleChangeProblem({
        actorRoles,
        actorId: 1,
        targetId: 2,
        before: ['property-manager'],
        after: ['general-manager'],
      })
    expect(change(['director'])).toMatch(/general manager/)
    expect(change(['admin'])).toBeNull()
  })
})
