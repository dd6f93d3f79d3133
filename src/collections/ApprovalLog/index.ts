import type { CollectionConfig } from 'payload'

import { canReadApprovalLog } from '@/access/approvalLog'
import { denyAll } from '@/access/denyAll'
import { ROLE_LABELS } from '@/domain/roles'
import { appendOnly } from '@/hooks/shared/appendOnly'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * 审批记录: every action on an approval chain — who, in which role, when, what it meant, the
 * comment, and the hash of the content signed, sealed with an HMAC so an entry cannot be moved to
 * another document. Written only by the approvals endpoint through the database adapter, in the
 * action's transaction. One entry per document, round and step (a unique index): of two approvers
 * acting on the same step at once, the second gets 409.
 */
export const ApprovalLog: CollectionConfig = {
  slug: slugs.approvalLog,
  labels: {
    singular: label('审批记录', 'Approval entry'),
    plural: label('审批记录', 'Approval log'),
  },
  admin: {
    useAsTitle: 'meaning',
    defaultColumns: ['at', 'collectionSlug', 'documentId', 'round', 'meaning', 'user', 'role'],
    group: label('系统', 'System'),
  },
  access: { read: canReadApprovalLog, create: denyAll, update: denyAll, delete: denyAll },
  hooks: {
    beforeOperation: [
      appendOnly('审批记录只能追加，不可修改或删除', 'The approval log is append-only'),
    ],
  },
  defaultSort: '-at',
  indexes: [{ fields: ['collectionSlug', 'documentId', 'round', 'step'], unique: true }],
  fields: [
    {
      name: 'collectionSlug',
      type: 'text',
      maxLength: 100,
      required: true,
      label: label('对象', 'Collection'),
    },
    {
      name: 'documentId',
      type: 'text',
      maxLength: 100,
      required: true,
      label: label('记录编号', 'Record id'),
    },
    { name: 'round', type: 'number', required: true, label: label('轮次', 'Round') },
    { name: 'step', type: 'number', required: true, label: label('步骤', 'Step') },
    { name: 'stepKey', type: 'text', maxLength: 100, label: label('步骤名', 'Step key') },
    {
      name: 'meaning',
      type: 'select',
      required: true,
      label: label('含义', 'Meaning'),
      options: [
        option('proposed', '提议', 'Proposed'),
        option('reviewed', '审核', 'Reviewed'),
        option('approved', '批准', 'Approved'),
        option('rejected', '驳回', 'Rejected'),
      ],
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('签署人', 'Signed by'),
    },
    { name: 'userName', type: 'text', maxLength: 100, label: label('签署人姓名', 'Signer’s name') },
    {
      name: 'role',
      type: 'select',
      options: optionsFrom(ROLE_LABELS),
      label: label('岗位', 'Role'),
    },
    { name: 'comment', type: 'textarea', maxLength: 5000, label: label('意见', 'Comment') },
    {
      name: 'contentHash',
      type: 'text',
      maxLength: 128,
      required: true,
      label: label('内容摘要', 'Content hash'),
    },
    { name: 'seal', type: 'text', maxLength: 128, required: true, label: label('签章', 'Seal') },
    { name: 'at', type: 'date', required: true, index: true, label: label('时间', 'At') },
  ],
}
