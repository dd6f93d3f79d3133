import type { Role } from '../roles'
import { MANAGER_ROLES } from '../roles'

import type { SignOff } from '../designations'
import { isHeadOrAbove } from '../designations'

import { DEPARTMENTS } from './categories'
import { isComplaintVerdict } from './verdicts'
import type { LoopState } from './loop'
import { needsWrittenReply } from './loop'
import type { Severity, SeveritySource } from './severity'
import { severityChangeProblem } from './severity'
import type { ComplaintStatus } from './statusMachine'
import { checkTransition, isComplaintAction, isHandled } from './statusMachine'

export type ComplaintState = {
  status: ComplaintStatus
  channel: string
  handler?: number | string | null
  verifiedAt?: string | null
  severity: Severity
  severitySource?: SeveritySource
  returnVisitRequired?: boolean | null
  /**
   * Its return visit was closed as unreachable (three attempts reached nobody): a manager may then
   * file it with a reason (the manager's sign-off), instead of leaving it open for ever.
   */
  visitUnreachable?: boolean | null
  department?: string | null
  /** Who signs 销项 for the department it was dispatched to; null when no head is designated. */
  signOff?: SignOff | null
  /** The resolver's verdict and the review (检讨, `review.ts`). */
  verdict?: string | null
  reviewedAt?: string | null
} & Omit<LoopState, 'status' | 'handler'>

export type Actor = { id: number | string; roles: readonly Role[] }

export type ActionPlan =
  | { ok: true; data: Record<string, unknown>; handlerId?: number | string }
  | { ok: false; status: 400 | 403; field?: string; message: string }

const fail = (status: 400 | 403, message: string, field?: string): ActionPlan => ({
  ok: false,
  status,
  message,
  field,
})

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const futureDate = (value: unknown, now: Date): Date | 'missing' | 'invalid' | 'past' => {
  if (value === undefined || value === null || value === '') return 'missing'
  const date = new Date(String(value))
  if (Number.isNaN(date.getTime())) return 'invalid'
  return date.getTime() <= now.getTime() ? 'past' : date
}

/** The most hours a slip may allow (30 days of the clock); beyond that, write a date. */
export const MAX_SLIP_HOURS = 720

/** The slip's hours allowed (限期 as a duration), when given: a whole number 1–720. */
const slipHours = (body: Record<string, unknown>): number | 'invalid' | null => {
  const value = body.deadlineHours
  if (value === undefined || value === null || value === '') return null
  const hours = Number(value)
  return Number.isInteger(hours) && hours >= 1 && hours <= MAX_SLIP_HOURS ? hours : 'invalid'
}

/**
 * Who signs 销项 (002 篇4: the resolving department's head signs the result): the head of the
 * department it was dispatched to or a manager above them; with no head designated, a manager.
 */
export const maySignOff = (complaint: ComplaintState, actor: Actor): boolean =>
  complaint.signOff
    ? isHeadOrAbove(actor, complaint.signOff)
    : actor.roles.some((r) => MANAGER_ROLES.includes(r))

/** The resolver's verdict (属实 or not) and the note that says why: both required to resolve. */
const planVerdict = (body: Record<string, unknown>): ActionPlan => {
  if (!isComplaintVerdict(body.verdict)) {
    return fail(
      400,
      '请选择核实结论：属实或不属实 / Record the verdict: substantiated or not',
      'verdict',
    )
  }
  const verdictNote = text(body.verdictNote)
  if (!verdictNote) {
    return fail(400, '请填写结论说明 / Explain the verdict in a note', 'verdictNote')
  }
  return { ok: true, data: { verdict: body.verdict, verdictNote } }
}

/** Who may verify a complaint (核实) besides its handler. */
export const COMPLAINT_VERIFIERS: readonly Role[] = ['cs-clerk', 'dispatcher', ...MANAGER_ROLES]

/**
 * What an action on a complaint writes, or why it is refused. Pure: the endpoint loads the
 * complaint, calls this, and saves `data` with the Local API.
 */
