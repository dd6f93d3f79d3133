import type { Role } from '../roles'
import { MANAGER_ROLES } from '../roles'

export const COMPLAINT_STATUSES = [
  'registered',
  'dispatched',
  'in-progress',
  'resolved',
  'return-visit',
  'closed',
  'reopened',
] as const
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number]

/** Complaints still being worked on: registered, with someone, or sent back after a visit. */
export const OPEN_COMPLAINT_STATUSES = [
  'registered',
  'dispatched',
  'in-progress',
  'reopened',
] as const satisfies readonly ComplaintStatus[]

/** Complaints whose handling is done (resolved, visited or closed): their clocks have stopped. */
export const HANDLED_COMPLAINT_STATUSES = [
  'resolved',
  'return-visit',
  'closed',
] as const satisfies readonly ComplaintStatus[]

export const isHandled = (status: string | null | undefined) =>
  (HANDLED_COMPLAINT_STATUSES as readonly string[]).includes(status ?? '')

export const STATUS_LABELS: Record<ComplaintStatus, { zh: string; en: string }> = {
  registered: { zh: '已登记', en: 'Registered' },
  dispatched: { zh: '已派单', en: 'Dispatched' },
  'in-progress': { zh: '处理中', en: 'In progress' },
  // The office's words (002 篇4): the department head's sign-off writes the complaint off as
  // handled (销项); a satisfied return visit completes it (回访完成); then it is filed (归档).
  resolved: { zh: '已销项', en: 'Written off' },
  'return-visit': { zh: '回访完成', en: 'Visit completed' },
  closed: { zh: '已归档', en: 'Filed' },
  reopened: { zh: '重新处理', en: 'Reopened' },
}

/** Actions people take; the system also moves a complaint when its return visit is recorded. */
export type ComplaintAction = 'dispatch' | 'start' | 'resolve' | 'close'
export type SystemEvent = 'visit-satisfied' | 'visit-unsolved'

type Edge = {
  from: readonly ComplaintStatus[]
  to: ComplaintStatus
  roles: readonly Role[]
}

/** The only ways a complaint moves. `handlerMay` edges may also be taken by the complaint's handler. */
export const ACTIONS: Record<
  ComplaintAction,
  Edge & { handlerMay?: boolean; extraRoles?: Role[] }
> = {
  dispatch: {
    from: ['registered', 'reopened'],
    to: 'dispatched',
    roles: ['dispatcher', ...MANAGER_ROLES],
  },
  start: {
    from: ['dispatched'],
    to: 'in-progress',
    roles: ['dispatcher', ...MANAGER_ROLES],
    handlerMay: true,
  },
  // 销项: the resolving department's head signs the result (a manager while none is designated).
  resolve: { from: ['in-progress'], to: 'resolved', roles: MANAGER_ROLES },
  // 归档: only once the return visit is recorded (nothing is filed before its visit).
  close: {
    from: ['return-visit'],
    to: 'closed',
    roles: ['cs-clerk', 'dispatcher', ...MANAGER_ROLES],
  },
}

export const SYSTEM_EVENTS: Record<
  SystemEvent,
  { from: readonly ComplaintStatus[]; to: ComplaintStatus }
> = {
  'visit-satisfied': { from: ['resolved'], to: 'return-visit' },
  'visit-unsolved': { from: ['resolved'], to: 'reopened' },
}

export const isComplaintAction = (value: string): value is ComplaintAction =>
  Object.hasOwn(ACTIONS, value)

export type TransitionCheck =
  { ok: true; to: ComplaintStatus } | { ok: false; status: 400 | 403; message: string }

/** Whether `actor` may take `action` on a complaint in `from`. */
export const checkTransition = (args: {
  action: ComplaintAction
  from: ComplaintStatus
  actorRoles: readonly Role[]
  actorIsHandler: boolean
  /** Decided by a designation instead of the roles (the department head signs 销项). */
  actorIsSigner?: boolean
}): TransitionCheck => {
  const edge = ACTIONS[args.action]
  const allowed =
    args.actorIsSigner ??
    (args.actorRoles.some((role) => edge.roles.includes(role)) ||
      (edge.handlerMay === true && args.actorIsHandler))
  if (!allowed) {
    return {
      ok: false,
      status: 403,
      message: `无权执行 ${args.action} / You may not ${args.action} a complaint`,
    }
  }
  if (!edge.from.includes(args.from)) {
    return {
      ok: false,
      status: 400,
      message: `状态为「${STATUS_LABELS[args.from].zh}」的投诉不能执行 ${args.action} / A complaint that is ${args.from} cannot be ${args.action}ed`,
    }
  }
  return { ok: true, to: edge.to }
}

/** The status a recorded return visit moves the complaint to, or null if it does not apply. */
export const statusAfterVisit = (
  from: ComplaintStatus,
  unsolved: boolean,
): ComplaintStatus | null => {
  const event = SYSTEM_EVENTS[unsolved ? 'visit-unsolved' : 'visit-satisfied']
  return event.from.includes(from) ? event.to : null
}
