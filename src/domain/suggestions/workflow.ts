import type { Role } from '../roles'
import { MANAGER_ROLES, ROLES } from '../roles'
import type { Measure } from '../followUps/measures'
import { planMeasures } from '../followUps/measures'
import type { Actor, Labels, Plan, Workflow } from '../workflow'
import { refuse } from '../workflow'

/**
 * Suggestions (合理化建议, 000 §1.4): "recorded and reported to the director, who may adopt them
 * as a rectification plan, publish the measures and commend the household." The front desk records
 * one from a household; it waits for the director, who adopts it — its rectification plan a list
 * of follow-up items, each with an owner and a deadline — or declines it with a reason. An adopted
 * suggestion prints as a thank-you notice to the household. Pure: no Payload, no database.
 */

export const SUGGESTION_STATUSES = {
  submitted: { zh: '已呈报总监', en: 'Awaiting the director' },
  adopted: { zh: '已采纳', en: 'Adopted' },
  declined: { zh: '不采纳', en: 'Declined' },
} as const satisfies Record<string, Labels>
export type SuggestionStatus = keyof typeof SUGGESTION_STATUSES

/** How the suggestion reached the office. */
export const SUGGESTION_CHANNELS = {
  visit: { zh: '来访', en: 'Visit' },
  phone: { zh: '来电', en: 'Phone' },
  letter: { zh: '来函', en: 'Letter' },
  email: { zh: '电子邮件', en: 'Email' },
  online: { zh: '网上', en: 'Online' },
  'return-visit': { zh: '回访', en: 'Return visit' },
  meeting: { zh: '业主座谈会', en: "Residents' meeting" },
} as const satisfies Record<string, Labels>

/** Who records suggestions: the front desk and customer service, and the managers. */
export const SUGGESTION_RECORDER_ROLES: readonly Role[] = [
  'cs-clerk',
  'dispatcher',
  ...MANAGER_ROLES,
]

/** Who reads every suggestion: the recorders and the administrator (the general manager reads as the director). */
export const SUGGESTION_READER_ROLES: readonly Role[] = [...SUGGESTION_RECORDER_ROLES, 'admin']

/** Who decides: the director alone (the general manager reads as the director, without the right to act). */
export const SUGGESTION_DECIDER_ROLES: readonly Role[] = ['director']

/** Who may own an item of the plan: anyone on the staff. */
const OWNER_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'admin')

export type SuggestionState = { status: SuggestionStatus | string }

export type SuggestionExtra = { plan?: Measure[] }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const mayDecide = (actor: Actor) => actor.roles.some((r) => SUGGESTION_DECIDER_ROLES.includes(r))

export const suggestionWorkflow: Workflow<SuggestionState, unknown, SuggestionExtra> = {
  collection: 'suggestions',
  label: { zh: '合理化建议', en: 'Suggestion' },
  statuses: SUGGESTION_STATUSES,
  actions: [
    {
      key: 'adopt',
      label: { zh: '采纳（整改方案）', en: 'Adopt (rectification plan)' },
      roles: SUGGESTION_DECIDER_ROLES,
      from: ['submitted'],
      tone: 'primary',
      inputs: [
        {
          name: 'plan',
          type: 'textarea',
          required: true,
          label: { zh: '整改措施（每行一项）', en: 'Rectification measures (one a line)' },
          help: {
            zh: '每项措施生成一项跟进事项，由负责人在期限前完成',
            en: 'Each measure becomes a follow-up for its owner, due by the deadline',
          },
        },
        {
          name: 'owner',
          type: 'user',
          required: true,
          userRoles: OWNER_ROLES,
          label: { zh: '负责人', en: 'Owner' },
        },
        {
          name: 'deadline',
          type: 'datetime',
          required: true,
          label: { zh: '完成期限', en: 'Due' },
        },
        { name: 'note', type: 'textarea', label: { zh: '采纳意见', en: 'Comment' } },
      ],
      confirm: {
        zh: '采纳后各项措施将生成跟进事项。继续？',
        en: 'Each measure then becomes a follow-up. Continue?',
      },
    },
    {
      key: 'decline',
      label: { zh: '不采纳', en: 'Decline' },
      roles: SUGGESTION_DECIDER_ROLES,
      from: ['submitted'],
      tone: 'danger',
      inputs: [
        { name: 'reason', type: 'textarea', required: true, label: { zh: '理由', en: 'Reason' } },
      ],
    },
  ],
  plan: ({ action, state, body, actor, now }): Plan<SuggestionExtra> => {
    const definition = suggestionWorkflow.actions.find((a) => a.key === action)
    if (!definition) return refuse(400, `未知操作 / Unknown action: ${action}`, 'action')
    if (!mayDecide(actor)) {
      return refuse(403, '只有物业总监可以决定是否采纳 / Only the director adopts or declines')
    }
    if (state.status !== 'submitted') {
      return refuse(409, '该建议已有决定 / This suggestion has already been decided')
    }
    const decided = { decidedAt: now.toISOString(), decidedBy: actor.id }
    if (action === 'decline') {
      const reason = text(body.reason)
      if (!reason) return refuse(400, '请说明不采纳的理由 / Give the reason', 'reason')
      return { ok: true, data: { status: 'declined', decisionNote: reason, ...decided } }
    }
    const plan = planMeasures(body, now, 'plan', { zh: '整改措施', en: 'measure' })
    if (!plan.ok) return refuse(400, plan.message, plan.field)
    return {
      ok: true,
      data: {
        status: 'adopted',
        decisionNote: text(body.note) || null,
        plan: plan.measures.map((m) => ({ text: m.text, owner: m.owner, deadline: m.deadline })),
        ...decided,
      },
      extra: { plan: plan.measures },
    }
  },
}

/** A thank-you notice is printed only for an adopted suggestion. */
export const thanksProblem = (status: string | null | undefined): string | null =>
  status === 'adopted'
    ? null
    : '只有已采纳的建议可以发感谢函 / Only an adopted suggestion is thanked with a notice'
