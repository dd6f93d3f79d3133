import type { Chain } from '@/domain/approvals/chain'
import { invalidField } from '@/lib/errors'
import { REFRESH_FIGURES } from '@/lib/requestContext'
import { slugs } from '@/slugs'

import type { ApprovalDefinition } from './definition'

/** 用户投诉分析报告: the office head (site or property manager) submits it, the director approves. */
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
      key: 'approve',
      roles: ['director'],
      meaning: 'approved',
      label: { zh: '物业总监批准', en: 'Director approves' },
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
  },
  // The approved report keeps the figures as they stood when the director signed.
  writeContext: { [REFRESH_FIGURES]: true },
  onCompleted: ({ actor, at }) => ({ status: 'approved', approvedBy: actor.id, approvedAt: at }),
}
