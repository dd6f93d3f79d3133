import { complaintWorkflow } from '@/domain/complaints/workflow'
import type { ComplaintState } from '@/domain/complaints/actions'
import { documentWorkflow } from '@/domain/documents/workflow'
import { loanWorkflow } from '@/domain/documents/loanWorkflow'
import { meetingWorkflow } from '@/domain/meetings'
import { passWorkflow } from '@/domain/registers/passWorkflow'
import { DEFAULT_RENOVATION_RULES } from '@/domain/renovation/hours'
import type { RenovationState } from '@/domain/renovation/workflow'
import { renovationWorkflow } from '@/domain/renovation/workflow'
import type { Role } from '@/domain/roles'
import { ROLES } from '@/domain/roles'
import type { ShiftLogState } from '@/domain/shiftLogs/actions'
import { shiftLogWorkflow } from '@/domain/shiftLogs/workflow'
import { suggestionWorkflow } from '@/domain/suggestions/workflow'
import type { ViolationState } from '@/domain/violations/actions'
import { violationWorkflow } from '@/domain/violations/workflow'
import type { WorkOrderState } from '@/domain/workOrders/actions'
import { workOrderWorkflow } from '@/domain/workOrders/workflow'
import type { Actor, Workflow } from '@/domain/workflow'
import { availableActions, mayTake } from '@/domain/workflow'

const now = new Date('2026-12-01T08:00:00Z')
const actorWith = (role: Role, id = 7, dutyPost: string | null = 'gate-1'): Actor => ({
  id,
  roles: [role],
  dutyPost,
})

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyWorkflow = Workflow<any, any, any>

/** One case per status of each workflow, as its planner sees it. */
const cases: Array<{
  name: string
  workflow: AnyWorkflow
  state: (status: string) => object
  context: object
}> = [
  {
    name: 'complaints',
    workflow: complaintWorkflow,
    state: (status): ComplaintState => ({
      status: status as ComplaintState['status'],
      channel: 'phone',
      handler: 99,
      verifiedAt: null,
      severity: 'general',
      returnVisitRequired: true,
    }),
    context: {},
  },
  {
    name: 'work orders',
    workflow: workOrderWorkflow,
    state: (status): WorkOrderState => ({
      status: status as WorkOrderState['status'],
      engineer: 99,
      dispatchedAt: '2026-12-01T07:00:00Z',
      arrivedAt: '2026-12-01T07:30:00Z',
    }),
    context: { paymentBeforeDispatch: false },
  },
  {
    name: 'shift logs',
    workflow: shiftLogWorkflow,
    state: (status): ShiftLogState => ({
      status: status as ShiftLogState['status'],
      post: 'gate-1',
      onDuty: 99,
      signedBy: 99,
      entries: [],
      equipment: [],
    }),
    context: {},
  },
  {
    name: 'violations',
    workflow: violationWorkflow,
    state: (status): ViolationState => ({
      kind: 'civility',
      severity: 'general',
      status,
      measures: [],
      amountDue: 0,
      payments: [],
    }),
    context: {},
  },
  {
    name: 'documents',
    workflow: documentWorkflow,
    state: (status) => ({ status, requiresAcknowledgement: true, versionLabel: 'A/0' }),
    context: { acknowledgedVersions: [] },
  },
  {
    name: 'loans',
    workflow: loanWorkflow,
    state: (status) => ({ status }),
    context: {},
  },
  {
    name: 'meetings',
    workflow: meetingWorkflow,
    state: (status) => ({ status, chair: 99, decisions: [], minutes: '纪要' }),
    context: {},
  },
  {
    name: 'worker passes',
    workflow: passWorkflow,
    state: (status) => ({ status }),
    context: {},
  },
  {
    name: 'suggestions',
    workflow: suggestionWorkflow,
    state: (status) => ({ status }),
    context: {},
  },
  {
    name: 'renovations',
    workflow: renovationWorkflow,
    state: (status): RenovationState => ({
      status,
      startDate: '2026-11-20T04:00:00.000Z',
      endDate: '2026-12-20T04:00:00.000Z',
      workers: [{ id: 'w1', name: '赵师傅' }],
      agreementSignedAt: '2026-11-19T04:00:00.000Z',
      deposit: { status: 'held', amount: 2000, receivedAt: '2026-11-19T04:00:00.000Z' },
      inspections: [],
    }),
    context: { rules: DEFAULT_RENOVATION_RULES, timeZone: 'Asia/Shanghai' },
  },
  {
    name: 'complaints, serious (the review)',
    workflow: complaintWorkflow,
    state: (status): ComplaintState => ({
      status: status as ComplaintState['status'],
      channel: 'phone',
      handler: 99,
      severity: 'major',
      verdict: 'substantiated',
      department: 'engineering',
      signOff: { department: 'engineering', head: 7, above: [] },
      returnVisitRequired: true,
    }),
    context: {},
  },
]

