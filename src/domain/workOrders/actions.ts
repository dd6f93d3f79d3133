import type { Role } from '../roles'
import { MANAGER_ROLES } from '../roles'

import type { WorkOrderStatus } from './rules'

export type WorkOrderState = {
  status: WorkOrderStatus
  engineer?: number | string | null
  dispatchedAt?: string | null
  receivedAt?: string | null
  arrivedAt?: string | null
  paid?: boolean | null
  paymentReceived?: boolean | null
  /** The priced lines as stored (an on-site price is appended to them). */
  lines?: ReadonlyArray<Record<string, unknown>> | null
  total?: number | null
  quoteAcceptedAt?: string | null
  /** Set when a visit could not finish the job: the work has started. */
  unfinishedReason?: string | null
  /** When engineering returned an unfinished order to customer service (退回客服). */
  informedCustomerServiceAt?: string | null
}

export type WorkOrderPlan =
  | { ok: true; data: Record<string, unknown>; engineerId?: number | string }
  | { ok: false; status: 400 | 403 | 409; field?: string; message: string }

/** Who dispatches repairs: the dispatcher and the managers. */
export const DISPATCHERS: readonly Role[] = ['dispatcher', ...MANAGER_ROLES]

/** Who records, at the desk, that the resident accepted a quote: customer service and dispatch. */
export const QUOTE_DESK: readonly Role[] = ['cs-clerk', ...DISPATCHERS]

/** Whether work on the order has started: the engineer is or has been on site. */
export const workStarted = (order: WorkOrderState) =>
  !['registered', 'dispatched'].includes(order.status) ||
  Boolean(order.arrivedAt) ||
  Boolean(order.unfinishedReason)

