import type { Chain } from '@/domain/approvals/chain'
import { compensation, lateFee, outstanding, toFen, toYuan } from '@/domain/violations/amounts'
import type { Measure, ViolationKind } from '@/domain/violations/ladder'
import { AMOUNT_MEASURES, checkLadder, isDecision, isMeasure } from '@/domain/violations/ladder'
import { emailsOfRoles } from '@/lib/staffEmails'
import { invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

import type { ApprovalDefinition } from './definition'

/** 一般违章: the site manager proposes, the property manager reviews, the director signs. */
export const GENERAL_VIOLATION_CHAIN: Chain = {
  key: 'violation-general',
  steps: [
    {
      key: 'propose',
      roles: ['site-manager'],
      meaning: 'proposed',
      label: { zh: '现场经理提议', en: 'Site manager proposes' },
    },
    {
      key: 'review',
      roles: ['property-manager'],
      meaning: 'reviewed',
      label: { zh: '物业管理经理审核', en: 'Property manager reviews' },
    },
    {
      key: 'sign',
      roles: ['director'],
      meaning: 'approved',
      label: { zh: '物业总监签署', en: 'Director signs' },
    },
  ],
}

/** 重大违章: the property manager proposes, the director signs. */
export const MAJOR_VIOLATION_CHAIN: Chain = {
  key: 'violation-major',
  steps: [
    {
      key: 'propose',
      roles: ['property-manager'],
      meaning: 'proposed',
      label: { zh: '物业管理经理提议', en: 'Property manager proposes' },
    },
    {
      key: 'sign',
      roles: ['director'],
      meaning: 'approved',
      label: { zh: '物业总监签署', en: 'Director signs' },
    },
  ],
}

type Decision = {
  measure?: string | null
  facts?: string | null
  deadline?: string | null
  arrears?: number | null
  overdueSince?: string | null
  damage?: number | null
  amount?: number | null
  skipReason?: string | null
}

const decisionOf = (doc: Record<string, unknown>) => (doc.decision ?? {}) as Decision
const takenMeasures = (doc: Record<string, unknown>) =>
  ((doc.measures ?? []) as Array<{ measure: Measure }>).map((m) => m.measure)

/**
 * The amount a decision carries, computed on the server from the office's settings: a late fee
 * from the arrears and days overdue, compensation from the assessed damage (both capped).
 */
export const decisionAmount = (
  decision: Decision,
  settings: Parameters<typeof lateFee>[1],
  asOf: Date,
) => {
  if (decision.measure === 'late-fee') {
    return lateFee(
      { arrears: decision.arrears, overdueSince: decision.overdueSince, asOf },
      settings,
    )
  }
  if (decision.measure === 'compensation')
    return compensation({ damage: decision.damage }, settings)
  return null
}

export const violationApprovals: ApprovalDefinition = {
  collection: slugs.violations,
  label: { zh: '违章处理决定', en: 'Violation decision' },
  chains: [GENERAL_VIOLATION_CHAIN, MAJOR_VIOLATION_CHAIN],
  chainFor: (doc) => (doc.severity === 'major' ? MAJOR_VIOLATION_CHAIN : GENERAL_VIOLATION_CHAIN),
  defaultConditions: () => ({
    [GENERAL_VIOLATION_CHAIN.key]: { severities: ['general'] },
    [MAJOR_VIOLATION_CHAIN.key]: { severities: ['major'] },
  }),
  caseFacts: (doc) => ({
    severity: (doc.severity as string) ?? 'general',
    violationKind: (doc.kind as string) ?? null,
    amount: Number(decisionOf(doc).amount ?? 0),
  }),
  conditionFields: ['severities', 'violationKinds', 'amountOver', 'amountUpTo'],
  // 违章处理意见经物业总监签署后生效 (DOMAIN.md → Violations).
  procedure: 'penalty',
  contentFields: ['decision', 'unit', 'resident', 'kind', 'severity'],
  afterApproval: 'new-round',
  title: (doc) => String(doc.number ?? doc.id),
  titleFields: ['number'],
  checkProposal: async ({ doc, req }) => {
    const decision = decisionOf(doc)
    const fail = (field: string, message: string) => {
      throw invalidField(slugs.violations, field, message)
    }
    if (!isMeasure(decision.measure) || !isDecision(decision.measure)) {
      fail('decision.measure', '请选择需审批的处理措施 / Choose the handling decision to propose')
      return
    }
    const ladder = checkLadder(
      doc.kind as ViolationKind,
      takenMeasures(doc),
      decision.measure,
      decision.skipReason,
    )
    if (!ladder.ok)
      fail(ladder.field === 'measure' ? 'decision.measure' : 'decision.skipReason', ladder.message)
    if (!(decision.facts ?? '').trim())
      fail('decision.facts', '请写明事实和理由 / State the facts and reasons')
    if (decision.deadline && new Date(decision.deadline).getTime() <= Date.now()) {
      fail('decision.deadline', '期限不能早于现在 / The deadline cannot be in the past')
    }
    if (AMOUNT_MEASURES.includes(decision.measure)) {
      const amount = decisionAmount(decision, await officeSettings(req), new Date())
      if (amount && !amount.ok) fail(amount.field, amount.message)
    }
  },
  onCompleted: ({ doc, actor, at }) => {
    const decision = decisionOf(doc)
    const amount = decision.amount ?? 0
    const amountDue = toYuan(toFen(Number(doc.amountDue ?? 0)) + toFen(amount))
    const approval = (doc.approval ?? {}) as { proposedBy?: unknown; round?: number }
    return {
      effective: true,
      amountDue,
      outstanding: outstanding(amountDue, (doc.payments ?? []) as Array<{ amount?: number }>),
      measures: [
        ...((doc.measures ?? []) as unknown[]),
        {
          measure: decision.measure,
          takenAt: at,
          staff: relationId(approval.proposedBy) ?? null,
          outcome: decision.facts,
          skipReason: decision.skipReason || null,
          deadline: decision.deadline || null,
          amount: amount || null,
          approvedBy: actor.id,
          approvedAt: at,
          approvalRound: approval.round ?? 1,
        },
      ],
    }
  },
  notifyOnCompletion: async ({ doc, req }) =>
    Number(decisionOf(doc).amount ?? 0) > 0 ? emailsOfRoles(req, ['site-captain']) : [],
}
