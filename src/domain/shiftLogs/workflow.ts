import type { Role } from '../roles'
import type { ActionInput, Actor, Workflow } from '../workflow'

import type { ShiftLogState } from './actions'
import {
  COUNTERSIGN_STATUSES,
  REVIEWER_ROLES,
  SHIFT_LOG_STATUSES,
  WRITABLE_STATUSES,
  mayCountersign,
  planShiftLogAction,
  same,
  worksPost,
} from './actions'
import type { OpenItem } from './entries'
import { ENTRY_KINDS } from './entries'

/** Everyone who may work a post: guards, the front desk, managers (and the administrator). */
const POST_ROLES: readonly Role[] = ['security-guard', 'cs-clerk', ...REVIEWER_ROLES, 'admin']

const onPost = (state: ShiftLogState, actor: Actor) => worksPost(actor, state.post)

const equipmentInput =
  (label: ActionInput['label']) =>
  (state: ShiftLogState): ActionInput[] =>
    (state.equipment ?? []).length === 0
      ? []
      : [
          {
            name: 'equipment',
            type: 'checklist',
            required: true,
            label,
            options: (state.equipment ?? []).map((e) => ({
              value: e.item,
              label: { zh: e.item, en: e.item },
            })),
          },
        ]

/** Facts the handover needs: the open matters found when the person on duty signs. */
export type ShiftLogContext = { openItems?: OpenItem[] }

/**
 * 交接班: open (entries written) → signed by the person on duty → accepted (locked) or refused (back
 * to the person on duty) → reviewed by the manager; a security handover, once accepted, is
 * countersigned by a shift leader (带班员), before or after the review. `planShiftLogAction` checks the checklist,
 * the summary and who may act.
 */
export const shiftLogWorkflow: Workflow<ShiftLogState, ShiftLogContext> = {
  collection: 'shift-logs',
  label: { zh: '交接班记录', en: 'Shift log' },
  statuses: SHIFT_LOG_STATUSES,
  actions: [
    {
      key: 'add-entry',
      label: { zh: '添加记录', en: 'Add an entry' },
      roles: POST_ROLES,
      from: WRITABLE_STATUSES,
      allowed: onPost,
      inputs: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: { zh: '类别', en: 'Kind' },
          options: Object.entries(ENTRY_KINDS).map(([value, label]) => ({ value, label })),
          defaultValue: 'event',
        },
        {
          name: 'text',
          type: 'textarea',
          required: true,
          label: { zh: '内容', en: 'What happened' },
        },
        { name: 'at', type: 'datetime', label: { zh: '时间', en: 'Time' } },
      ],
      tone: 'primary',
    },
    {
      key: 'sign',
      label: { zh: '交班签字', en: 'Sign the handover' },
      roles: POST_ROLES,
      from: WRITABLE_STATUSES,
      allowed: (state, actor) => onPost(state, actor) && same(state.onDuty, actor.id),
      inputs: (state) => [
        {
          name: 'summary',
          type: 'textarea',
          required: true,
          label: { zh: '交班小结', en: 'Summary' },
        },
        ...equipmentInput({ zh: '交出物品清点', en: 'Equipment handed over' })(state),
      ],
      tone: 'primary',
    },
    {
      key: 'accept',
      label: { zh: '接班', en: 'Accept' },
      roles: POST_ROLES,
      from: ['signed'],
      allowed: (state, actor) => onPost(state, actor) && !same(state.signedBy, actor.id),
      inputs: equipmentInput({ zh: '接收物品清点', en: 'Equipment received' }),
      tone: 'primary',
    },
    {
      key: 'refuse',
      label: { zh: '拒绝接班', en: 'Refuse' },
      roles: POST_ROLES,
      from: ['signed'],
      allowed: (state, actor) => onPost(state, actor) && !same(state.signedBy, actor.id),
      inputs: [
        {
          name: 'reason',
          type: 'textarea',
          required: true,
          label: { zh: '拒收原因', en: 'Reason' },
        },
      ],
      tone: 'danger',
    },
    {
      key: 'countersign',
      label: { zh: '带班员签字', en: 'Countersign (shift leader)' },
      roles: ['security-guard'],
      from: COUNTERSIGN_STATUSES,
      allowed: mayCountersign,
      inputs: [{ name: 'note', type: 'textarea', label: { zh: '带班员意见', en: 'Note' } }],
    },
    {
      key: 'review',
      label: { zh: '经理审核', en: 'Review' },
      roles: REVIEWER_ROLES,
      from: ['accepted'],
      inputs: [{ name: 'note', type: 'textarea', label: { zh: '审核意见', en: 'Note' } }],
    },
  ],
  plan: ({ action, state, body, actor, now, context }) =>
    planShiftLogAction({ action, log: state, body, actor, now, openItems: context.openItems }),
}