const fail = (status: 400 | 403 | 409, message: string, field?: string): WorkOrderPlan => ({
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

/** The resident signs (their name), or the reason they could not is recorded. */
const residentSigns = (body: Record<string, unknown>) => {
  const name = text(body.residentSignoffName)
  const noSignoff = text(body.noSignoffReason)
  return name || noSignoff ? { name, noSignoff } : null
}

/**
 * What an action on a work order writes, or why it is refused: dispatch, receive (工程部签收),
 * accept-quote, arrive, price-on-site, finish, not-finished, return-to-service. Pure; the endpoint
 * loads the order, calls this and saves.
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
      if (order.status === 'pending-revisit' && !order.informedCustomerServiceAt) {
        return fail(
          409,
          '工程部尚未将未完成工单退回客服 / Engineering has not returned the unfinished order to customer service yet',
          'informedCustomerServiceAt',
        )
      }
      // 001: for a paid job the resident accepts the quote and pays at finance; customer service
      // passes the order to engineering only on the receipt (unless the office switched it off).
      if (order.paid && args.paymentBeforeDispatch) {
        if (!order.quoteAcceptedAt) {
          return fail(
            400,
            '有偿服务须住户先确认报价单 / The resident accepts the quote before dispatch',
            'quoteAcceptedAt',
          )
        }
        if (!order.paymentReceived) {
          return fail(
            400,
            '有偿服务须先到财务缴费 / A paid service must be paid before dispatch',
            'payment',
          )
        }
      }
      return {
        ok: true,
        engineerId: engineer as number | string,
        data: {
          status: 'dispatched',
          engineer,
          dispatchedAt: now.toISOString(),
          dispatchedBy: actor.id,
          receivedAt: null,
          receivedBy: null,
          arrivedAt: null,
        },
      }
    }
    case 'receive': {
      if (!isAssigned)
        return fail(403, '只有接单的维修员签收 / Only the assigned engineer signs for it')
      if (order.status !== 'dispatched') {
        return fail(400, '工单不在待签收状态 / The order is not awaiting receipt', 'status')
      }
      if (order.receivedAt) return fail(409, '工程部已签收 / Already signed for', 'receivedAt')
      return { ok: true, data: { receivedAt: now.toISOString(), receivedBy: actor.id } }
    }
    case 'accept-quote': {
      if (!actor.roles.some((r) => QUOTE_DESK.includes(r))) {
        return fail(403, '由客服或调度登记报价确认 / Customer service records the acceptance')
      }
      if (!order.paid || (order.lines ?? []).length === 0) {
        return fail(400, '无收费项目，无需报价 / No priced lines to quote', 'lines')
      }
      if (workStarted(order)) {
        return fail(
          409,
          '维修已开始，报价须在开工前确认 / Work has started: a quote is accepted before it starts',
          'quoteAcceptedAt',
        )
      }
      if (order.quoteAcceptedAt) {
        return fail(409, '住户已确认报价 / The quote was already accepted', 'quoteAcceptedAt')
      }
      const by = text(body.acceptedBy)
      if (!by) return fail(400, '请填写确认报价的住户 / Who accepted the quote', 'quoteAcceptedBy')
      return {
        ok: true,
        data: {
          quoteAcceptedAt: now.toISOString(),
          quoteAcceptedBy: by,
          quoteTotal: order.total ?? 0,
        },
      }
    }
    case 'price-on-site': {
      if (!isAssigned) return fail(403, '只有现场维修员定价 / Only the engineer on site prices it')
      if (order.status !== 'on-site') {
        return fail(400, '维修员到场后才能现场定价 / Arrive before pricing on site', 'status')
      }
      const description = text(body.description)
      if (!description) {
        return fail(400, '请写明项目 / Describe the item', 'description')
      }
      const quantity = Number(body.quantity)
      if (!Number.isFinite(quantity) || quantity <= 0) {
        return fail(400, '数量必须大于 0 / Quantity must be greater than 0', 'quantity')
      }
      const unitPrice = Number(body.unitPrice)
      if (
        body.unitPrice === '' ||
        body.unitPrice == null ||
        !Number.isFinite(unitPrice) ||
        unitPrice < 0
      ) {
        return fail(400, '请填写单价 / Give the agreed unit price', 'unitPrice')
      }
      const agreedBy = text(body.agreedBy)
      if (!agreedBy) {
        return fail(
          400,
          '现场定价须经住户同意并签名 / The resident agrees to an on-site price and signs',
          'agreedBy',
        )
      }
      return {
        ok: true,
        data: {
          paid: true,
          lines: [
            ...(order.lines ?? []),
            { description, quantity, unitPrice, agreedByResident: true, agreedBy },
          ],
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
      if (order.paid && (order.lines ?? []).length > 0 && !order.quoteAcceptedAt) {
        return fail(
          400,
          '有偿服务须住户在开工前确认报价 / The resident accepts the quote before work starts',
          'quoteAcceptedAt',
        )
      }
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
      const signs = residentSigns(body)
      if (!signs) {
        return fail(
          400,
          '须住户签名确认，或说明无法签名的原因 / The resident signs off, or record why they could not',
          'residentSignoffName',
        )
      }
      const { name: signoff, noSignoff } = signs
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
      // 001: the resident signs the reason and the next appointment too.
      const signs = residentSigns(body)
      if (!signs) {
        return fail(
          400,
          '住户须签名确认未完成原因及下次上门时间，或说明无法签名的原因 / The resident signs the reason and the next appointment, or record why they could not',
          'unfinishedSignoffName',
        )
      }
      return {
        ok: true,
        data: {
          status: 'pending-revisit',
          unfinishedAt: now.toISOString(),
          unfinishedReason: reason,
          madeSafe,
          nextAppointment: next.toISOString(),
          unfinishedSignoffName: signs.name || null,
          unfinishedNoSignoffReason: signs.noSignoff || null,
          // Returned to customer service as its own step (return-to-service).
          informedCustomerServiceAt: null,
          returnedToServiceBy: null,
        },
      }
    }
    case 'return-to-service': {
      if (!isAssigned && !actor.roles.some((r) => MANAGER_ROLES.includes(r))) {
        return fail(403, '由工程部退回 / Engineering returns the order')
      }
      if (order.status !== 'pending-revisit') {
        return fail(
          400,
          '只有未完成的工单退回客服 / Only an unfinished order is returned',
          'status',
        )
      }
      if (order.informedCustomerServiceAt) {
        return fail(
          409,
          '已退回客服 / Already returned to customer service',
          'informedCustomerServiceAt',
        )
      }
      return {
        ok: true,
        data: { informedCustomerServiceAt: now.toISOString(), returnedToServiceBy: actor.id },
      }
    }
    default:
      return fail(400, `未知操作 ${action} / Unknown action`, 'action')
  }
}
