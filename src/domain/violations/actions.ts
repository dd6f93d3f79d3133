import type { Role } from '@/domain/roles'
import { SUPERVISOR_ROLES } from '@/domain/roles'

import { outstanding, toFen } from './amounts'
import type { Measure, ViolationKind } from './ladder'
import {
  DEADLINE_MEASURES,
  MEASURES,
  checkLadder,
  isDecision,
  isMeasure,
  mayRecordMeasure,
  procedureOf,
} from './ladder'

/**
 * Actions on a violation that are not approval steps: record a measure (persuasion, a talk, a
 * reminder, a rectification order), confirm a rectification, record a payment, resolve the case.
 * Handling decisions (late fee, compensation, public notice or criticism, suspension, termination)
 * go through the approval chain instead.
 */
export type ViolationAction = 'record-measure' | 'rectified' | 'record-payment' | 'resolve'

export const VIOLATION_ACTIONS: readonly ViolationAction[] = [
  'record-measure',
  'rectified',
  'record-payment',
  'resolve',
]

export type MeasureRow = {
  id?: string | null
  measure: Measure
  takenAt: string
  staff?: number | string | null
  outcome?: string | null
  skipReason?: string | null
  deadline?: string | null
  amount?: number | null
  approvedBy?: number | string | null
  approvedAt?: string | null
  rectifiedAt?: string | null
}

export type ViolationState = {
  kind: ViolationKind
  severity: 'major' | 'general'
  status: string
  measures: MeasureRow[]
  amountDue: number
  payments: Array<{ amount?: number | null; receiptNo?: string | null }>
  /** The renovation it breaches, if any: then the renovation procedure applies. */
  renovation?: number | string | null
}

export type ActionPlan =
  | { ok: true; data: Record<string, unknown> }
  | { ok: false; status: 400 | 403 | 409; field?: string; message: string }

const no = (status: 400 | 403 | 409, message: string, field?: string): ActionPlan => ({
  ok: false,
  status,
  field,
  message,
})

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const RESPONSIBLE: Record<ViolationState['severity'], Role> = {
  major: 'property-manager',
  general: 'site-manager',
}

/** Major cases go to the property manager, general ones to the site manager. */
export const responsibleRole = (severity: ViolationState['severity']): Role => RESPONSIBLE[severity]

const parseDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' && !(value instanceof Date)) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

