import type { CollectionConfig } from 'payload'

import { canBorrow, canKeepArchives, canReadLoans } from '@/access/documents'
import { denyAll } from '@/access/denyAll'
import { loanEndpoints } from '@/endpoints/documents/loanActions'
import { APPROVAL_DEFAULTS, approvalField, approvalPanelField } from '@/fields/approval'
import { serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { restartApprovalOnEdit } from '@/hooks/approvals/restartApprovalOnEdit'
import { auditHooks } from '@/hooks/audit'
import { prepareLoan } from '@/hooks/documents/prepareLoan'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { workflowActionsField } from '@/fields/workflowActions'
import { LOAN_STATUSES } from '@/domain/documents/loanWorkflow'
import { label, optionsFrom } from '@/i18n/label'
import { loanApprovals } from '@/lib/approvals/documents'
import { slugs } from '@/slugs'

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = {
  initial: {
    status: 'requested',
    needsApproval: false,
    overdue: false,
    overdueNotified: false,
    approval: APPROVAL_DEFAULTS,
  },
}

/**
 * 档案借阅: who borrows what, why, until when. A confidential document, or a borrower outside the
 * permitted circle, needs a leader's approval (the chain); the document controller records lending
 * and return; overdue loans are flagged and emailed; two loans of one paper original never overlap.
 */
export const DocumentLoans: CollectionConfig = {
  slug: slugs.documentLoans,
  labels: {
    singular: label('档案借阅', 'Document loan'),
    plural: label('档案借阅', 'Document loans'),
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'requester', 'documents', 'dueAt', 'status', 'overdue'],
    group: label('文件与档案', 'Documents'),
  },
  access: { read: canReadLoans, create: canBorrow, update: canKeepArchives, delete: denyAll },
  endpoints: loanEndpoints,
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [
      recheckServerFields(serverFields),
      prepareLoan,
      restartApprovalOnEdit(loanApprovals),
    ],
    ...auditHooks,
  },
  fields: [
    workflowActionsField(label('借出与归还', 'Lend and return')),
    approvalPanelField(),
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'number',
          type: 'text',
          maxLength: 100,
          unique: true,
          label: label('借阅单号', 'Number'),
        }),
        serverSet({
          name: 'requester',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('借阅人', 'Borrower'),
        }),
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'requested',
          index: true,
          label: label('状态', 'Status'),
          options: optionsFrom(LOAN_STATUSES),
        }),
        serverSet({
          name: 'needsApproval',
          type: 'checkbox',
          defaultValue: false,
          label: label('需领导批准', 'Needs a leader’s approval'),
        }),
      ],
    },
    {
      name: 'documents',
      type: 'relationship',
      relationTo: slugs.archivedDocuments,
      hasMany: true,
      required: true,
      label: label('借阅文件', 'Documents'),
    },
    {
      name: 'purpose',
      type: 'textarea',
      maxLength: 5000,
      required: true,
      label: label('借阅用途', 'Purpose'),
    },
    {
      type: 'row',
      fields: [
        { name: 'startAt', type: 'date', label: label('借阅日期', 'From') },
        {
          name: 'dueAt',
          type: 'date',
          required: true,
          index: true,
          label: label('应还日期', 'Due'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        ...signOff('lent', label('借出', 'Lent'), {
          order: 'at-by',
          by: { label: label('经手人', 'Lent by') },
        }),
        serverSet({
          name: 'returnedAt',
          type: 'date',
          label: label('归还时间', 'Returned at'),
        }),
        serverSet({
          name: 'returnedTo',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('接收人', 'Returned to'),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'overdue',
          type: 'checkbox',
          defaultValue: false,
          label: label('逾期', 'Overdue'),
        }),
        serverSet({
          name: 'overdueNotified',
          type: 'checkbox',
          defaultValue: false,
          label: label('已发逾期提醒', 'Overdue notice sent'),
          admin: { hidden: true },
        }),
      ],
    },
    approvalField(),
  ],
}
