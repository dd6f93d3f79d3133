import type { FollowUpState } from '@/domain/followUps/workflow'
import { followUpWorkflow, isOverdue, mayConfirm } from '@/domain/followUps/workflow'
import type { Actor } from '@/domain/workflow'
import { availableActions } from '@/domain/workflow'

const now = new Date('2026-12-01T08:00:00Z')
const clerk: Actor = { id: 1, roles: ['cs-clerk'] }
const engineer: Actor = { id: 2, roles: ['engineer'] }
const manager: Actor = { id: 3, roles: ['site-manager'] }
const guard: Actor = { id: 4, roles: ['security-guard'] }
const open: FollowUpState = {
  status: 'open',
  owner: 2,
  raisedBy: 1,
  deadline: '2026-12-05T08:00:00.000Z',
}

const plan = (
  action: string,
  actor: Actor,
  body: Record<string, unknown> = {},
  state: FollowUpState = open,
) => followUpWorkflow.plan({ action, state, body, actor, now, context: undefined })

describe('a follow-up’s overdue state', () => {
  it('should be overdue when open and past its deadline', () => {
    expect(isOverdue({ status: 'open', deadline: '2026-12-01T07:59:59.000Z' }, now)).toBe(true)
  })

  it('should not be overdue before its deadline or once done', () => {
    expect(isOverdue({ status: 'open', deadline: '2026-12-01T08:00:01.000Z' }, now)).toBe(false)
    expect(isOverdue({ status: 'done', deadline: '2026-11-01T00:00:00.000Z' }, now)).toBe(false)
    expect(isOverdue({ status: 'open', deadline: null }, now)).toBe(false)
  })
})

describe('completing a follow-up', () => {
  it('should record the note, who confirmed it and when, when the raiser confirms', () => {
    expect(plan('complete', clerk, { note: ' 已更换门禁 ' })).toEqual({
      ok: true,
      data: {
        status: 'done',
        doneNote: '已更换门禁',
        confirmedBy: 1,
        doneAt: now.toISOString(),
      },
    })
  })

  it('should let a manager confirm a follow-up someone else raised', () => {
    expect(plan('complete', manager, { note: 'done' }).ok).toBe(true)
  })

  it('should refuse the owner confirming their own follow-up', () => {
    expect(plan('complete', engineer, { note: 'done' })).toMatchObject({ ok: false, status: 403 })
  })

  it('should refuse the owner who raised it for themselves, unless a manager', () => {
    const self = { ...open, owner: 1, raisedBy: 1 }
    expect(plan('complete', clerk, { note: 'x' }, self)).toMatchObject({ ok: false, status: 403 })
    const managerSelf = { ...open, owner: 3, raisedBy: 3 }
    expect(plan('complete', manager, { note: 'x' }, managerSelf).ok).toBe(true)
  })

  it('should refuse a bystander', () => {
    expect(plan('complete', guard, { note: 'x' })).toMatchObject({ ok: false, status: 403 })
  })

  it('should refuse without a note, naming `note`', () => {
    expect(plan('complete', clerk, { note: '  ' })).toMatchObject({
      ok: false,
      status: 400,
      field: 'note',
    })
  })

  it('should refuse a follow-up already done with 409', () => {
    expect(plan('complete', manager, { note: 'x' }, { ...open, status: 'done' })).toMatchObject({
      ok: false,
      status: 409,
    })
  })
})

describe('reassigning a follow-up', () => {
  it('should give a new owner and a future deadline, with the reason, and re-arm escalation', () => {
    expect(
      plan('reassign', manager, {
        owner: '7',
        deadline: '2026-12-10T08:00:00Z',
        reason: '原负责人休假',
      }),
    ).toEqual({
      ok: true,
      data: {
        owner: 7,
        deadline: '2026-12-10T08:00:00.000Z',
        reassignReason: '原负责人休假',
        escalatedAt: null,
      },
      extra: { newOwner: 7 },
    })
  })

  it('should refuse anyone but a manager', () => {
    expect(
      plan('reassign', clerk, { deadline: '2026-12-10T08:00:00Z', reason: 'x' }),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('should refuse a deadline in the past, naming `deadline`', () => {
    expect(
      plan('reassign', manager, { deadline: '2026-11-30T08:00:00Z', reason: 'x' }),
    ).toMatchObject({ ok: false, status: 400, field: 'deadline' })
  })

  it('should refuse without a reason, naming `reason`', () => {
    expect(plan('reassign', manager, { deadline: '2026-12-10T08:00:00Z' })).toMatchObject({
      ok: false,
      status: 400,
      field: 'reason',
    })
  })

  it('should refuse a change that changes nothing, naming `owner`', () => {
    expect(plan('reassign', manager, { owner: 2, reason: 'x' })).toMatchObject({
      ok: false,
      status: 400,
      field: 'owner',
    })
  })
})

describe('the actions offered', () => {
  it('should offer the raiser `complete` and a manager both, and the owner nothing', () => {
    const keys = (actor: Actor) => availableActions(followUpWorkflow, open, actor).map((a) => a.key)
    expect(keys(clerk)).toEqual(['complete'])
    expect(keys(manager)).toEqual(['complete', 'reassign'])
    expect(keys(engineer)).toEqual([])
    expect(availableActions(followUpWorkflow, { ...open, status: 'done' }, manager)).toEqual([])
  })

  it('should agree with the planner on who may confirm', () => {
    expect(mayConfirm(open, clerk)).toBe(true)
    expect(mayConfirm(open, engineer)).toBe(false)
  })

  it('should refuse an unknown action, naming `action`', () => {
    expect(plan('delete', manager)).toMatchObject({ ok: false, status: 400, field: 'action' })
  })
})
