import type { Role } from '../roles'
import { MANAGER_ROLES } from '../roles'

import type { WorkOrderStatus } from './rules'

export type WorkOrderState = {
  status: WorkOrderStatus
  engineer?: number | string | null
  dispatchedAt?: string | null
  arrivedAt?: string | null
  paid?: boolean | null
  paymentReceived?: boolean | null
}

export type WorkOrderPlan =
  | { ok: true; data: Record<string, unknown>; engineerId?: number | string }
  | { ok: false; status: 400 | 403; field?: string; message: string }

/** Who dispatches repairs: the dispatcher and the managers. */
export const DISPATCHERS: readonly Role[] = ['dispatcher', ...MANAGER_ROLES]

const fail = (status: 400 | 403, message: string, field?: string): WorkOrderPlan => ({
  ok: false,
  status,
  message,
  field,
})
const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '')

/** An optional time the engineer gives (e.g. entered after the visit); never in the future. */
const when = (value: unknown, now: Date): Date | 'invalid' => {
  if (value === undefined || value === null || value === '') return now
  const date = new Date(String(value))
  if (Number.isNaN(date.getTime()) || date.getTime() > now.getTime() + 60_000) return 'invalid'
  return date
}

/**
 * What an action on a work order writes, or why it is refused: dispatch, arrive, finish,
 * not-finished. Pure; the endpoint loads the order, calls this and saves.
 */
export const planWorkOrderAction = (args: {
  action: string
  order: WorkOrderState
  body: Record<string, unknown>
  actor: { id: number | string; roles: readonly Role[] }
  now: Date
  paymentBeforeDispatch: boolean
}): WorkOrderPlan => {
  const { action, order, body, actor, now } = args
  const isDispatcher = actor.roles.some((r) => DISPATCHERS.includes(r))
  const isAssigned =
    order.engineer !== null &&
    order.engineer !== undefined &&
    String(order.engineer) === String(actor.id)

  switch (action) {
    case 'dispatch': {
      if (!isDispatcher)
        return fail(403, '只有调度员或经理可以派工 / Only a dispatcher or manager dispatches')
      if (order.status !== 'registered' && order.status !== 'pending-revisit') {
        return fail(400, '该工单不能派工 / This order cannot be dispatched now', 'status')
      }
      const engineer = body.engineer
      if (engineer === undefined || engineer === null || engineer === '') {
        return fail(400, '请指定维修员 / Choose the engineer', 'engineer')
      }
      if (order.paid && args.paymentBeforeDispatch && !order.paymentReceived) {
        return fail(
          400,
          '有偿服务须先到财务缴费 / A paid service must be paid before dispatch',
          'payment',
        )
      }
      return {
        ok: true,
        engineerId: engineer as number | string,
        data: {
          status: 'dispatched',
          engineer,
          dispatchedAt: now.toISOString(),
          dispatchedBy: actor.id,
          arrivedAt: null,
        },
      }
    }
    case 'arrive': {
      if (!isAssigned && !isDispatcher) return fail(403, '这不是您的工单 / Not your work order')
      if (order.status === 'registered' || !order.dispatchedAt) {
        return fail(400, '尚未派工，不能到场 / Not dispatched yet', 'dispatchedAt')
      }
      if (order.status !== 'dispatched')
        return fail(400, '工单不在待到场状态 / Not awaiting arrival', 'status')
      const at = when(body.at, now)
      if (at === 'invalid' || at.getTime() < new Date(order.dispatchedAt).getTime()) {
        return fail(
          400,
          '到场时间不能早于派工时间或晚于现在 / Arrival must be after dispatch and not in the future',
          'arrivedAt',
        )
      }
      return { ok: true, data: { status: 'on-site', arrivedAt: at.toISOString() } }
    }
    case 'finish': {
      if (!isAssigned && !isDispatcher) return fail(403, '这不是您的工单 / Not your work order')
      if (order.status !== 'on-site' || !order.arrivedAt) {
        return fail(400, '维修员到场后才能完工 / Arrive before finishing', 'arrivedAt')
      }
      const at = when(body.at, now)
      if (at === 'invalid' || at.getTime() < new Date(order.arrivedAt).getTime()) {
        return fail(400, '完工时间不能早于到场时间 / Finish time is before arrival', 'finishedAt')
      }
      const result = text(body.result)
      if (!result) return fail(400, '请填写维修结果 / Record the result', 'result')
      const signoff = text(body.residentSignoffName)
      const noSignoff = text(body.noSignoffReason)
      if (!signoff && !noSignoff) {
        return fail(
          400,
          '须住户签名确认，或说明无法签名的原因 / The resident signs off, or record why they could not',
          'residentSignoffName',
        )
      }
      return {
        ok: true,
        data: {
          status: 'completed',
          finishedAt: at.toISOString(),
          result,
          residentSignoffName: signoff || null,
          residentSignoffAt: signoff ? at.toISOString() : null,
          noSignoffReason: noSignoff || null,
          ...(body.signature ? { signature: body.signature } : {}),
        },
      }
    }
    case 'not-finished': {
      if (!isAssigned && !isDispatcher) return fail(403, '这不是您的工单 / Not your work order')
      if (order.status !== 'on-site')
        return fail(400, '维修员到场后才能登记 / Arrive first', 'arrivedAt')
      const reason = text(body.reason)
      if (!reason) return fail(400, '请写明未完成原因 / Give the reason', 'unfinishedReason')
      const madeSafe = text(body.madeSafe)
      if (!madeSafe) return fail(400, '请说明安全处置 / Record how it was made safe', 'madeSafe')
      const next = new Date(String(body.nextAppointment ?? ''))
      if (Number.isNaN(next.getTime()) || next.getTime() <= now.getTime()) {
        return fail(400, '请约定下次上门时间 / Agree the next appointment', 'nextAppointment')
      }
      return {
        ok: true,
        data: {
          status: 'pending-revisit',
          unfinishedReason: reason,
          madeSafe,
          nextAppointment: next.toISOString(),
          informedCustomerServiceAt: now.toISOString(),
        },
      }
    }
    default:
      return fail(400, `未知操作 ${action} / Unknown action`, 'action')
  }
}
