import type { Chain } from '@/domain/approvals/chain'
import { relationId } from '@/domain/relations'
import { rolesOf } from '@/domain/roles'
import { invalidField } from '@/lib/errors'
import { createFollowUp } from '@/lib/followUps'
import { REFRESH_FIGURES } from '@/lib/requestContext'
import { slugs } from '@/slugs'

import type { ApprovalDefinition } from './definition'

/**
 * 用户投诉分析报告: the office head (site or property manager) submits it, the director reviews it
 * and the company's general manager (总经理) approves it (DOMAIN.md → Complaints).
 */
export const QUARTERLY_ANALYSIS_CHAIN: Chain = {
  key: 'quarterly-analysis',
  steps: [
    {
      key: 'submit',
      roles: ['site-manager', 'property-manager'],
      meaning: 'proposed',
      label: { zh: '客服中心负责人提交', en: 'Office head submits' },
    },
    {
      key: 'review',
      roles: ['director'],
      meaning: 'reviewed',
      label: { zh: '物业总监审核', en: 'Director reviews' },
    },
    {
      key: 'approve',
      roles: ['general-manager'],
      meaning: 'approved',
      label: { zh: '总经理批准', en: 'General manager approves' },
    },
  ],
}

export const complaintReportApprovals: ApprovalDefinition = {
  collection: slugs.complaintReports,
  label: { zh: '投诉分析报告', en: 'Complaint analysis' },
  chains: [QUARTERLY_ANALYSIS_CHAIN],
  chainFor: () => QUARTERLY_ANALYSIS_CHAIN,
  contentFields: [
    'kind',
    'period',
    'analysis',
    'headComments',
    'correctiveActions',
    'preventiveActions',
  ],
  afterApproval: 'refuse',
  title: (doc) => String(doc.title ?? doc.period ?? doc.id),
  titleFields: ['title', 'period'],
  checkProposal: ({ doc }) => {
    if (doc.kind !== 'quarterly-analysis') {
      throw invalidField(
        slugs.complaintReports,
        'kind',
        '只有季度分析报告需要批准 / Only the quarterly analysis is approved',
      )
    }
    if (!String(doc.analysis ?? '').trim()) {
      throw invalidField(
        slugs.complaintReports,
        'analysis',
        '请先填写分析 / Write the analysis first',
      )
    }
    if (((doc.correctiveActions as unknown[]) ?? []).length === 0) {
      throw invalidField(
        slugs.complaintReports,
        'correctiveActions',
        '请填写纠正措施 / Add corrective actions',
      )
    }
    // Each action is followed until done: it needs someone and a date.
    for (const [list, item, index] of capaOf(doc)) {
      if (relationId(item.owner) === undefined) {
        throw invalidField(
          slugs.complaintReports,
          `${list}.${index}.owner`,
          `第 ${index + 1} 项措施须指定负责人 / Action ${index + 1} needs an owner`,
        )
      }
      if (!item.dueDate) {
        throw invalidField(
          slugs.complaintReports,
          `${list}.${index}.dueDate`,
          `第 ${index + 1} 项措施须有完成期限 / Action ${index + 1} needs a due date`,
        )
      }
    }
  },
  // The approved report keeps the figures as they stood when the director signed.
  writeContext: { [REFRESH_FIGURES]: true },
  // The approved measures become follow-up items (跟进事项), escalated when overdue.
  onCompleted: async ({ doc, req, actor, at }) => {
    for (const [list, item, index] of capaOf(doc)) {
      const owner = await req.payload
        .findByID({ collection: slugs.users, id: relationId(item.owner)!, depth: 0, req })
        .catch(() => null)
      if (!owner || !rolesOf(owner).some((role) => role !== 'admin')) {
        throw invalidField(
          slugs.complaintReports,
          `${list}.${index}.owner`,
          '措施负责人不是在职员工 / The owner of an action is not on the staff',
        )
      }
      await createFollowUp(req, {
        title: `${list === 'correctiveActions' ? '纠正措施' : '预防措施'}：${item.action}`,
        owner: owner.id,
        deadline: String(item.dueDate),
        sourceKind: 'corrective-action',
        source: { relationTo: slugs.complaintReports, value: doc.id as number },
        details: String(doc.title ?? doc.period ?? ''),
      })
    }
    return { status: 'approved', approvedBy: actor.id, approvedAt: at }
  },
}

type Capa = { action?: string; owner?: unknown; dueDate?: string | null }

/** The report's corrective and preventive actions, with the list each is in and its index. */
const capaOf = (doc: Record<string, unknown>): Array<[string, Capa, number]> =>
  (['correctiveActions', 'preventiveActions'] as const).flatMap((list) =>
    ((doc[list] as Capa[] | null | undefined) ?? []).map((item, index): [string, Capa, number] => [
      list,
      item,
      index,
    ]),
  )
