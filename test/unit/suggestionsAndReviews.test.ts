import { needsReview, planReview, reviewDoneWhen, reviewStatusOf } from '@/domain/complaints/review'
import type { ReviewState } from '@/domain/complaints/review'
import { complaintWorkflow } from '@/domain/complaints/workflow'
import type { ComplaintState } from '@/domain/complaints/actions'
import { planMeasures } from '@/domain/followUps/measures'
import { suggestionWorkflow, thanksProblem } from '@/domain/suggestions/workflow'
import type { Role } from '@/domain/roles'
import type { Actor } from '@/domain/workflow'

const now = new Date('2026-12-01T08:00:00Z')
const later = '2026-12-15T08:00:00.000Z'
const actor = (role: Role, id = 7): Actor => ({ id, roles: [role] })

describe('planMeasures', () => {
  it('should make one measure a line, each with the owner and deadline given once', () => {
    const result = planMeasures(
      { plan: '增设标线\n\n 加装减速带 ', owner: '12', deadline: later },
      now,
      'plan',
    )
    expect(result).toEqual({
      ok: true,
      measures: [
        { text: '增设标线', owner: 12, deadline: later, ownerField: 'owner' },
        { text: '加装减速带', owner: 12, deadline: later, ownerField: 'owner' },
      ],
    })
  })

  it('should read a list, rows filling in from the top-level owner and deadline', () => {
    const result = planMeasures(
      {
        plan: [
          { text: 'a', owner: 3 },
          { text: 'b', owner: 4, deadline: later },
        ],
        deadline: later,
      },
      now,
      'plan',
    )
    expect(result.ok && result.measures.map((m) => [m.owner, m.ownerField])).toEqual([
      [3, 'plan.0.owner'],
      [4, 'plan.1.owner'],
    ])
  })

  it.each([
    [{ owner: 1, deadline: later }, 'plan'],
    [{ plan: '  ', owner: 1, deadline: later }, 'plan'],
    [{ plan: '增设标线', deadline: later }, 'owner'],
    [{ plan: '增设标线', owner: 1 }, 'deadline'],
    [{ plan: '增设标线', owner: 1, deadline: 'soon' }, 'deadline'],
    [{ plan: '增设标线', owner: 1, deadline: '2026-11-30T00:00:00Z' }, 'deadline'],
    [{ plan: [{ text: 'a', deadline: later }] }, 'plan.0.owner'],
    [
      {
        plan: [
          { text: 'a', owner: 2 },
          { text: 'b', owner: 2 },
        ],
        deadline: undefined,
      },
      'plan.0.deadline',
    ],
    [{ plan: [{ text: '', owner: 2, deadline: later }, { text: 'b' }] }, 'plan.0.text'],
  ])('should refuse %j naming %s', (body, field) => {
    expect(planMeasures(body as Record<string, unknown>, now, 'plan')).toMatchObject({
      ok: false,
      field,
    })
  })
})

describe('the suggestion planner', () => {
  const submitted = { status: 'submitted' }
  const adoptBody = { plan: '增设标线', owner: 5, deadline: later, note: '采纳' }

  it('should let the director adopt with a plan, the plan kept and passed on as follow-ups', () => {
    const plan = suggestionWorkflow.plan({
      action: 'adopt',
      state: submitted,
      body: adoptBody,
      actor: actor('director'),
      now,
      context: undefined,
    })
    expect(plan).toMatchObject({
      ok: true,
      data: {
        status: 'adopted',
        decisionNote: '采纳',
        decidedBy: 7,
        decidedAt: now.toISOString(),
        plan: [{ text: '增设标线', owner: 5, deadline: later }],
      },
      extra: { plan: [{ text: '增设标线', owner: 5 }] },
    })
  })

  it.each<Role>(['general-manager', 'property-manager', 'cs-clerk', 'admin'])(
    'should refuse %s with 403 (only the director decides)',
    (role) => {
      for (const action of ['adopt', 'decline']) {
        const plan = suggestionWorkflow.plan({
          action,
          state: submitted,
          body: { ...adoptBody, reason: 'x' },
          actor: actor(role),
          now,
          context: undefined,
        })
        expect(plan).toMatchObject({ ok: false, status: 403 })
      }
    },
  )

  it('should refuse adopting without an owner or a deadline, naming the field', () => {
    for (const [missing, field] of [
      ['owner', 'owner'],
      ['deadline', 'deadline'],
      ['plan', 'plan'],
    ]) {
      const body: Record<string, unknown> = { ...adoptBody }
      delete body[missing]
      expect(
        suggestionWorkflow.plan({
          action: 'adopt',
          state: submitted,
          body,
          actor: actor('director'),
          now,
          context: undefined,
        }),
      ).toMatchObject({ ok: false, status: 400, field })
    }
  })

  it('should refuse declining without a reason (400) and deciding twice (409)', () => {
    const decline = (state: { status: string }, body: Record<string, unknown>) =>
      suggestionWorkflow.plan({
        action: 'decline',
        state,
        body,
        actor: actor('director'),
        now,
        context: undefined,
      })
    expect(decline(submitted, { reason: ' ' })).toMatchObject({ status: 400, field: 'reason' })
    expect(decline(submitted, { reason: '已有计划' })).toMatchObject({
      ok: true,
      data: { status: 'declined', decisionNote: '已有计划' },
    })
    expect(decline({ status: 'adopted' }, { reason: 'x' })).toMatchObject({ status: 409 })
  })

  it('should thank only an adopted suggestion', () => {
    expect(thanksProblem('adopted')).toBeNull()
    expect(thanksProblem('submitted')).toMatch(/adopted/)
    expect(thanksProblem('declined')).toMatch(/adopted/)
  })
})

