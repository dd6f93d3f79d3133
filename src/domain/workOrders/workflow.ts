import type { Role } from '../roles'
import type { Actor, Workflow } from '../workflow'

import type { WorkOrderState } from './actions'
import { DISPATCHERS, planWorkOrderAction } from './actions'
import { WORK_ORDER_STATUSES } from './rules'

/** Work orders still to be done: not yet completed. */
export const OPEN_WORK_ORDER_STATUSES = [
  'registered',
  'dispatched',
  'on-site',
  'pending-revisit',
] as const

const ENGINEERS: readonly Role[] = ['engineer']

/** The engineer it is assigned to, or a dispatcher. */
const assignedOrDispatcher = (state: WorkOrderState, actor: Actor) =>
  actor.roles.some((r) => DISPATCHERS.includes(r)) ||
  (state.engineer !== null &&
    state.engineer !== undefined &&
    String(state.engineer) === String(actor.id))

/** What the planner needs beyond the order: whether a paid service is paid before dispatch. */
export type WorkOrderContext = { paymentBeforeDispatch: boolean }

/**
 * 维修工作单: registered → dispatched → on site → completed, or pending a revisit (then dispatched
 * again). The engineer records the visit; `planWorkOrderAction` checks the times and sign-off.
 */
export const workOrderWorkflow: Workflow<WorkOrderState, WorkOrderContext> = {
  collection: 'work-orders',
  label: { zh: '维修工作单', en: 'Work order' },
  statuses: WORK_ORDER_STATUSES,
  actions: [
    {
      key: 'dispatch',
      label: { zh: '派工', en: 'Dispatch' },
      roles: DISPATCHERS,
      from: ['registered', 'pending-revisit'],
      inputs: [
        {
          name: 'engineer',
          type: 'user',
          required: true,
          label: { zh: '维修员', en: 'Engineer' },
          userRoles: ENGINEERS,
        },
      ],
      tone: 'primary',
    },
    {
      key: 'arrive',
      label: { zh: '到场', en: 'Arrived' },
      roles: [...DISPATCHERS, ...ENGINEERS],
      from: ['dispatched'],
      allowed: assignedOrDispatcher,
      inputs: [{ name: 'at', type: 'datetime', label: { zh: '到场时间', en: 'Arrived at' } }],
      tone: 'primary',
    },
    {
      key: 'finish',
      label: { zh: '完工', en: 'Finish' },
      roles: [...DISPATCHERS, ...ENGINEERS],
      from: ['on-site'],
      allowed: assignedOrDispatcher,
      inputs: [
        {
          name: 'result',
          type: 'textarea',
          required: true,
          label: { zh: '维修结果', en: 'Result' },
        },
        {
          name: 'residentSignoffName',
          type: 'text',
          label: { zh: '住户签名（姓名）', en: 'Resident’s name (signed)' },
        },
        {
          name: 'noSignoffReason',
          type: 'text',
          label: { zh: '无法签名的原因', en: 'Why the resident could not sign' },
        },
        { name: 'at', type: 'datetime', label: { zh: '完工时间', en: 'Finished at' } },
      ],
      tone: 'primary',
    },
    {
      key: 'not-finished',
      label: { zh: '登记未完成', en: 'Not finished' },
      roles: [...DISPATCHERS, ...ENGINEERS],
      from: ['on-site'],
      allowed: assignedOrDispatcher,
      inputs: [
        { name: 'reason', type: 'text', required: true, label: { zh: '原因', en: 'Reason' } },
        {
          name: 'madeSafe',
          type: 'text',
          required: true,
          label: { zh: '安全处置', en: 'Made safe' },
        },
        {
          name: 'nextAppointment',
          type: 'datetime',
          required: true,
          label: { zh: '下次上门', en: 'Next appointment' },
        },
      ],
    },
  ],
  plan: ({ action, state, body, actor, now, context }) =>
    planWorkOrderAction({
      action,
      order: state,
      body,
      actor,
      now,
      paymentBeforeDispatch: context.paymentBeforeDispatch,
    }),
}