export const planViolationAction = ({
  action,
  violation,
  body,
  actor,
  now,
}: {
  action: string
  violation: ViolationState
  body: Record<string, unknown>
  actor: { id: number | string; roles: readonly Role[] }
  now: Date
}): ActionPlan => {
  if (!VIOLATION_ACTIONS.includes(action as ViolationAction)) {
    return no(400, `未知操作 / Unknown action: ${action}`, 'action')
  }
  const has = (...roles: Role[]) => roles.some((r) => actor.roles.includes(r))
  if (violation.status === 'resolved' && action !== 'record-payment') {
    return no(409, '违章已结案 / The case is closed')
  }

  switch (action as ViolationAction) {
    case 'record-measure': {
      const measure = body.measure
      if (!isMeasure(measure)) return no(400, '请选择措施 / Choose a measure', 'measure')
      if (isDecision(measure)) {
        return no(
          403,
          `“${MEASURES[measure].zh}”是处理决定，须经审批、物业总监签署后生效 / ${MEASURES[measure].en} is a handling decision: it passes the approval chain and takes effect when the director signs`,
        )
      }
      if (!mayRecordMeasure(measure, actor.roles)) {
        if (measure === 'withhold-deposit') {
          return no(403, '只有经理可以扣除装修押金 / Only a manager withholds the deposit')
        }
        return no(
          403,
          '只有现场队长及以上可以发出通知或整改要求 / Only a site captain or a manager issues notices and rectification orders',
        )
      }
      const ladder = checkLadder(
        violation.kind,
        violation.measures.map((m) => m.measure),
        measure,
        text(body.skipReason),
        procedureOf(violation),
      )
      if (!ladder.ok) return no(400, ladder.message, ladder.field)
      const outcome = text(body.outcome)
      if (!outcome) return no(400, '请记录结果 / Record the outcome', 'outcome')
      const takenAt = body.takenAt === undefined ? now : parseDate(body.takenAt)
      if (!takenAt || takenAt.getTime() > now.getTime() + 60_000) {
        return no(400, '时间无效或在将来 / The time is invalid or in the future', 'takenAt')
      }
      let deadline: Date | null = null
      if (DEADLINE_MEASURES.includes(measure)) {
        deadline = parseDate(body.deadline)
        if (!deadline) return no(400, '请填写期限 / Set a deadline', 'deadline')
        if (deadline.getTime() <= now.getTime()) {
          return no(400, '期限不能早于现在 / The deadline cannot be in the past', 'deadline')
        }
      }
      const row: MeasureRow = {
        measure,
        takenAt: takenAt.toISOString(),
        staff: actor.id,
        outcome,
        skipReason: ladder.skipped.length > 0 ? text(body.skipReason) : null,
        deadline: deadline?.toISOString() ?? null,
      }
      return {
        ok: true,
        data: {
          measures: [...violation.measures, row],
          ...(measure === 'rectification'
            ? { rectificationDueAt: row.deadline, rectificationOverdue: false }
            : {}),
        },
      }
    }
    case 'rectified': {
      if (!has(...SUPERVISOR_ROLES)) {
        return no(
          403,
          '只有现场队长及以上可以确认整改 / Only a site captain or a manager confirms rectification',
        )
      }
      const open = [...violation.measures]
        .reverse()
        .find((m) => m.measure === 'rectification' && !m.rectifiedAt)
      if (!open) return no(409, '没有待完成的整改 / There is no open rectification order')
      const outcome = text(body.outcome)
      if (!outcome) return no(400, '请记录整改结果 / Record what was done', 'outcome')
      return {
        ok: true,
        data: {
          measures: violation.measures.map((m) =>
            m === open
              ? {
                  ...m,
                  rectifiedAt: now.toISOString(),
                  outcome: `${m.outcome ?? ''}\n整改完成：${outcome}`.trim(),
                }
              : m,
          ),
          rectificationDueAt: null,
          rectificationOverdue: false,
        },
      }
    }
    case 'record-payment': {
      if (!has('site-captain')) {
        return no(403, '罚没款项由现场队长收取 / The site captain collects the money')
      }
      const receiptNo = text(body.receiptNo)
      // A receipt is recorded once: the same receipt again (a retried request) changes nothing;
      // the same number with another amount is a conflict, never a second payment.
      const recorded = violation.payments.find((p) => p.receiptNo && p.receiptNo === receiptNo)
      if (recorded) {
        if (toFen(Number(recorded.amount ?? 0)) === toFen(Number(body.amount))) {
          return { ok: true, data: {} }
        }
        return no(
          409,
          `收据 ${receiptNo} 已登记其他金额 / Receipt ${receiptNo} is already recorded with another amount`,
          'receiptNo',
        )
      }
      const due = outstanding(violation.amountDue, violation.payments)
      if (due <= 0) {
        return no(409, '没有已生效的待收款项 / Nothing approved is waiting to be collected')
      }
      const amount = Number(body.amount)
      if (typeof body.amount !== 'number' || !Number.isFinite(amount) || amount <= 0) {
        return no(400, '金额必须大于 0 / The amount must be positive', 'amount')
      }
      if (toFen(amount) > toFen(due)) {
        return no(400, `金额超过待收 ${due} 元 / More than the ${due} CNY outstanding`, 'amount')
      }
      if (!receiptNo) return no(400, '请填写收据号 / Enter the receipt number', 'receiptNo')
      const paidAt = body.paidAt === undefined ? now : parseDate(body.paidAt)
      if (!paidAt || paidAt.getTime() > now.getTime() + 60_000) {
        return no(400, '收款日期无效或在将来 / The date is invalid or in the future', 'paidAt')
      }
      return {
        ok: true,
        data: {
          payments: [
            ...violation.payments,
            { amount, receiptNo, paidAt: paidAt.toISOString(), collectedBy: actor.id },
          ],
        },
      }
    }
    case 'resolve': {
      if (!has(responsibleRole(violation.severity), 'property-manager', 'director')) {
        return no(403, '只有负责的经理可以结案 / Only the responsible manager closes the case')
      }
      const resolution = text(body.resolution)
      if (!resolution) return no(400, '请填写处理结果 / Describe how it ended', 'resolution')
      return { ok: true, data: { resolution, resolvedAt: now.toISOString() } }
    }
  }
}

export type ViolationStatus = 'open' | 'rectifying' | 'pending-approval' | 'decided' | 'resolved'

/** A violation's status follows from its record: nobody sets it. */
export const deriveViolationStatus = (v: {
  resolvedAt?: string | null
  approvalStatus?: string | null
  effective?: boolean | null
  rectificationDueAt?: string | null
}): ViolationStatus => {
  if (v.resolvedAt) return 'resolved'
  if (v.approvalStatus === 'pending') return 'pending-approval'
  if (v.effective) return 'decided'
  if (v.rectificationDueAt) return 'rectifying'
  return 'open'
}
