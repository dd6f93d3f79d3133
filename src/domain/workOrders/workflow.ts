import type { Role } from '../roles'
import type { Actor, Workflow } from '../workflow'

import type { WorkOrderState } from './actions'
import { DISPATCHERS, QUOTE_DESK, planWorkOrderAction } from './actions'
import { MANAGER_ROLES } from '../roles'
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
const isAssigned = (state: WorkOrderState, actor: Actor) =>
  state.engineer !== null &&
  state.engineer !== undefined &&
  String(state.engineer) === String(actor.id)
const assignedOrDispatcher = (state: WorkOrderState, actor: Actor) =>
  actor.roles.some((r) => DISPATCHERS.includes(r)) || isAssigned(state, actor)

/** The resident's signature on the visit's outcome, or why they could not sign. */
const residentSignInputs = [
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
] as const

/** What the planner needs beyond the order: whether a paid service is paid before dispatch. */
export type WorkOrderContext = { paymentBeforeDispatch: boolean }

/**
 * 维修工作单: registered → dispatched (engineering signs for it) → on site → completed, or pending a
 * revisit (returned to customer service, then dispatched again). A paid job's quote is accepted
 * before work starts; the engineer records the visit; `planWorkOrderAction` checks each step.
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
      key: 'receive',
      label: { zh: '工程部签收', en: 'Engineering signs for it' },
      roles: ENGINEERS,
      from: ['dispatched'],
      allowed: isAssigned,
      tone: 'primary',
    },
    {
      key: 'accept-quote',
      label: { zh: '住户确认报价', en: 'Resident accepts the quote' },
      roles: QUOTE_DESK,
      from: ['registered', 'dispatched'],
      inputs: [
        {
          name: 'acceptedBy',
          type: 'text',
          required: true,
          label: { zh: '确认报价的住户', en: 'Accepted by (resident)' },
        },
      ],
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
      key: 'price-on-site',
      label: { zh: '现场定价', en: 'Price agreed on site' },
      roles: ENGINEERS,
      from: ['on-site'],
      allowed: isAssigned,
      inputs: [
        {
          name: 'description',
          type: 'text',
          required: true,
          label: { zh: '项目（价目表外）', en: 'Item (not on the price list)' },
        },
        { name: 'quantity', type: 'number', required: true, label: { zh: '数量', en: 'Quantity' } },
        {
          name: 'unitPrice',
          type: 'money',
          required: true,
          label: { zh: '商定单价（元）', en: 'Agreed unit price (yuan)' },
        },
        {
          name: 'agreedBy',
          type: 'text',
          required: true,
          label: { zh: '同意价格的住户（签名）', en: 'Resident who agreed (signed)' },
        },
      ],
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
        ...residentSignInputs,
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
        ...residentSignInputs,
      ],
    },
    {
      key: 'return-to-service',
      label: { zh: '退回客服', en: 'Return to customer service' },
      roles: [...ENGINEERS, ...MANAGER_ROLES],
      from: ['pending-revisit'],
      allowed: (state, actor) =>
        isAssigned(state, actor) || actor.roles.some((r) => MANAGER_ROLES.includes(r)),
      tone: 'primary',
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
