import type { Role } from '../roles'
import { MANAGER_ROLES } from '../roles'

import type { OpenItem, ShiftEntry } from './entries'
import type { PostKind } from './posts'
import { kindOfCode } from './posts'

export const SHIFT_LOG_STATUSES = {
  open: { zh: '当班中', en: 'On shift' },
  signed: { zh: '已交班待接班', en: 'Handed over, awaiting acceptance' },
  refused: { zh: '接班人拒收', en: 'Handover refused' },
  accepted: { zh: '已接班（锁定）', en: 'Accepted (locked)' },
  reviewed: { zh: '经理已审核', en: 'Reviewed by the manager' },
} as const
export type ShiftLogStatus = keyof typeof SHIFT_LOG_STATUSES

/** A log that has been accepted is locked: no one edits it again (the manager's review signs it). */
export const LOCKED_STATUSES: readonly ShiftLogStatus[] = ['accepted', 'reviewed']
/** Entries and the summary are written only while the shift is running or sent back. */
export const WRITABLE_STATUSES: readonly ShiftLogStatus[] = ['open', 'refused']

/** Who reviews and signs the day's logs: the manager on duty. */
export const REVIEWER_ROLES: readonly Role[] = MANAGER_ROLES

export type Equipment = {
  item: string
  outgoingOk?: boolean | null
  incomingOk?: boolean | null
  note?: string | null
}

export type ShiftLogState = {
  status: ShiftLogStatus
  post: string
  /** The post's kind when the log was opened (older logs: from the code). */
  postKind?: PostKind | null
  onDuty?: number | string | null
  signedBy?: number | string | null
  incoming?: number | string | null
  countersignedBy?: number | string | null
  entries?: ShiftEntry[] | null
  equipment?: Equipment[] | null
}

export type Actor = {
  id: number | string
  roles: readonly Role[]
  dutyPost?: string | null
  /** 带班员: a guard flagged by a user manager to lead and countersign handovers. */
  shiftLeader?: boolean | null
}

/** Whether an actor is a shift leader (the engine's actor carries the flag for shift logs only). */
export const isShiftLeader = (actor: object): boolean =>
  'shiftLeader' in actor && actor.shiftLeader === true

/** Whether a log is a security post's (the front desk's handover has no shift leader). */
export const isSecurityLog = (log: Pick<ShiftLogState, 'post' | 'postKind'>): boolean =>
  (log.postKind ?? kindOfCode(log.post)) === 'security'

/** Statuses a handover may be countersigned from: once accepted, before or after the review. */
export const COUNTERSIGN_STATUSES: readonly ShiftLogStatus[] = ['accepted', 'reviewed']

/**
 * Whether this actor may countersign this log now: a shift leader who was neither the outgoing
 * nor the incoming person, on an accepted security log not yet countersigned.
 */
export const mayCountersign = (log: ShiftLogState, actor: Actor | object): boolean =>
  isShiftLeader(actor) &&
  isSecurityLog(log) &&
  COUNTERSIGN_STATUSES.includes(log.status) &&
  !log.countersignedBy &&
  !same(log.signedBy, (actor as Actor).id) &&
  !same(log.incoming, (actor as Actor).id)

export type ShiftLogPlan =
  | {
      ok: true
      data: Record<string, unknown>
      /** The refusal goes to the supervisor by email. */
      notifySupervisor?: boolean
    }
  | { ok: false; status: 400 | 403 | 409; field?: string; message: string }

const fail = (status: 400 | 403 | 409, message: string, field?: string): ShiftLogPlan => ({
  ok: false,
  status,
  message,
  field,
})
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')
/** Whether two ids (number or text, possibly empty) name the same record. */
export const same = (a: unknown, b: unknown) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

/**
 * Whether someone works a post: a guard on the post they are assigned to, the clerk at the front
 * desk, a manager (or the administrator) anywhere.
 */
export const worksPost = (actor: Actor, post: string): boolean => {
  if (actor.roles.some((r) => REVIEWER_ROLES.includes(r) || r === 'admin')) return true
  if (post === 'front-desk' && actor.roles.includes('cs-clerk')) return true
  return actor.roles.includes('security-guard') && actor.dutyPost === post
}

/** The checklist with one side's ticks from the request: every item must be answered. */
const checkEquipment = (
  current: readonly Equipment[],
  body: unknown,
  side: 'outgoingOk' | 'incomingOk',
): Equipment[] | 'missing' => {
  const given = Array.isArray(body) ? (body as Array<Record<string, unknown>>) : []
  const result: Equipment[] = []
  for (const item of current) {
    const answer = given.find((g) => g && g.item === item.item)
    if (!answer || typeof answer.ok !== 'boolean') return 'missing'
    const note = text(answer.note)
    result.push({ ...item, [side]: answer.ok, note: note || item.note || null })
  }
  return result
}

/**
 * What an action on a shift log writes, or why it is refused: `add-entry`, `sign` (the outgoing
 * person hands over), `accept` or `refuse` (the incoming person), `review` (the manager on duty).
 * Pure; the endpoint loads the log and the open items, calls this and saves.
 */