describe.each(cases)('the $name workflow', ({ workflow, state, context }) => {
  it('should take every action only from statuses it declares', () => {
    const statuses = Object.keys(workflow.statuses)
    for (const action of workflow.actions) {
      for (const from of action.from) expect(statuses).toContain(from)
    }
  })

  it('should give every status and action a Chinese and an English label', () => {
    for (const label of [
      ...Object.values(workflow.statuses),
      ...workflow.actions.map((a) => a.label),
    ]) {
      expect(label.zh).toMatch(/\S/)
      expect(label.en).toMatch(/\S/)
    }
  })

  it('should refuse an unknown action with 400 naming the field action', () => {
    const plan = workflow.plan({
      action: 'no-such-action',
      state: state(Object.keys(workflow.statuses)[0]),
      body: {},
      actor: { id: 1, roles: ROLES, dutyPost: 'gate-1' },
      now,
      context,
    })
    expect(plan).toMatchObject({ ok: false, status: 400, field: 'action' })
  })

  it('should never offer an action its planner refuses for want of the right role', () => {
    for (const status of Object.keys(workflow.statuses)) {
      for (const role of ROLES) {
        const actor = actorWith(role)
        const offered = availableActions(workflow, state(status), actor).map((a) => a.key)
        for (const key of offered) {
          const plan = workflow.plan({
            action: key,
            state: state(status),
            body: {},
            actor,
            now,
            context,
          })
          // Offered means allowed: the planner may still want input (400), never refuse the person.
          if (!plan.ok)
            expect({ status, role, key, refusal: plan.status }).not.toMatchObject({ refusal: 403 })
        }
      }
    }
  })

  it('should not offer an action to a role the planner refuses', () => {
    for (const status of Object.keys(workflow.statuses)) {
      for (const role of ROLES) {
        const actor = actorWith(role)
        for (const action of workflow.actions) {
          const plan = workflow.plan({
            action: action.key,
            state: state(status),
            body: {},
            actor,
            now,
            context,
          })
          if (!plan.ok && plan.status === 403) {
            expect({
              status,
              role,
              key: action.key,
              offered: mayTake(action, state(status), actor),
            }).toMatchObject({
              offered: false,
            })
          }
        }
      }
    }
  })
})

describe('availableActions', () => {
  it('should offer a complaint’s handler start, though their role alone would not', () => {
    const state: ComplaintState = {
      status: 'dispatched',
      channel: 'phone',
      handler: 5,
      severity: 'general',
    }
    expect(
      availableActions(complaintWorkflow, state, actorWith('cs-clerk', 5)).map((a) => a.key),
    ).toContain('start')
    expect(
      availableActions(complaintWorkflow, state, actorWith('cs-clerk', 6)).map((a) => a.key),
    ).not.toContain('start')
  })

  it('should ask for a written reply only when the complaint came by letter', () => {
    const base: ComplaintState = { status: 'in-progress', channel: 'phone', severity: 'general' }
    const inputsOf = (state: ComplaintState) =>
      availableActions(complaintWorkflow, state, actorWith('site-manager'))
        .find((a) => a.key === 'resolve')!
        .inputs.map((i) => i.name)
    expect(inputsOf(base)).toEqual(['result', 'verdict', 'verdictNote'])
    expect(inputsOf({ ...base, channel: 'letter' })).toEqual([
      'result',
      'verdict',
      'verdictNote',
      'writtenReply',
    ])
  })

  it('should offer collecting money only while something approved is outstanding', () => {
    const base: ViolationState = {
      kind: 'civility',
      severity: 'general',
      status: 'decided',
      measures: [],
      amountDue: 100,
      payments: [{ amount: 40 }],
    }
    const captain = actorWith('site-captain')
    expect(availableActions(violationWorkflow, base, captain).map((a) => a.key)).toContain(
      'record-payment',
    )
    expect(
      availableActions(violationWorkflow, { ...base, payments: [{ amount: 100 }] }, captain).map(
        (a) => a.key,
      ),
    ).not.toContain('record-payment')
  })

  it('should list the equipment to check at handover, item by item', () => {
    const log: ShiftLogState = {
      status: 'signed',
      post: 'gate-1',
      onDuty: 1,
      signedBy: 1,
      equipment: [{ item: '对讲机' }, { item: '钥匙' }],
    }
    const accept = availableActions(shiftLogWorkflow, log, actorWith('security-guard', 2)).find(
      (a) => a.key === 'accept',
    )!
    expect(accept.inputs[0]).toMatchObject({ name: 'equipment', type: 'checklist' })
    expect(accept.inputs[0].options!.map((o) => o.value)).toEqual(['对讲机', '钥匙'])
    // The one who signed does not accept their own handover; a guard of another post sees nothing.
    expect(availableActions(shiftLogWorkflow, log, actorWith('security-guard', 1))).toEqual([])
    expect(
      availableActions(shiftLogWorkflow, log, actorWith('security-guard', 2, 'gate-2')),
    ).toEqual([])
  })
})
