import type { CollectionBeforeChangeHook } from 'payload'

import type { Violation } from '@/payload-types'
import { localYearMonth } from '@/domain/time'
import { deriveViolationStatus, responsibleRole } from '@/domain/violations/actions'
import { outstanding } from '@/domain/violations/amounts'
import type { Measure, ViolationKind } from '@/domain/violations/ladder'
import {
  VIOLATION_KINDS,
  isDecision,
  isMeasure,
  ladderFor,
  nextMeasure,
  procedureOf,
} from '@/domain/violations/ladder'
import { decisionAmount } from '@/lib/approvals/violations'
import { invalidField } from '@/lib/errors'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

const fail = (path: string, message: string) => {
  throw invalidField(slugs.violations, path, message)
}

/**
 * beforeChange: the number `WZ-YYYYMM-NNNN`; the sub-kind belongs to the kind; the manager in
 * charge by severity; the draft decision's amount computed from the office's settings (a client's
 * figure is ignored); dates and amounts checked; the next measure on the ladder; the status; what
 * is still to be collected.
 */
export const prepareViolation: CollectionBeforeChangeHook<Violation> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const office = await officeSettings(req)
  const merged: Partial<Violation> = { ...originalDoc, ...data }
  const now = new Date()

  if (operation === 'create') {
    const serverWrite = req.context?.serverWrite === true
    data.foundBy = data.foundBy ?? req.user?.id ?? null
    data.recordedBy = serverWrite && data.recordedBy ? data.recordedBy : (req.user?.id ?? null)
    const month = localYearMonth(now, office.timezone).replace('-', '')
    data.number = `WZ-${month}-${String(await nextSequenceNumber(req, `WZ-${month}`)).padStart(4, '0')}`
  }

  const kind = merged.kind as ViolationKind
  const subKind = merged.subKind as string | null | undefined
  if (subKind && !(subKind in (VIOLATION_KINDS[kind]?.subKinds ?? {}))) {
    fail('subKind', '细类不属于所选违章类型 / The sub-kind does not belong to this kind')
  }
  if (merged.occurredAt && new Date(String(merged.occurredAt)).getTime() > now.getTime() + 60_000) {
    fail('occurredAt', '发生时间不能在将来 / The time cannot be in the future')
  }
  data.responsibleRole = responsibleRole(merged.severity === 'major' ? 'major' : 'general')

  if ('decision' in data && data.decision) {
    const decision = { ...(data.decision as Record<string, unknown>) }
    const measure = decision.measure
    if (
      measure &&
      (!isMeasure(measure) || !isDecision(measure) || !ladderFor(kind).includes(measure))
    ) {
      fail(
        'decision.measure',
        '该措施不是此类违章的处理决定 / Not a handling decision for this kind',
      )
    }
    for (const key of ['arrears', 'damage'] as const) {
      const value = decision[key]
      if (value !== null && value !== undefined && (typeof value !== 'number' || value < 0)) {
        fail(`decision.${key}`, '金额不能为负数 / The amount cannot be negative')
      }
    }
    const changedDeadline =
      decision.deadline &&
      decision.deadline !== (originalDoc?.decision as { deadline?: unknown } | undefined)?.deadline
    if (changedDeadline && new Date(String(decision.deadline)).getTime() <= now.getTime()) {
      fail('decision.deadline', '期限不能早于现在 / The deadline cannot be in the past')
    }
    const amount = decisionAmount(decision, office, now)
    decision.amount = amount?.ok ? amount.amount : null
    decision.days = amount?.ok ? (amount.days ?? null) : null
    data.decision = decision
  }

  const measures = (merged.measures ?? []) as Array<{ measure: Measure }>
  data.nextMeasure = kind
    ? nextMeasure(
        kind,
        measures.map((m) => m.measure),
        procedureOf(merged),
      )
    : null
  const approvalStatus = ((data.approval ?? merged.approval) as { status?: string } | undefined)
    ?.status
  data.status = deriveViolationStatus({
    resolvedAt: merged.resolvedAt as string | null,
    approvalStatus,
    effective: merged.effective as boolean | null,
    rectificationDueAt: merged.rectificationDueAt as string | null,
  })
  data.outstanding = outstanding(
    Number(merged.amountDue ?? 0),
    (merged.payments ?? []) as Array<{ amount?: number }>,
  )
  return data
}