export const planComplaintAction = (args: {
  action: string
  complaint: ComplaintState
  body: Record<string, unknown>
  actor: Actor
  now: Date
}): ActionPlan => {
  const { action, complaint, body, actor, now } = args
  const actorIsHandler =
    complaint.handler !== null &&
    complaint.handler !== undefined &&
    String(complaint.handler) === String(actor.id)

  if (action === 'verify') {
    if (!actor.roles.some((r) => COMPLAINT_VERIFIERS.includes(r)) && !actorIsHandler) {
      return fail(403, '无权核实投诉 / You may not verify this complaint')
    }
    if (complaint.verifiedAt) return fail(400, '投诉已核实 / Already verified', 'verifiedAt')
    if (isHandled(complaint.status)) {
      return fail(400, '投诉已处理完毕 / The complaint is already resolved', 'status')
    }
    return { ok: true, data: { verifiedAt: now.toISOString(), verifiedBy: actor.id } }
  }

  if (action === 'severity') {
    const wanted = body.severity
    if (wanted !== 'general' && wanted !== 'major') {
      return fail(
        400,
        '严重程度只能是 general 或 major / Severity must be general or major',
        'severity',
      )
    }
    const problem = severityChangeProblem({
      actorRoles: actor.roles,
      current: complaint.severity,
      currentSource: complaint.severitySource ?? null,
      wanted,
      reason: text(body.reason),
    })
    if (problem) return fail(problem.status, problem.message, problem.field)
    return { ok: true, data: { severityOverride: wanted, severityReason: text(body.reason) } }
  }

  if (!isComplaintAction(action)) return fail(400, `未知操作 ${action} / Unknown action`, 'action')

  const transition = checkTransition({
    action,
    from: complaint.status,
    actorRoles: actor.roles,
    actorIsHandler,
    actorIsSigner: action === 'resolve' ? maySignOff(complaint, actor) : undefined,
  })
  if (!transition.ok && transition.status === 403 && action === 'resolve' && complaint.signOff) {
    const department = DEPARTMENTS[complaint.signOff.department as keyof typeof DEPARTMENTS]
    return fail(
      403,
      `销项须由${department?.zh ?? complaint.signOff.department}负责人或其上级签认 / The head of ${department?.en ?? complaint.signOff.department} or a manager above them signs it off`,
    )
  }
  const closingUnreachable =
    action === 'close' &&
    complaint.status === 'resolved' &&
    complaint.returnVisitRequired !== false &&
    complaint.visitUnreachable === true
  if (closingUnreachable) {
    if (!actor.roles.some((role) => MANAGER_ROLES.includes(role))) {
      return fail(
        403,
        '回访无法联系的投诉须经理签认归档 / A manager signs off filing a complaint whose visit was unreachable',
      )
    }
    const reason = text(body.reason)
    if (!reason) {
      return fail(400, '请写明归档理由 / Say why it is filed without a visit', 'reason')
    }
    return {
      ok: true,
      data: {
        status: 'closed',
        closedAt: now.toISOString(),
        closedBy: actor.id,
        closedWithoutVisit: reason,
      },
    }
  }
  if (!transition.ok) {
    // An unvisited complaint whose visit was not sampled may close straight from `resolved`.
    const closingUnsampled =
      action === 'close' &&
      complaint.status === 'resolved' &&
      complaint.returnVisitRequired === false
    if (!(closingUnsampled && transition.status === 400)) {
      return fail(
        transition.status,
        transition.message,
        transition.status === 400 ? 'status' : undefined,
      )
    }
  }

  switch (action) {
    case 'dispatch': {
      const department = text(body.department)
      if (!Object.hasOwn(DEPARTMENTS, department)) {
        return fail(400, '请选择责任部门 / Choose the responsible department', 'department')
      }
      const handlerId = body.handler
      if (handlerId === undefined || handlerId === null || handlerId === '') {
        return fail(400, '请指定处理人 / Choose the handler', 'handler')
      }
      const hours = slipHours(body)
      if (hours === 'invalid') {
        return fail(
          400,
          `处理时限须为 1–${MAX_SLIP_HOURS} 小时 / The hours allowed are 1–${MAX_SLIP_HOURS}`,
          'deadlineHours',
        )
      }
      const deadline = futureDate(body.deadline, now)
      if (hours !== null && deadline !== 'missing') {
        return fail(
          400,
          '处理期限与处理时限（小时）只填一项 / Give a deadline or the hours allowed, not both',
          'deadline',
        )
      }
      if (hours === null && deadline === 'missing') {
        return fail(
          400,
          '请填写处理期限或处理时限（小时） / Set a deadline or the hours allowed',
          'deadline',
        )
      }
      if (deadline === 'invalid') return fail(400, '处理期限格式不正确 / Not a date', 'deadline')
      if (deadline === 'past') {
        return fail(400, '处理期限不能早于现在 / The deadline is in the past', 'deadline')
      }
      const data: Record<string, unknown> = {
        status: 'dispatched',
        department,
        handler: handlerId,
        // A slip gives a date, or hours allowed: the hook counts those from the dispatch on the
        // office calendar (working hours by default: 8 hours given at 16:00 on a weekday with
        // 08:30–17:30 are due at 15:00 the next working day).
        handlingDeadline: deadline instanceof Date ? deadline.toISOString() : null,
        handlingDeadlineHours: hours,
        dispatchedAt: now.toISOString(),
        dispatchedBy: actor.id,
      }
      if (body.replyPromisedAt !== undefined) {
        const promised = futureDate(body.replyPromisedAt, now)
        if (!(promised instanceof Date)) {
          return fail(
            400,
            '承诺答复时间须为将来的时间 / The promised reply time must be in the future',
            'replyPromisedAt',
          )
        }
        data.replyPromisedAt = promised.toISOString()
      }
      return { ok: true, data, handlerId: handlerId as number | string }
    }
    case 'start':
      return { ok: true, data: { status: 'in-progress' } }
    case 'resolve': {
      const result = text(body.result)
      if (!result) return fail(400, '请填写处理结果 / Record the result', 'result')
      const writtenReply = text(body.writtenReply)
      if (needsWrittenReply(complaint.channel) && !writtenReply) {
        return fail(
          400,
          '书面投诉（来函、电子邮件、网上）须书面答复 / A written complaint needs a written reply',
          'writtenReply',
        )
      }
      const verdict = planVerdict(body)
      if (!verdict.ok) return verdict
      return {
        ok: true,
        data: {
          status: 'resolved',
          result,
          writtenReply: writtenReply || null,
          ...verdict.data,
          resolvedAt: now.toISOString(),
          resolvedBy: actor.id,
        },
      }
    }
    case 'close':
      return {
        ok: true,
        data: { status: 'closed', closedAt: now.toISOString(), closedBy: actor.id },
      }
  }
}
