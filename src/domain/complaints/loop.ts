import type { Role } from '../roles'
import { MANAGER_ROLES } from '../roles'
import type { Actor, Plan, WorkflowAction } from '../workflow'

import type { ComplaintStatus } from './statusMachine'
import { OPEN_COMPLAINT_STATUSES, isHandled } from './statusMachine'

/**
 * The loop the procedures describe (五清楚一报告, 000 §1.3): the resident is told the result and how
 * (复清楚), confirms the record (记清楚), a matter not solvable now gets a next reply time (跟清楚),
 * and what a handler cannot solve is referred to the office head, who decides. Pure: the endpoint
 * reads the case, these plan the write.
 */

type Id = number | string

/** Channels that come in writing: each gets a written reply (DOMAIN.md: 书面投诉书面答复). */
export const WRITTEN_CHANNELS = ['letter', 'email', 'online'] as const

export const needsWrittenReply = (channel: string | null | undefined): boolean =>
  (WRITTEN_CHANNELS as readonly string[]).includes(channel ?? '')

/** How the resident was told (复清楚). */
export const REPLY_METHODS = {
  phone: { zh: '电话', en: 'Phone' },
  visit: { zh: '上门 / 当面', en: 'Visit' },
  letter: { zh: '书面', en: 'Letter' },
} as const

/** How the resident confirmed the record (记清楚). */
export const CONFIRMATION_METHODS = {
  signature: { zh: '客户签字', en: 'Signed the slip' },
  phone: { zh: '电话确认', en: 'Confirmed by phone' },
  'in-person': { zh: '当面确认', en: 'Confirmed in person' },
  written: { zh: '书面确认', en: 'Confirmed in writing' },
} as const

/** What the loop's actions need of a stored complaint. */
export type LoopState = {
  status: ComplaintStatus
  handler?: Id | null
  repliedAt?: string | null
  confirmedAt?: string | null
  referredAt?: string | null
  referredTo?: Id | null
  decidedAt?: string | null
}

/** The database fact `refer` needs: who the office head is now (null: nobody to refer to). */
export type LoopContext = { officeHeadId?: Id | null } | undefined

/** Who talks to residents about a complaint besides its handler: the desk and the managers. */
export const REPLY_ROLES: readonly Role[] = ['cs-clerk', 'dispatcher', ...MANAGER_ROLES]

const same = (a: unknown, b: unknown) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

const byRoles = (roles: readonly Role[], actor: Actor) => actor.roles.some((r) => roles.includes(r))
const isHandler = (state: LoopState, actor: Actor) => same(state.handler, actor.id)
const mayReply = (state: LoopState, actor: Actor) =>
  byRoles(REPLY_ROLES, actor) || isHandler(state, actor)
const awaitingDecision = (state: LoopState) => Boolean(state.referredAt) && !state.decidedAt

const REPLY_FROM: readonly ComplaintStatus[] = [...OPEN_COMPLAINT_STATUSES, 'resolved']
const CONFIRM_FROM: readonly ComplaintStatus[] = ['resolved', 'return-visit', 'closed']
const REFER_FROM: readonly ComplaintStatus[] = ['dispatched', 'in-progress', 'reopened']

const options = (map: Record<string, { zh: string; en: string }>) =>
  Object.entries(map).map(([value, label]) => ({ value, label }))

export const LOOP_ACTIONS: ReadonlyArray<WorkflowAction<LoopState>> = [
  {
    key: 'reply',
    label: { zh: '答复客户', en: 'Reply to the resident' },
    roles: REPLY_ROLES,
    from: REPLY_FROM,
    allowed: mayReply,
    inputs: (state) => [
      {
        name: 'replyMethod',
        type: 'select',
        required: true,
        label: { zh: '答复方式', en: 'How' },
        options: options(REPLY_METHODS),
      },
      {
        name: 'replySummary',
        type: 'textarea',
        required: true,
        label: { zh: '答复内容', en: 'What the resident was told' },
      },
      ...(isHandled(state.status)
        ? []
        : [
            {
              name: 'nextReplyAt',
              type: 'datetime' as const,
              required: true,
              label: { zh: '下次答复时间', en: 'Next reply by' },
              help: {
                zh: '暂不能解决的，约定下次答复时间（跟清楚）',
                en: 'Not solved yet: when the resident hears from us next',
              },
            },
          ]),
    ],
  },
  {
    key: 'confirm',
    label: { zh: '客户确认', en: 'Resident confirms' },
    roles: REPLY_ROLES,
    from: CONFIRM_FROM,
    allowed: (state, actor) => mayReply(state, actor) && !state.confirmedAt,
    inputs: [
      {
        name: 'confirmationMethod',
        type: 'select',
        required: true,
        label: { zh: '确认方式', en: 'How it was confirmed' },
        options: options(CONFIRMATION_METHODS),
      },
      { name: 'confirmationNote', type: 'text', label: { zh: '客户意见', en: 'Resident’s words' } },
    ],
  },
  {
    key: 'refer',
    label: { zh: '提交主任决定', en: 'Refer to the office head' },
    roles: ['dispatcher', ...MANAGER_ROLES],
    from: REFER_FROM,
    allowed: (state, actor) =>
      (byRoles(['dispatcher', ...MANAGER_ROLES], actor) || isHandler(state, actor)) &&
      !awaitingDecision(state),
    inputs: [
      {
        name: 'referralReason',
        type: 'textarea',
        required: true,
        label: { zh: '无法解决的原因', en: 'Why it cannot be solved' },
      },
    ],
  },
  {
    key: 'decide',
    label: { zh: '主任决定', en: 'Office head decides' },
    roles: MANAGER_ROLES,
    from: REFER_FROM,
    // Only the office head the complaint was referred to decides.
    allowed: (state, actor) => awaitingDecision(state) && same(state.referredTo, actor.id),
    tone: 'primary',
    inputs: [
      {
        name: 'officeHeadDecision',
        type: 'textarea',
        required: true,
        label: { zh: '主任决定（处理指示）', en: 'Decision (handling instruction)' },
      },
    ],
  },
]