describe('the review of a serious complaint (检讨)', () => {
  const signOff = { department: 'engineering', head: 20, above: [21] }
  const serious: ReviewState = {
    status: 'resolved',
    severity: 'general',
    verdict: 'substantiated',
    department: 'engineering',
    signOff,
  }
  const body = { cause: '施工交底不清', measures: '重新交底\n加强巡查', owner: 30, deadline: later }
  const review = (state: ReviewState, who: Actor, b: Record<string, unknown> = body) =>
    planReview({ state, body: b, actor: who, now })

  it('should need a review when the complaint is major or substantiated, and only then', () => {
    expect(needsReview({ severity: 'major' })).toBe(true)
    expect(needsReview({ severity: 'general', verdict: 'substantiated' })).toBe(true)
    expect(needsReview({ severity: 'general', verdict: 'unsubstantiated' })).toBe(false)
    expect(reviewStatusOf({ severity: 'general' })).toBe('none')
    expect(reviewStatusOf({ severity: 'major' })).toBe('needed')
    expect(reviewStatusOf({ severity: 'general', reviewStatus: 'recorded' })).toBe('recorded')
    expect(reviewStatusOf({ severity: 'major', reviewStatus: 'done' })).toBe('done')
    expect(reviewDoneWhen(0)).toBe('done')
    expect(reviewDoneWhen(1)).toBe('recorded')
  })

  it('should let the department head, a manager above them or a senior manager record it', () => {
    for (const who of [actor('engineer', 20), actor('site-manager', 21), actor('director', 99)]) {
      expect(review(serious, who)).toMatchObject({
        ok: true,
        data: {
          reviewStatus: 'recorded',
          reviewCause: '施工交底不清',
          reviewResponsible: 30,
          reviewDeadline: later,
          reviewedBy: who.id,
          reviewMeasures: [{ text: '重新交底' }, { text: '加强巡查' }],
        },
      })
    }
  })

  it('should refuse anyone else with 403, and a complaint that is not serious with 409', () => {
    expect(review(serious, actor('site-manager', 22))).toMatchObject({ status: 403 })
    expect(review(serious, actor('engineer', 23))).toMatchObject({ status: 403 })
    // No head designated: a manager records it.
    expect(review({ ...serious, signOff: null }, actor('site-manager', 22))).toMatchObject({
      ok: true,
    })
    expect(review({ ...serious, signOff: null }, actor('dispatcher', 22))).toMatchObject({
      status: 403,
    })
    expect(review({ ...serious, verdict: 'unsubstantiated' }, actor('director'))).toMatchObject({
      status: 409,
    })
    expect(review({ ...serious, reviewedAt: now.toISOString() }, actor('director'))).toMatchObject({
      status: 409,
    })
    expect(
      review({ ...serious, status: 'registered', department: null }, actor('director')),
    ).toMatchObject({ status: 409 })
  })

  it.each([
    ['cause', 'cause'],
    ['measures', 'measures'],
    ['owner', 'owner'],
    ['deadline', 'deadline'],
  ])('should refuse a review without its %s, naming %s', (missing, field) => {
    const b: Record<string, unknown> = { ...body }
    delete b[missing]
    expect(review(serious, actor('director'), b)).toMatchObject({ ok: false, status: 400, field })
  })

  it('should offer the review to the head on a serious complaint, through the complaint workflow', () => {
    const state: ComplaintState = {
      status: 'closed',
      channel: 'phone',
      severity: 'major',
      department: 'engineering',
      signOff,
    }
    const offered = (who: Actor, s: ComplaintState = state) =>
      complaintWorkflow.actions
        .filter((a) => a.key === 'review')
        .some((a) => (a.allowed ? a.allowed(s, who) : false))
    expect(offered(actor('engineer', 20))).toBe(true)
    expect(offered(actor('engineer', 23))).toBe(false)
    expect(offered(actor('engineer', 20), { ...state, severity: 'general' })).toBe(false)
    expect(
      complaintWorkflow.plan({
        action: 'review',
        state,
        body,
        actor: actor('engineer', 20),
        now,
        context: undefined,
      }),
    ).toMatchObject({ ok: true })
  })
})
