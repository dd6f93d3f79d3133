import type { Role } from '../roles'
import { MANAGER_ROLES, ROLES } from '../roles'
import type { Actor, Labels, Plan, Workflow } from '../workflow'
import { refuse } from '../workflow'

/**
 * Follow-up items (跟进事项): one primitive for everything the procedures say must be followed
 * until done — a serious complaint's review (检讨: measures, the person responsible, a deadline),
 * an adopted suggestion, a point raised on a return visit, a meeting decision, a quarterly
 * corrective action, a defect found at a house inspection. Open until someone accountable confirms
 * it done; overdue is derived from the deadline, never stored.
 */

export const FOLLOW_UP_STATUSES = {
  open: { zh: '跟进中', en: 'Open' },
  done: { zh: '已完成', en: 'Done' },
} as const satisfies Record<string, Labels>
export type FollowUpStatus = keyof typeof FOLLOW_UP_STATUSES

/** Where a follow-up comes from, in the procedures' words. */
export const FOLLOW_UP_SOURCE_KINDS = {
  'complaint-review': { zh: '投诉检讨', en: 'Complaint review' },
  'complaint-reply': { zh: '投诉跟进答复', en: 'Promised reply to a complaint' },
  suggestion: { zh: '合理化建议', en: 'Suggestion' },
  'return-visit': { zh: '回访意见', en: 'Return-visit point' },
  meeting: { zh: '会议决定', en: 'Meeting decision' },
  'corrective-action': { zh: '纠正预防措施', en: 'Corrective action' },
  'house-inspection': { zh: '验房缺陷', en: 'House-inspection defect' },
  other: { zh: '其他', en: 'Other' },
} as const satisfies Record<string, Labels>
export type FollowUpSourceKind = keyof typeof FOLLOW_UP_SOURCE_KINDS

type Id = number | string

export type FollowUpState = {
  status?: FollowUpStatus | string | null
  owner?: Id | null
  raisedBy?: Id | null
  deadline?: string | null
}

/** A follow-up still open after its deadline. Pure: `now` is given. */
export const isOverdue = (
  followUp: { status?: string | null; deadline?: string | Date | null },
  now: Date,
): boolean => {
  if (followUp.status !== 'open' || !followUp.deadline) return false
  const deadline = new Date(followUp.deadline).getTime()
  return !Number.isNaN(deadline) && deadline < now.getTime()
}

const same = (a: unknown, b: unknown) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

const isManager = (actor: Actor) => actor.roles.some((r) => MANAGER_ROLES.includes(r))

/**
 * Who may confirm a follow-up done: someone accountable for it — a manager, or the person who
 * raised it. The owner's own word is not a confirmation (unless the owner is a manager), so the
 * person who raised it for themselves cannot close it alone either.
 */
export const mayConfirm = (state: FollowUpState, actor: Actor): boolean =>
  isManager(actor) || (same(state.raisedBy, actor.id) && !same(state.owner, actor.id))

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Forms send ids as text; SQL databases number them (other ids are kept as they are). */
const idFrom = (value: unknown): Id | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  const s = text(value)
  if (!s) return undefined
  return /^\d+$/.test(s) ? Number(s) : s
}

/** Anyone on the staff may own a follow-up. */
const OWNER_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'admin')

/** What the endpoint checks outside the pure rules: the new owner is a member of staff. */
export type FollowUpExtra = { newOwner?: Id }

export const followUpWorkflow: Workflow<FollowUpState, unknown, FollowUpExtra> = {
  collection: 'follow-ups',
  label: { zh: '跟进事项', en: 'Follow-up' },
  statuses: FOLLOW_UP_STATUSES,
  actions: [
    {
      key: 'complete',
      label: { zh: '确认完成', en: 'Confirm done' },
      roles: MANAGER_ROLES,
      from: ['open'],
      allowed: mayConfirm,
      tone: 'primary',
      inputs: [
        {
          name: 'note',
          type: 'textarea',
          required: true,
          label: { zh: '完成情况', en: 'What was done' },
        },
      ],
    },
    {
      key: 'reassign',
      label: { zh: '改派 / 延期', en: 'Reassign or reschedule' },
      roles: MANAGER_ROLES,
      from: ['open'],
      inputs: [
        {
          name: 'owner',
          type: 'user',
          userRoles: OWNER_ROLES,
          label: { zh: '新负责人', en: 'New owner' },
        },
        { name: 'deadline', type: 'datetime', label: { zh: '新期限', en: 'New deadline' } },
        { name: 'reason', type: 'textarea', required: true, label: { zh: '理由', en: 'Reason' } },
      ],
    },
  ],
  plan: ({ action, state, body, actor, now }): Plan<FollowUpExtra> => {
    const definition = followUpWorkflow.actions.find((a) => a.key === action)
    if (!definition) return refuse(400, `未知操作 / Unknown action: ${action}`, 'action')
    if (!definition.from.includes(String(state.status ?? ''))) {
      return refuse(409, '该事项已完成 / This follow-up is already done')
    }

    if (action === 'complete') {
      if (!mayConfirm(state, actor)) {
        return refuse(
          403,
          '只有提出人或经理可以确认完成，负责人不能自行确认 / Only the person who raised it or a manager confirms it done, not the owner alone',
        )
      }
      const note = text(body.note)
      if (!note) return refuse(400, '请填写完成情况 / Say what was done', 'note')
      return {
        ok: true,
        data: {
          status: 'done',
          doneNote: note,
          confirmedBy: actor.id,
          doneAt: now.toISOString(),
        },
      }
    }

    // reassign
    if (!isManager(actor)) {
      return refuse(403, '只有经理可以改派或延期 / Only a manager reassigns or reschedules')
    }
    const reason = text(body.reason)
    if (!reason) return refuse(400, '请填写理由 / Give the reason', 'reason')
    const owner = idFrom(body.owner)
    const newOwner = owner !== undefined && !same(owner, state.owner) ? owner : undefined
    let deadline: string | undefined
    if (body.deadline !== undefined && body.deadline !== null && body.deadline !== '') {
      const date = new Date(String(body.deadline))
      if (Number.isNaN(date.getTime())) {
        return refuse(400, '期限无效 / Not a valid deadline', 'deadline')
      }
      if (date.getTime() <= now.getTime()) {
        return refuse(400, '新期限须在将来 / The new deadline must be in the future', 'deadline')
      }
      deadline = date.toISOString()
    }
    if (newOwner === undefined && deadline === undefined) {
      return refuse(400, '请指定新负责人或新期限 / Give a new owner or a new deadline', 'owner')
    }
    return {
      ok: true,
      data: {
        ...(newOwner !== undefined ? { owner: newOwner } : {}),
        ...(deadline !== undefined ? { deadline } : {}),
        reassignReason: reason,
        // A new owner or deadline is a new promise: its breach is reported again, once.
        escalatedAt: null,
      },
      extra: newOwner !== undefined ? { newOwner } : undefined,
    }
  },
}