export const isLoopAction = (action: string): boolean => LOOP_ACTIONS.some((a) => a.key === action)

const refuse = (status: 400 | 403 | 409, message: string, field?: string): Plan => ({
  ok: false,
  status,
  message,
  field,
})

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const choice = <T extends Record<string, unknown>>(map: T, value: unknown): keyof T | null =>
  typeof value === 'string' && Object.hasOwn(map, value) ? (value as keyof T) : null

/** What a loop action writes, or why it is refused: rights (403), state (409), then input (400). */
export const planLoopAction = (args: {
  action: string
  state: LoopState
  body: Record<string, unknown>
  actor: Actor
  now: Date
  context?: LoopContext
}): Plan => {
  const { action, state, body, actor, now } = args
  const definition = LOOP_ACTIONS.find((a) => a.key === action)
  if (!definition) return refuse(400, `未知操作 ${action} / Unknown action`, 'action')
  const wrongStatus = !definition.from.includes(state.status)
  const at = now.toISOString()

  if (action === 'reply') {
    if (!mayReply(state, actor)) return refuse(403, '无权答复该投诉 / You may not reply on it')
    if (wrongStatus) return refuse(409, '该投诉现在不能答复 / Not in a state to reply')
    const method = choice(REPLY_METHODS, body.replyMethod)
    if (!method) return refuse(400, '请选择答复方式 / Choose how', 'replyMethod')
    const summary = text(body.replySummary)
    if (!summary) return refuse(400, '请填写答复内容 / Say what was told', 'replySummary')
    let nextReplyAt: string | null = null
    if (!isHandled(state.status)) {
      const raw = body.nextReplyAt
      const next = raw === undefined || raw === null || raw === '' ? null : new Date(String(raw))
      if (!next) {
        return refuse(
          400,
          '尚未解决的投诉须约定下次答复时间（跟清楚）/ Not solved yet: set the next reply time',
          'nextReplyAt',
        )
      }
      if (Number.isNaN(next.getTime()) || next.getTime() <= now.getTime()) {
        return refuse(
          400,
          '下次答复时间须为将来的时间 / The next reply time must be in the future',
          'nextReplyAt',
        )
      }
      nextReplyAt = next.toISOString()
    }
    return {
      ok: true,
      data: {
        repliedAt: at,
        repliedBy: actor.id,
        replyMethod: method,
        replySummary: summary,
        nextReplyAt,
      },
    }
  }

  if (action === 'confirm') {
    if (!mayReply(state, actor)) return refuse(403, '无权记录客户确认 / You may not record it')
    if (wrongStatus) {
      return refuse(409, '处理完成后才能由客户确认 / The resident confirms once it is resolved')
    }
    if (state.confirmedAt) return refuse(409, '客户已确认 / The resident has already confirmed')
    if (!state.repliedAt) {
      return refuse(
        409,
        '请先记录如何答复客户（复清楚）/ Record how the resident was told first',
        'repliedAt',
      )
    }
    const method = choice(CONFIRMATION_METHODS, body.confirmationMethod)
    if (!method) {
      return refuse(400, '请选择确认方式 / Choose how it was confirmed', 'confirmationMethod')
    }
    return {
      ok: true,
      data: {
        confirmedAt: at,
        confirmedBy: actor.id,
        confirmationMethod: method,
        confirmationNote: text(body.confirmationNote) || null,
      },
    }
  }

  if (action === 'refer') {
    if (!byRoles(['dispatcher', ...MANAGER_ROLES], actor) && !isHandler(state, actor)) {
      return refuse(403, '只有处理人或经理可以提交主任 / Only the handler or a manager refers it')
    }
    if (wrongStatus) return refuse(409, '该投诉现在不能提交主任 / Not in a state to refer')
    if (awaitingDecision(state)) {
      return refuse(409, '已提交主任，等待决定 / Already waiting for the office head')
    }
    const reason = text(body.referralReason)
    if (!reason) return refuse(400, '请说明无法解决的原因 / Say why', 'referralReason')
    const officeHead = args.context?.officeHeadId
    if (officeHead === null || officeHead === undefined) {
      return refuse(409, '尚未指定客服中心主任 / No office head is designated')
    }
    return {
      ok: true,
      data: {
        referredAt: at,
        referredBy: actor.id,
        referredTo: officeHead,
        referralReason: reason,
        officeHeadDecision: null,
        decidedAt: null,
        decidedBy: null,
      },
    }
  }

  // decide
  if (!awaitingDecision(state)) {
    return refuse(409, '该投诉未提交主任或已决定 / Not waiting for a decision')
  }
  if (!same(state.referredTo, actor.id)) {
    return refuse(403, '只有客服中心主任可以决定 / Only the office head decides')
  }
  if (wrongStatus) return refuse(409, '该投诉现在不能决定 / Not in a state to decide')
  const decision = text(body.officeHeadDecision)
  if (!decision) return refuse(400, '请填写决定 / Write the decision', 'officeHeadDecision')
  return {
    ok: true,
    data: { officeHeadDecision: decision, decidedAt: at, decidedBy: actor.id },
  }
}
