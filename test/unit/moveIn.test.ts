import { isKeyOverdue, parseKeyLines, planKeyMove } from '@/domain/keys/register'
import type { MoveInRecord, MoveInState } from '@/domain/moveIn/workflow'
import {
  INSPECTION_ITEMS,
  MOVE_IN_STEP_KEYS,
  moveInStatus,
  moveInWorkflow,
} from '@/domain/moveIn/workflow'
import type { Role } from '@/domain/roles'
import { ROLES } from '@/domain/roles'
import { availableActions } from '@/domain/workflow'

const now = new Date('2026-12-02T02:00:00Z')
const actor = (role: Role, id = 7) => ({ id, roles: [role] as Role[] })
const signedStep = { done: true, date: '2026-12-01T02:00:00Z', staff: 3 }
const stateOf = (moveIn: MoveInRecord): MoveInState => ({ status: moveInStatus(moveIn), moveIn })
const plan = (
  action: string,
  body: Record<string, unknown>,
  moveIn: MoveInRecord = {},
  role: Role = 'cs-clerk',
) =>
  moveInWorkflow.plan({
    action,
    state: stateOf(moveIn),
    body,
    actor: actor(role),
    now,
    context: undefined,
  })
const allDone = (keys: Record<string, unknown> = { arrangement: 'handed-over' }): MoveInRecord =>
  Object.fromEntries(
    MOVE_IN_STEP_KEYS.map((step) => [
      step,
      step === 'keys' ? { ...signedStep, ...keys } : signedStep,
    ]),
  )

describe('move-in status (入住手续)', () => {
  it('should be not started, in progress, held in custody, then completed', () => {
    expect(moveInStatus(null)).toBe('not-started')
    expect(moveInStatus({ registrationForm: { done: false } })).toBe('not-started')
    expect(moveInStatus({ registrationForm: signedStep })).toBe('in-progress')
    expect(moveInStatus(allDone({ arrangement: 'custody' }))).toBe('keys-in-custody')
    expect(moveInStatus(allDone())).toBe('completed')
    const noCards = allDone()
    delete noCards.cards
    expect(moveInStatus(noCards)).toBe('in-progress')
  })
})

describe('the move-in steps as actions', () => {
  it('should sign a step with the date and the member of staff, and derive the status', () => {
    const result = plan('register', { identityVerified: 'yes' })
    expect(result).toMatchObject({
      ok: true,
      data: {
        moveIn: {
          status: 'in-progress',
          registrationForm: { done: true, date: now.toISOString(), staff: 7 },
        },
      },
    })
  })

  it('should refuse a role that may not sign (403) and a step signed twice (409)', () => {
    for (const role of [
      'security-guard',
      'engineer',
      'dispatcher',
      'site-captain',
      'admin',
    ] as Role[]) {
      expect(plan('register', { identityVerified: 'yes' }, {}, role)).toMatchObject({
        ok: false,
        status: 403,
      })
    }
    expect(
      plan('register', { identityVerified: 'yes' }, { registrationForm: signedStep }),
    ).toMatchObject({
      ok: false,
      status: 409,
    })
  })

  it('should refuse a defect without a description and a failed item without a defect (400)', () => {
    const items = INSPECTION_ITEMS.map((item, i) => ({ item, ok: i !== 0 }))
    const base = { items, developerRep: '王工', owner: 5, deadline: '2026-12-20T00:00:00Z' }
    expect(plan('inspect', { ...base, defects: [{ description: ' ' }] })).toMatchObject({
      ok: false,
      status: 400,
      field: 'defects',
    })
    expect(plan('inspect', { ...base, defects: '\n  \n' })).toMatchObject({
      status: 400,
      field: 'defects',
    })
    expect(
      plan('inspect', { ...base, defects: '门锁损坏', deadline: '2026-11-01T00:00:00Z' }),
    ).toMatchObject({
      status: 400,
      field: 'deadline',
    })
    const ok = plan('inspect', { ...base, defects: '门锁损坏\n\n墙面空鼓' })
    expect(ok).toMatchObject({
      ok: true,
      extra: {
        defects: { owner: 5, items: [{ description: '门锁损坏' }, { description: '墙面空鼓' }] },
      },
    })
  })

  it('should pass an inspection with every item passed and no defect, with no follow-up', () => {
    const items = INSPECTION_ITEMS.map((item) => ({ item, ok: true }))
    const ok = plan('inspect', { items, developerRep: '王工' })
    expect(ok).toMatchObject({ ok: true, data: { moveIn: { jointInspection: { defects: [] } } } })
    expect(ok.ok && ok.extra).toBeFalsy()
  })

  it('should take keys into custody only after the inspection, and hand them over from custody', () => {
    const body = { keys: '入户门 3', location: '钥匙柜 A-3', reason: '待整改' }
    expect(plan('take-keys-into-custody', body)).toMatchObject({ ok: false, status: 409 })
    const inspected = { jointInspection: signedStep }
    const custody = plan('take-keys-into-custody', body, inspected)
    expect(custody).toMatchObject({
      ok: true,
      data: {
        moveIn: { status: 'keys-in-custody', keys: { arrangement: 'custody', custodyBy: 7 } },
      },
      extra: { custodyKeys: { lines: [{ kind: 'entrance', count: 3 }], location: '钥匙柜 A-3' } },
    })
    const held = allDone({ arrangement: 'custody', custodyKeys: [{ kind: 'entrance', count: 3 }] })
    const handover = plan(
      'hand-over-keys',
      { keys: '入户门 3', recipient: '业主', recipientSigned: 'yes' },
      held,
    )
    expect(handover).toMatchObject({
      ok: true,
      data: {
        moveIn: { status: 'completed', keys: { arrangement: 'handed-over', fromCustody: true } },
      },
    })
    expect(
      plan(
        'hand-over-keys',
        { keys: '入户门 3', recipient: '业主', recipientSigned: 'yes' },
        allDone(),
      ),
    ).toMatchObject({
      ok: false,
      status: 409,
    })
  })

  it('should offer exactly the steps the planner lets the person take', () => {
    const states: MoveInRecord[] = [
      {},
      { registrationForm: signedStep },
      allDone({ arrangement: 'custody' }),
      allDone(),
    ]
    for (const moveIn of states) {
      for (const role of ROLES) {
        const offered = availableActions(moveInWorkflow, stateOf(moveIn), actor(role)).map(
          (a) => a.key,
        )
        for (const a of moveInWorkflow.actions) {
          const result = plan(a.key, {}, moveIn, role)
          const refusedPerson = !result.ok && (result.status === 403 || result.status === 409)
          // Offered ⇔ not refused for the person or the state (input may still be wanting: 400).
          if (a.key === 'take-keys-into-custody' && !moveIn.jointInspection) continue
          expect({ role, key: a.key, offered: offered.includes(a.key) }).toEqual({
            role,
            key: a.key,
            offered: !refusedPerson,
          })
        }
      }
    }
  })
})

