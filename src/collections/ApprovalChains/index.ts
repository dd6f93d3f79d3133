import type { CollectionConfig } from 'payload'

import { canEditApprovalChains } from '@/access/canEditApprovalChains'
import { isStaff } from '@/access/isStaff'
import { DOCUMENT_KINDS } from '@/domain/documents/control'
import { ROLE_LABELS } from '@/domain/roles'
import { VIOLATION_KINDS } from '@/domain/violations/ladder'
import { auditHooks } from '@/hooks/audit'
import { auditChainChange } from '@/hooks/approvalChains/auditChainChange'
import { checkApprovalChain } from '@/hooks/approvalChains/checkApprovalChain'
import { keepChainsInUse } from '@/hooks/approvalChains/keepChainsInUse'
import { label, option, optionsFrom } from '@/i18n/label'
import { approvalDefinitions } from '@/lib/approvals/registry'
import { chainOverview } from '@/endpoints/approvalChains/overview'
import { slugs } from '@/slugs'

/**
 * 审批链: who signs what, as office data (ARCHITECTURE.md → "The approval chain (reusable)"). For
 * each collection on the approval chain: the conditions that pick a chain (severity, kind, amount,
 * document kind), its ordered steps (roles and/or a designated person, and what signing means) and
 * a version. Edited by the administrator and the director; the procedure's guard rails are checked
 * on save (`checkApprovalChain`); a case in flight keeps the version it started on (Payload keeps
 * every version: the history); a chain cases are on is switched off, never deleted. Audited.
 */
export const ApprovalChains: CollectionConfig = {
  slug: slugs.approvalChains,
  labels: {
    singular: label('审批链', 'Approval chain'),
    plural: label('审批链', 'Approval chains'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'collectionSlug', 'key', 'version', 'active'],
    group: label('系统', 'System'),
    description: label(
      '谁审批什么：条件选定审批链，步骤依次签署。保存时检查程序规定；审批中的记录按原版本完成',
      'Who signs what: conditions pick a chain, its steps sign in order. Saving checks the procedures; cases in approval finish on the version they started on',
    ),
  },
  access: {
    read: isStaff,
    create: canEditApprovalChains,
    update: canEditApprovalChains,
    delete: canEditApprovalChains,
  },
  versions: { maxPerDoc: 0 },
  endpoints: [chainOverview],
  defaultSort: 'collectionSlug',
  hooks: {
    beforeChange: [checkApprovalChain],
    beforeDelete: [keepChainsInUse],
    afterChange: [auditChainChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    {
      name: 'chainView',
      type: 'ui',
      label: label('审批流程', 'The chain'),
      admin: { components: { Field: '@/views/ChainView/ChainView.client#ChainView' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 200,
          label: label('名称', 'Name'),
        },
        {
          name: 'key',
          type: 'text',
          required: true,
          unique: true,
          index: true,
          maxLength: 100,
          label: label('编码', 'Key'),
          admin: {
            description: label('审批中的记录保存此编码', 'Cases in approval store it'),
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'collectionSlug',
          type: 'select',
          required: true,
          index: true,
          label: label('适用记录', 'For records of'),
          options: Object.values(approvalDefinitions).map((d) =>
            option(d.collection, d.label.zh, d.label.en),
          ),
        },
        {
          name: 'active',
          type: 'checkbox',
          defaultValue: true,
          index: true,
          label: label('启用', 'Active'),
        },
        {
          name: 'version',
          type: 'number',
          defaultValue: 1,
          label: label('版本', 'Version'),
          admin: {
            readOnly: true,
            description: label('每次修改加一', 'One more on every change'),
          },
        },
      ],
    },
    {
      name: 'conditions',
      type: 'group',
      label: label('适用条件（留空表示任意）', 'Conditions (empty means any)'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'severities',
              type: 'select',
              hasMany: true,
              label: label('违章严重程度', 'Violation severity'),
              options: [option('general', '一般', 'General'), option('major', '重大', 'Major')],
            },
            {
              name: 'violationKinds',
              type: 'select',
              hasMany: true,
              label: label('违章类别', 'Violation kind'),
              options: optionsFrom(VIOLATION_KINDS),
            },
            {
              name: 'documentKinds',
              type: 'select',
              hasMany: true,
              label: label('文件类别', 'Document kind'),
              options: optionsFrom(DOCUMENT_KINDS),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'amountOver',
              type: 'number',
              min: 0,
              label: label('金额大于（元）', 'Amount over (yuan)'),
            },
            {
              name: 'amountUpTo',
              type: 'number',
              min: 0,
              label: label('金额不超过（元）', 'Amount up to (yuan)'),
            },
          ],
        },
      ],
    },
    {
      name: 'steps',
      type: 'array',
      label: label('步骤（依次签署）', 'Steps (signed in order)'),
      labels: { singular: label('步骤', 'Step'), plural: label('步骤', 'Steps') },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'key', type: 'text', maxLength: 60, label: label('编码', 'Key') },
            {
              name: 'meaning',
              type: 'select',
              required: true,
              label: label('签署含义', 'Meaning'),
              options: [
                option('proposed', '提交', 'Submits'),
                option('reviewed', '审核', 'Reviews'),
                option('approved', '批准 / 签署', 'Approves / signs'),
              ],
            },
          ],
        },
        {
          name: 'roles',
          type: 'select',
          hasMany: true,
          label: label('岗位', 'Roles'),
          options: optionsFrom(ROLE_LABELS),
        },
        {
          name: 'designation',
          type: 'select',
          label: label('指定人员', 'Designated person'),
          options: [
            option('office-head', '客服中心主任', 'Office head'),
            option('department-head', '记录所属部门负责人', 'Head of the case’s department'),
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'labelZh',
              type: 'text',
              maxLength: 100,
              label: label('名称（中文）', 'Label (zh)'),
            },
            {
              name: 'labelEn',
              type: 'text',
              maxLength: 100,
              label: label('名称（英文）', 'Label (en)'),
            },
          ],
        },
      ],
    },
  ],
}
