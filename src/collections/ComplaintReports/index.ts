import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { canReadReportRecords, canWriteReportRecords } from '@/access/reports'
import { computeReportFigures } from '@/hooks/complaintReports/computeReportFigures'
import { signHeadComments } from '@/hooks/complaintReports/signHeadComments'
import { printComplaintReport } from '@/endpoints/complaintReports/printReport'
import { auditHooks } from '@/hooks/audit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { APPROVAL_DEFAULTS, approvalField, approvalPanelField } from '@/fields/approval'
import { serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { restartApprovalOnEdit } from '@/hooks/approvals/restartApprovalOnEdit'
import { complaintReportApprovals } from '@/lib/approvals/complaintReports'
import { label, option } from '@/i18n/label'
import { slugs } from '@/slugs'

const actions = (name: string, zh: string, en: string) => ({
  name,
  type: 'array' as const,
  label: label(zh, en),
  fields: [
    {
      type: 'row' as const,
      fields: [
        {
          name: 'action',
          type: 'text' as const,
          maxLength: 500,
          required: true,
          label: label('措施', 'Action'),
        },
        {
          name: 'owner',
          type: 'relationship' as const,
          relationTo: slugs.users,
          label: label('负责人', 'Owner'),
        },
        { name: 'dueDate', type: 'date' as const, label: label('完成期限', 'Due') },
      ],
    },
  ],
})

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = {
  initial: { status: 'draft', approval: APPROVAL_DEFAULTS },
}

/**
 * 投诉调度记录月总结表 (with the office head's signed comments) and 用户投诉分析报告 (with corrective
 * and preventive actions, reviewed by the director and final only when the general manager
 * approves it; its actions then become follow-up items). Both print: `GET /:id/report.pdf`. Figures are computed for the
 * period by the database; nobody types them.
 */
export const ComplaintReports: CollectionConfig = {
  slug: slugs.complaintReports,
  labels: {
    singular: label('投诉总结报告', 'Complaint report'),
    plural: label('投诉总结报告', 'Complaint reports'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'status', 'approvedAt'],
    group: label('投诉与回访', 'Complaints'),
  },
  access: {
    read: canReadReportRecords,
    create: canWriteReportRecords,
    update: canWriteReportRecords,
    delete: canDeleteRecords,
  },
  indexes: [{ fields: ['kind', 'period'], unique: true }],
  endpoints: [printComplaintReport],
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [
      recheckServerFields(serverFields),
      computeReportFigures,
      signHeadComments,
      restartApprovalOnEdit(complaintReportApprovals),
    ],
    ...auditHooks,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: [
            option('monthly-dispatch-summary', '投诉调度记录月总结表', 'Monthly dispatch summary'),
            option(
              'quarterly-analysis',
              '用户投诉分析报告（季度）',
              'Quarterly complaint analysis',
            ),
          ],
          label: label('报告类型', 'Kind'),
        },
        {
          name: 'period',
          type: 'text',
          maxLength: 100,
          required: true,
          label: label('期间', 'Period'),
          admin: { description: label('月报 YYYY-MM，季报 YYYY-Qn', 'YYYY-MM or YYYY-Qn') },
        },
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'draft',
          options: [option('draft', '草稿', 'Draft'), option('approved', '已批准', 'Approved')],
          label: label('状态', 'Status'),
        }),
      ],
    },
    serverSet({
      name: 'title',
      type: 'text',
      maxLength: 200,
      label: label('标题', 'Title'),
    }),
    serverSet({
      name: 'figures',
      type: 'json',
      label: label('统计数据', 'Figures'),
    }),
    {
      name: 'headComments',
      type: 'textarea',
      maxLength: 5000,
      label: label('客服中心主任意见', 'Office head’s comments'),
      admin: {
        description: label('由客服中心主任填写并签署', 'Written and signed by the office head'),
      },
    },
    {
      type: 'row',
      fields: [...signOff('headComments', label('主任签署', 'Signed'), { order: 'by-at' })],
    },
    { name: 'analysis', type: 'textarea', maxLength: 5000, label: label('分析', 'Analysis') },
    actions('correctiveActions', '纠正措施', 'Corrective actions'),
    actions('preventiveActions', '预防措施', 'Preventive actions'),
    {
      type: 'row',
      fields: [...signOff('approved', label('批准', 'Approved'))],
    },
    approvalPanelField(),
    approvalField(),
  ],
}
