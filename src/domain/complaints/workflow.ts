import type { Role } from '../roles'
import { MANAGER_ROLES } from '../roles'
import type { ActionInput, Workflow } from '../workflow'

import type { ComplaintState } from './actions'
import { COMPLAINT_VERIFIERS, maySignOff, planComplaintAction } from './actions'
import { DEPARTMENTS } from './categories'
import { COMPLAINT_VERDICTS } from './verdicts'
import type { LoopContext } from './loop'
import { LOOP_ACTIONS, isLoopAction, needsWrittenReply, planLoopAction } from './loop'
import { REVIEW_ACTION, planReview } from './review'
import { ACTIONS, OPEN_COMPLAINT_STATUSES, STATUS_LABELS } from './statusMachine'

export { OPEN_COMPLAINT_STATUSES }

/** Who may be a complaint's handler: staff who work on complaints (never a guard or an engineer). */
export const COMPLAINT_HANDLER_ROLES: readonly Role[] = [
  'cs-clerk',
  'dispatcher',
  'site-captain',
  ...MANAGER_ROLES,
  'document-controller',
  'admin',
]

const isHandler = (state: ComplaintState, actorId: number | string) =>
  state.handler !== null && state.handler !== undefined && String(state.handler) === String(actorId)

const byRoles = (roles: readonly Role[], actorRoles: readonly Role[]) =>
  actorRoles.some((r) => roles.includes(r))

/** The resolver's verdict: only 属实 complaints are valid complaints (有效投诉). */
const verdictInputs: ActionInput[] = [
  {
    name: 'verdict',
    type: 'select',
    required: true,
    label: { zh: '核实结论', en: 'Verdict' },
    options: Object.entries(COMPLAINT_VERDICTS).map(([value, label]) => ({ value, label })),
  },
  { name: 'verdictNote', type: 'textarea', required: true, label: { zh: '结论说明', en: 'Note' } },
]

const dispatchInputs = (state: ComplaintState): ActionInput[] => [
  {
    name: 'department',
    type: 'select',
    required: true,
    label: { zh: '责任部门', en: 'Department' },
    options: Object.entries(DEPARTMENTS).map(([value, label]) => ({ value, label })),
    defaultValue: 'customer-service',
  },
  {
    name: 'handler',
    type: 'user',
    required: true,
    label: { zh: '处理人', en: 'Handler' },
    userRoles: COMPLAINT_HANDLER_ROLES.filter((r) => r !== 'admin'),
  },
  // 限期: a date, or the hours allowed (counted on the office calendar, working hours by default).
  { name: 'deadline', type: 'datetime', label: { zh: '处理期限', en: 'Deadline' } },
  {
    name: 'deadlineHours',
    type: 'number',
    label: { zh: '或：处理时限（小时）', en: 'Or: hours allowed' },
  },
  ...(state.severity === 'major'
    ? [
        {
          name: 'replyPromisedAt',
          type: 'datetime' as const,
          label: { zh: '承诺答复时间', en: 'Reply promised by' },
        },
      ]
    : []),
]

/**
 * 投诉处理流程: registered → dispatched → in progress → resolved (销项: the department head signs)
 * → return visit completed (回访完成) → closed (已归档); an unsolved visit reopens it. The edges and roles are `ACTIONS` in
 * `statusMachine.ts`; `planComplaintAction` checks the inputs.
 */
export const complaintWorkflow: Workflow<ComplaintState, LoopContext> = {
  collection: 'complaints',
  label: { zh: '投诉', en: 'Complaint' },
  statuses: STATUS_LABELS,
  actions: [
    {
      key: 'dispatch',
      label: { zh: '派单', en: 'Dispatch' },
      roles: ACTIONS.dispatch.roles,
      from: ACTIONS.dispatch.from,
      inputs: dispatchInputs,
      tone: 'primary',
    },
    {
      key: 'verify',
      label: { zh: '已核实', en: 'Verified' },
      roles: COMPLAINT_VERIFIERS,
      from: OPEN_COMPLAINT_STATUSES,
      allowed: (state, actor) =>
        !state.verifiedAt &&
        (byRoles(COMPLAINT_VERIFIERS, actor.roles) || isHandler(state, actor.id)),
    },
    {
      key: 'start',
      label: { zh: '开始处理', en: 'Start' },
      roles: ACTIONS.start.roles,
      from: ACTIONS.start.from,
      allowed: (state, actor) =>
        byRoles(ACTIONS.start.roles, actor.roles) || isHandler(state, actor.id),
      tone: 'primary',
    },
    {
      key: 'resolve',
      label: { zh: '销项（部门负责人签认）', en: 'Write off (the head signs)' },
      roles: ACTIONS.resolve.roles,
      from: ACTIONS.resolve.from,
      allowed: maySignOff,
      inputs: (state) => [
        {
          name: 'result',
          type: 'textarea',
          required: true,
          label: { zh: '处理结果', en: 'Result' },
        },
        ...verdictInputs,
        ...(needsWrittenReply(state.channel)
          ? [
              {
                name: 'writtenReply',
                type: 'textarea' as const,
                required: true,
                label: { zh: '书面答复', en: 'Written reply' },
              },
            ]
          : []),
      ],
      tone: 'primary',
    },
    {
      key: 'close',
      label: { zh: '归档', en: 'File' },
      roles: ACTIONS.close.roles,
      from: ['return-visit', 'resolved'],
      // An unvisited complaint whose visit was not sampled may close straight from `resolved`;
      // one whose visit was closed as unreachable, with a manager's sign-off and a reason.
      allowed: (state, actor) =>
        (byRoles(ACTIONS.close.roles, actor.roles) &&
          (state.status === 'return-visit' || state.returnVisitRequired === false)) ||
        (state.status === 'resolved' &&
          state.returnVisitRequired !== false &&
          state.visitUnreachable === true &&
          byRoles(MANAGER_ROLES, actor.roles)),
      inputs: (state) =>
        state.status === 'resolved' &&
        state.returnVisitRequired !== false &&
        state.visitUnreachable === true
          ? [
              {
                name: 'reason',
                type: 'textarea' as const,
                required: true,
                label: { zh: '归档理由（回访无法联系）', en: 'Why filed without a visit' },
              },
            ]
          : [],
      confirm: { zh: '确认归档？', en: 'File this complaint?' },
    },
    {
      key: 'severity',
      label: { zh: '调整严重程度', en: 'Change severity' },
      roles: MANAGER_ROLES,
      from: [...OPEN_COMPLAINT_STATUSES, 'resolved', 'return-visit'],
      inputs: [
        {
          name: 'severity',
          type: 'select',
          required: true,
          label: { zh: '严重程度', en: 'Severity' },
          options: [
            { value: 'major', label: { zh: '重大', en: 'Major' } },
            { value: 'general', label: { zh: '一般', en: 'General' } },
          ],
        },
        { name: 'reason', type: 'text', required: true, label: { zh: '理由', en: 'Reason' } },
      ],
    },
    // 五清楚 and referral to the office head (`loop.ts`).
    ...LOOP_ACTIONS,
    // 检讨 of a serious complaint (`review.ts`).
    REVIEW_ACTION,
  ],
  plan: ({ action, state, body, actor, now, context }) =>
    action === REVIEW_ACTION.key
      ? planReview({ state, body, actor, now })
      : isLoopAction(action)
        ? planLoopAction({ action, state, body, actor, now, context })
        : planComplaintAction({ action, complaint: state, body, actor, now }),
}
