import type { ShiftLogState } from '@/domain/shiftLogs/actions'
import { mayCountersign, planShiftLogAction } from '@/domain/shiftLogs/actions'
import { entryProblems } from '@/domain/shiftLogs/entries'
import {
  DEFAULT_SHIFT_POSTS,
  HANDBOOK_SECURITY_EQUIPMENT,
  POST_CODE,
  checklistFor,
  postDeletionProblem,
  postProblem,
} from '@/domain/shiftLogs/posts'
import { shiftLogWorkflow } from '@/domain/shiftLogs/workflow'
import { accountChangeProblem } from '@/domain/users'
import { availableActions } from '@/domain/workflow'

const now = new Date('2026-11-22T09:00:00Z')
const at = '2026-11-22T02:00:00.000Z'

describe('posts as office data', () => {
  it('should give every security post the handbook’s checklist, the booth’s hygiene included', () => {
    const security = DEFAULT_SHIFT_POSTS.filter((p) => p.kind === 'security')
    expect(security.length).toBeGreaterThan(0)
    for (const post of security) expect(post.equipment).toEqual(HANDBOOK_SECURITY_EQUIPMENT)
    const names = HANDBOOK_SECURITY_EQUIPMENT.map((i) => i.split(' ')[0])
    expect(names).toEqual(['对讲机', '充电器', '电池', '警具', '头盔', '放电器', '岗亭卫生'])
    expect(DEFAULT_SHIFT_POSTS.every((p) => POST_CODE.test(p.code))).toBe(true)
  })

  it('should open a log only for a known post that is not retired', () => {
    expect(postProblem('gate-1', { retired: false })).toBeNull()
    expect(postProblem('gate-9', null)).toMatch(/No post gate-9/)
    expect(postProblem('gate-1', { retired: true })).toMatch(/retired/)
    expect(postProblem('', { retired: false })).toMatch(/Choose the post/)
    expect(postProblem(7, { retired: false })).toMatch(/Choose the post/)
  })

  it('should start a log’s checklist from the post’s items, unanswered, skipping blanks', () => {
    expect(checklistFor({ equipment: ['对讲机 Radio', ' ', ' 头盔 Helmet '] })).toEqual([
      { item: '对讲机 Radio' },
      { item: '头盔 Helmet' },
    ])
  })

  it('should refuse deleting a post any log names, and say to retire it', () => {
    expect(postDeletionProblem(0)).toBeNull()
    expect(postDeletionProblem(3)).toMatch(/retire it/)
  })
})

describe('visitor and vehicle classes', () => {
  it('should require the class on a new visitor or vehicle entry, naming the field', () => {
    expect(entryProblems([{ at, kind: 'visitor', name: '王先生' }], null)[0]?.path).toBe(
      'entries.0.visitorClass',
    )
    expect(
      entryProblems([{ at, kind: 'vehicle', plate: '粤B1', vehicleClass: 'tank' }], null)[0]?.path,
    ).toBe('entries.0.vehicleClass')
    expect(
      entryProblems(
        [
          { at, kind: 'visitor', name: '王先生', visitorClass: 'resident-guest' },
          { at, kind: 'vehicle', plate: '粤B1', vehicleClass: 'service' },
        ],
        null,
      ),
    ).toEqual([])
  })

  it('should not ask entries stored before the classes existed for one', () => {
    const stored = [{ id: 'a1', at, kind: 'visitor', name: '旧记录' }]
    expect(entryProblems(stored, null, new Set(['a1']))).toEqual([])
    expect(entryProblems(stored, null, new Set())[0]?.path).toBe('entries.0.visitorClass')
  })
})

