import type { CollectionConfig } from 'payload'

import { canReadArchives } from '@/access/documents'
import { denyAll } from '@/access/denyAll'
import { hasRole } from '@/access/hasRole'
import { APPROVAL_DEFAULTS, approvalField, approvalPanelField } from '@/fields/approval'
import { serverSet } from '@/fields/serverOnly'
import { restartApprovalOnEdit } from '@/hooks/approvals/restartApprovalOnEdit'
import { auditHooks } from '@/hooks/audit'
import { describeDestruction } from '@/hooks/documents/describeDestruction'
import { refuseDeletion } from '@/hooks/shared/appendOnly'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { label, option } from '@/i18n/label'
import { destructionApprovals } from '@/lib/approvals/documents'
import { slugs } from '@/slugs'

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = {
  initial: { status: 'pending', approval: APPROVAL_DEFAULTS },
}

/**
 * 文件销毁记录: what was destroyed (number, title, version), how, why, who approved and when. Created
 * by the document controller, destroyed by the director's approval (the chain), and kept forever:
 * no API deletes it, and once approved it cannot be edited.
 */
export const DocumentDestructions: CollectionConfig = {
  slug: slugs.documentDestructions,
  labels: {
    singular: label('销毁记录', 'Destruction record'),
    plural: label('销毁记录', 'Destruction records'),
  },
  admin: {
    useAsTitle: 'documentNumber',
    defaultColumns: ['documentNumber', 'title', 'versionLabel', 'method', 'status', 'destroyedAt'],
    group: label('文件与档案', 'Documents'),
  },
  access: {
    read: canReadArchives,
    create: ({ req: { user } }) => hasRole(user, 'document-controller'),
    update: ({ req: { user } }) => hasRole(user, 'document-controller'),
    delete: denyAll,
  },
  hooks: {
    beforeOperation: [
      refuseDeletion('销毁记录永久保存，不可删除', 'A destruction record is kept forever'),
      protectServerFields(serverFields),
    ],
    beforeChange: [
      recheckServerFields(serverFields),
      describeDestruction,
      restartApprovalOnEdit(destructionApprovals),
    ],
    ...auditHooks,
  },
  fields: [
    approvalPanelField(),
    {
      name: 'document',
      type: 'relationship',
      relationTo: slugs.archivedDocuments,
      required: true,
      label: label('文件', 'Document'),
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'documentNumber',
          type: 'text',
          maxLength: 100,
          label: label('文件编号', 'Number'),
        }),
        serverSet({
          name: 'title',
          type: 'text',
          maxLength: 200,
          label: label('文件名称', 'Title'),
        }),
        serverSet({
          name: 'versionLabel',
          type: 'text',
          maxLength: 100,
          label: label('版本', 'Version'),
        }),
      ],
    },
    {
      name: 'method',
      type: 'select',
      required: true,
      label: label('销毁方式', 'Method'),
      options: [
        option('shredding', '碎纸', 'Shredding'),
        option('incineration', '焚毁', 'Incineration'),
        option('deletion', '电子文件删除', 'Electronic deletion'),
        option('other', '其他', 'Other'),
      ],
    },
    {
      name: 'reason',
      type: 'textarea',
      maxLength: 5000,
      required: true,
      label: label('销毁理由', 'Reason'),
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'pending',
          label: label('状态', 'Status'),
          options: [
            option('pending', '待批准', 'Pending'),
            option('approved', '已批准销毁', 'Approved and destroyed'),
          ],
        }),
        serverSet({
          name: 'approvedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('批准人', 'Approved by'),
        }),
        serverSet({
          name: 'destroyedAt',
          type: 'date',
          label: label('销毁日期', 'Destroyed at'),
        }),
      ],
    },
    approvalField(),
  ],
}