export const planShiftLogAction = (args: {
  action: string
  log: ShiftLogState
  body: Record<string, unknown>
  actor: Actor
  now: Date
  /** Open matters found at handover (complaints and work orders at risk, goods, keys). */
  openItems?: OpenItem[]
}): ShiftLogPlan => {
  const { action, log, body, actor, now } = args
  const at = now.toISOString()
  const locked = LOCKED_STATUSES.includes(log.status)
  const equipment = log.equipment ?? []

  if (action === 'review') {
    if (!actor.roles.some((r) => REVIEWER_ROLES.includes(r))) {
      return fail(403, '只有值班经理可以审核交接班记录 / Only the manager on duty reviews logs')
    }
    if (log.status === 'reviewed') return fail(409, '该记录已审核 / This log is already reviewed')
    if (log.status !== 'accepted') {
      return fail(
        409,
        '接班人接收后才能审核 / A log is reviewed only once it is accepted and locked',
      )
    }
    return {
      ok: true,
      data: {
        status: 'reviewed',
        reviewedBy: actor.id,
        reviewedAt: at,
        reviewNote: text(body.note) || null,
      },
    }
  }

  if (action === 'countersign') {
    if (!isShiftLeader(actor)) {
      return fail(
        403,
        '只有带班员可以签字确认交接班 / Only a shift leader countersigns the handover',
      )
    }
    if (!isSecurityLog(log)) {
      return fail(
        409,
        '前台交接班无需带班员签字 / The front desk’s handover has no countersignature',
      )
    }
    if (same(log.signedBy, actor.id) || same(log.incoming, actor.id)) {
      return fail(
        403,
        '带班员不能为自己参与的交接班签字 / A shift leader does not countersign a handover they took part in',
      )
    }
    if (log.countersignedBy) return fail(409, '带班员已签字 / Already countersigned')
    if (!COUNTERSIGN_STATUSES.includes(log.status)) {
      return fail(409, '接班人接收后带班员才能签字 / Countersigned once the handover is accepted')
    }
    return {
      ok: true,
      data: {
        countersignedBy: actor.id,
        countersignedAt: at,
        countersignNote: text(body.note) || null,
      },
    }
  }

  if (!worksPost(actor, log.post)) {
    return fail(403, '您不在该岗位，不能操作此记录 / You do not work this post')
  }
  if (locked) return fail(409, '交接班记录已锁定，不能再修改 / This log is locked')

  switch (action) {
    case 'add-entry': {
      if (!WRITABLE_STATUSES.includes(log.status)) {
        return fail(409, '已交班，不能再添加记录 / Handed over: no more entries')
      }
      const entry = (body.entry ?? body) as Record<string, unknown>
      // The violation record an entry opens is linked by the server, never by the client.
      const { id: _id, violation: _violation, ...rest } = entry
      return {
        ok: true,
        data: {
          entries: [
            ...(log.entries ?? []),
            {
              ...rest,
              at: entry.at || at,
              recordedBy: actor.id,
              priority: entry.priority || 'normal',
            },
          ],
        },
      }
    }
    case 'sign': {
      if (!same(log.onDuty, actor.id)) {
        return fail(403, '只有当班人可以交班签字 / Only the person on duty signs the handover')
      }
      if (!WRITABLE_STATUSES.includes(log.status)) {
        return fail(409, '已交班，等待接班人 / Already handed over')
      }
      const summary = text(body.summary)
      if (!summary) return fail(400, '请填写交班小结 / Write the handover summary', 'summary')
      const checked = checkEquipment(equipment, body.equipment, 'outgoingOk')
      if (checked === 'missing') {
        return fail(400, '请逐项清点交接物品 / Check every item of equipment', 'equipment')
      }
      return {
        ok: true,
        data: {
          status: 'signed',
          summary,
          signedBy: actor.id,
          signedAt: at,
          openItems: args.openItems ?? [],
          equipment: checked,
        },
      }
    }
    case 'accept':
    case 'refuse': {
      if (log.status !== 'signed') {
        return fail(409, '交班人尚未签字交班 / The outgoing person has not signed the handover')
      }
      if (same(log.signedBy, actor.id)) {
        return fail(403, '不能接收自己的交班 / You cannot take over your own handover')
      }
      if (action === 'refuse') {
        const reason = text(body.reason)
        if (!reason) {
          return fail(400, '请写明拒收原因 / Give the reason for refusing', 'refusalReason')
        }
        return {
          ok: true,
          notifySupervisor: true,
          data: { status: 'refused', refusedBy: actor.id, refusedAt: at, refusalReason: reason },
        }
      }
      const checked = checkEquipment(equipment, body.equipment, 'incomingOk')
      if (checked === 'missing') {
        return fail(400, '请逐项清点交接物品 / Check every item of equipment', 'equipment')
      }
      return {
        ok: true,
        data: { status: 'accepted', incoming: actor.id, acceptedAt: at, equipment: checked },
      }
    }
    default:
      return fail(400, `未知操作 ${action} / Unknown action`, 'action')
  }
}