describe('key lists and loans (钥匙)', () => {
  it('should read a key list line by line, refusing what it cannot read', () => {
    expect(parseKeyLines('入户门 3\nmailbox 1\n门禁卡×2张')).toEqual({
      ok: true,
      lines: [
        { kind: 'entrance', count: 3 },
        { kind: 'mailbox', count: 1 },
        { kind: 'access-card', count: 2 },
      ],
    })
    expect(parseKeyLines('')).toMatchObject({ ok: false })
    expect(parseKeyLines('魔法门 3')).toMatchObject({ ok: false })
    expect(parseKeyLines('入户门 0')).toMatchObject({ ok: false })
  })

  const at = '2026-12-02T02:00:00.000Z'
  const due = '2026-12-02T04:00:00.000Z'

  it('should lend a key in the office once, to someone, due back after the loan', () => {
    const inOffice = { id: 1, status: 'in-office' }
    expect(planKeyMove(inOffice, { move: 'lend', holder: '张师傅', at, dueBack: due })).toEqual({
      ok: true,
      data: { status: 'lent', holder: '张师傅', lentAt: at, dueBack: due },
    })
    expect(
      planKeyMove(
        { ...inOffice, status: 'lent' },
        { move: 'lend', holder: '乙', at, dueBack: due },
      ),
    ).toMatchObject({
      ok: false,
      status: 409,
    })
    expect(planKeyMove(inOffice, { move: 'lend', holder: ' ', at, dueBack: due })).toMatchObject({
      status: 400,
      field: 'name',
    })
    expect(planKeyMove(inOffice, { move: 'lend', holder: '甲', at, dueBack: at })).toMatchObject({
      status: 400,
      field: 'dueBack',
    })
    expect(
      planKeyMove(
        { ...inOffice, status: 'handed-over' },
        { move: 'lend', holder: '甲', at, dueBack: due },
      ),
    ).toMatchObject({
      status: 409,
    })
  })

  it('should return only a lent key, clearing its holder', () => {
    expect(planKeyMove({ id: 1, status: 'in-office' }, { move: 'return', at })).toMatchObject({
      ok: false,
      status: 409,
    })
    expect(
      planKeyMove({ id: 1, status: 'lent', holder: '甲' }, { move: 'return', at }),
    ).toMatchObject({
      ok: true,
      data: { status: 'in-office', holder: null, dueBack: null },
    })
  })

  it('should call a lent key overdue only past its due time', () => {
    const lent = { id: 1, status: 'lent', dueBack: due }
    expect(isKeyOverdue(lent, new Date('2026-12-02T03:59:00Z'))).toBe(false)
    expect(isKeyOverdue(lent, new Date('2026-12-02T04:01:00Z'))).toBe(true)
    expect(isKeyOverdue({ ...lent, status: 'in-office' }, new Date('2026-12-03T00:00:00Z'))).toBe(
      false,
    )
  })
})