describe('a violation seen on the shift', () => {
  it.each([
    [{ at, kind: 'violation', violationKind: 'civility', text: '堆物' }, 'entries.0.unit'],
    [{ at, kind: 'violation', unit: 5, text: '堆物' }, 'entries.0.violationKind'],
    [
      { at, kind: 'violation', unit: 5, violationKind: 'parking', text: 'x' },
      'entries.0.violationKind',
    ],
    [{ at, kind: 'violation', unit: 5, violationKind: 'civility', text: ' ' }, 'entries.0.text'],
  ])('should name what is missing %#', (entry, path) => {
    expect(entryProblems([entry], null)[0]?.path).toBe(path)
  })

  it('should accept the unit, the kind and what was seen', () => {
    expect(
      entryProblems(
        [{ at, kind: 'violation', unit: 5, violationKind: 'fire-safety', text: '堵塞消防通道' }],
        null,
      ),
    ).toEqual([])
  })

  it('should never take the violation link from the client adding an entry', () => {
    const plan = planShiftLogAction({
      action: 'add-entry',
      log: { status: 'open', post: 'gate-1', onDuty: 1 },
      body: { kind: 'violation', unit: 5, violationKind: 'civility', text: 'x', violation: 99 },
      actor: { id: 1, roles: ['security-guard'], dutyPost: 'gate-1' },
      now,
    })
    expect(plan.ok).toBe(true)
    const entries = (plan as unknown as { data: { entries: Array<Record<string, unknown>> } }).data
      .entries
    expect(entries[0]).not.toHaveProperty('violation')
  })
})

describe('the shift leader’s countersignature', () => {
  const leader = {
    id: 5,
    roles: ['security-guard'] as const,
    dutyPost: 'gate-2',
    shiftLeader: true,
  }
  const guard = { id: 6, roles: ['security-guard'] as const, dutyPost: 'gate-1' }
  const accepted = (over: Partial<ShiftLogState> = {}): ShiftLogState => ({
    status: 'accepted',
    post: 'gate-1',
    postKind: 'security',
    onDuty: 1,
    signedBy: 1,
    incoming: 2,
    ...over,
  })
  const plan = (log: ShiftLogState, actor: typeof leader | typeof guard) =>
    planShiftLogAction({ action: 'countersign', log, body: { note: '交接清楚' }, actor, now })

  it('should record who countersigned and when', () => {
    expect(plan(accepted(), leader)).toEqual({
      ok: true,
      data: {
        countersignedBy: 5,
        countersignedAt: now.toISOString(),
        countersignNote: '交接清楚',
      },
    })
    expect(plan(accepted({ status: 'reviewed' }), leader).ok).toBe(true)
  })

  it('should refuse a guard who is not a shift leader with 403', () => {
    expect(plan(accepted(), guard)).toMatchObject({ ok: false, status: 403 })
    expect(plan(accepted(), { ...guard, shiftLeader: false } as never)).toMatchObject({
      status: 403,
    })
  })

  it('should refuse before acceptance, twice, on the front desk, or for one’s own handover', () => {
    expect(plan(accepted({ status: 'signed' }), leader)).toMatchObject({ status: 409 })
    expect(plan(accepted({ countersignedBy: 7 }), leader)).toMatchObject({ status: 409 })
    expect(plan(accepted({ post: 'front-desk', postKind: 'front-desk' }), leader)).toMatchObject({
      status: 409,
    })
    expect(plan(accepted({ incoming: 5 }), leader)).toMatchObject({ status: 403 })
    expect(plan(accepted({ signedBy: 5 }), leader)).toMatchObject({ status: 403 })
  })

  it('should offer the countersignature exactly when the planner allows it', () => {
    const offered = (log: ShiftLogState, actor: object) =>
      availableActions(shiftLogWorkflow, log, actor as never)
        .map((a) => a.key)
        .includes('countersign')
    expect(offered(accepted(), leader)).toBe(true)
    expect(offered(accepted(), guard)).toBe(false)
    expect(offered(accepted({ status: 'open' }), leader)).toBe(false)
    expect(offered(accepted({ countersignedBy: 7 }), leader)).toBe(false)
    // An older log without the stored kind: the default front desk is known by its code.
    expect(mayCountersign(accepted({ postKind: null, post: 'front-desk' }), leader)).toBe(false)
    expect(mayCountersign(accepted({ postKind: null, post: 'gate-3' }), leader)).toBe(true)
  })
})

describe('the shift leader designation', () => {
  const guard = { id: 6, roles: ['security-guard'] }
  it('should be set by a user manager only, never by the guard themselves', () => {
    expect(
      accountChangeProblem({ actor: guard, target: guard, data: { shiftLeader: true } }),
    ).toMatchObject({ field: 'shiftLeader' })
    expect(
      accountChangeProblem({
        actor: { id: 1, roles: ['director'] },
        target: guard,
        data: { shiftLeader: true },
      }),
    ).toBeNull()
    // The admin form sends every field: an unset flag sent back as false is no change.
    expect(
      accountChangeProblem({ actor: guard, target: guard, data: { shiftLeader: false } }),
    ).toBeNull()
  })
})
