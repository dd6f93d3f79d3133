import type { Role } from '../roles'
import { MANAGER_ROLES, ROLES, SUPERVISOR_ROLES } from '../roles'
import type { Workflow } from '../workflow'

import type { ViolationState } from './actions'
import { planViolationAction, responsibleRole } from './actions'
import { outstanding } from './amounts'
import { MEASURES, VIOLATION_KINDS, isDecision } from './ladder'

/** A violation's status follows from its record (`deriveViolationStatus`): nobody sets it. */
export const VIOLATION_STATUSES = {
  open: { zh: '处理中', en: 'Open' },
  rectifying: { zh: '限期整改中', en: 'Rectifying' },
  'pending-approval': { zh: '处理决定审批中', en: 'Decision in approval' },
  decided: { zh: '处理决定已生效', en: 'Decision in effect' },
  resolved: { zh: '已结案', en: 'Resolved' },
} as const

const NOT_RESOLVED = ['open', 'rectifying', 'pending-approval', 'decided'] as const
const STAFF: readonly Role[] = ROLES
const CONFIRMERS = SUPERVISOR_ROLES

/**
 * 违章处理: measures on the ladder (persuasion, a talk, a reminder, a rectification order),
 * confirming a rectification, collecting money, closing the case. Handling decisions are not
 * actions here: they pass the approval chain and take effect when the director signs.
 */
export const violationWorkflow: Workflow<ViolationState> = {
  collection: 'violations',
  label: { zh: '违章', en: 'Violation' },
  statuses: VIOLATION_STATUSES,
  actions: [
    {
      key: 'record-measure',
      label: { zh: '记录措施', en: 'Record a measure' },
      roles: STAFF,
      from: NOT_RESOLVED,
      inputs: (state) => [
        {
          name: 'measure',
          type: 'select',
          required: true,
          label: { zh: '措施', en: 'Measure' },
          options: Object.entries(MEASURES)
            .filter(([value]) => !isDecision(value as keyof typeof MEASURES))
            .map(([value, l]) => ({ value, label: { zh: l.zh, en: l.en } })),
        },
        { name: 'outcome', type: 'textarea', required: true, label: { zh: '结果', en: 'Outcome' } },
        {
          name: 'skipReason',
          type: 'text',
          label: { zh: '越级理由', en: 'Why a rung is skipped' },
          help: {
            zh: `违章类别：${VIOLATION_KINDS[state.kind]?.zh ?? state.kind}；越过阶梯须说明理由`,
            en: `Kind: ${VIOLATION_KINDS[state.kind]?.en ?? state.kind}; skipping a rung needs a reason`,
          },
        },
        { name: 'deadline', type: 'datetime', label: { zh: '整改期限', en: 'Deadline' } },
        { name: 'takenAt', type: 'datetime', label: { zh: '时间', en: 'When' } },
      ],
      tone: 'primary',
    },
    {
      key: 'rectified',
      label: { zh: '确认整改完成', en: 'Rectified' },
      roles: CONFIRMERS,
      from: NOT_RESOLVED,
      allowed: (state, actor) =>
        actor.roles.some((r) => CONFIRMERS.includes(r)) &&
        state.measures.some((m) => m.measure === 'rectification' && !m.rectifiedAt),
      inputs: [
        {
          name: 'outcome',
          type: 'textarea',
          required: true,
          label: { zh: '整改结果', en: 'What was done' },
        },
      ],
    },
    {
      key: 'record-payment',
      label: { zh: '登记收款', en: 'Record a payment' },
      roles: ['site-captain'],
      from: [],
      allowed: (state, actor) =>
        actor.roles.includes('site-captain') && outstanding(state.amountDue, state.payments) > 0,
      inputs: [
        {
          name: 'amount',
          type: 'money',
          required: true,
          label: { zh: '金额（元）', en: 'Amount (CNY)' },
        },
        {
          name: 'receiptNo',
          type: 'text',
          required: true,
          label: { zh: '收据号', en: 'Receipt no.' },
        },
        { name: 'paidAt', type: 'datetime', label: { zh: '收款日期', en: 'Paid on' } },
      ],
    },
    {
      key: 'resolve',
      label: { zh: '结案', en: 'Resolve' },
      roles: MANAGER_ROLES,
      from: NOT_RESOLVED,
      allowed: (state, actor) =>
        actor.roles.some((r) =>
          [responsibleRole(state.severity), 'property-manager', 'director'].includes(r),
        ),
      inputs: [
        {
          name: 'resolution',
          type: 'textarea',
          required: true,
          label: { zh: '处理结果', en: 'How it ended' },
        },
      ],
      confirm: { zh: '确认结案？', en: 'Close the case?' },
    },
  ],
  plan: ({ action, state, body, actor, now }) =>
    planViolationAction({ action, violation: state, body, actor, now }),
}
