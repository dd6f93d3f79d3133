import type { Field } from 'payload'

import { label, option } from '@/i18n/label'
import { slugs } from '@/slugs'

import { serverSet } from './serverOnly'

/** What a new document's `approval` group holds (the admin form sends it back on create). */
export const APPROVAL_DEFAULTS = { status: 'none', step: 0, round: 1 } as const

/**
 * The `approval` group a document under an approval chain carries: where it stands in its chain.
 * Set only by the approvals endpoint (and reset by a content edit); clients cannot write it.
 */
export const approvalField = (): Field =>
  serverSet({
    name: 'approval',
    type: 'group',
    label: label('审批', 'Approval'),
    admin: { position: 'sidebar' },
    fields: [
      {
        name: 'status',
        type: 'select',
        defaultValue: 'none',
        index: true,
        label: label('审批状态', 'Approval status'),
        options: [
          option('none', '未提交', 'Not submitted'),
          option('pending', '审批中', 'In approval'),
          option('approved', '已批准', 'Approved'),
          option('rejected', '已驳回', 'Rejected'),
        ],
      },
      { name: 'chain', type: 'text', maxLength: 100, label: label('审批链', 'Chain') },
      {
        type: 'row',
        fields: [
          // The stored chain (`approval-chains`) and the version this round follows: an edit of
          // the chain applies to new rounds only.
          {
            name: 'chainId',
            type: 'number',
            index: true,
            label: label('审批链记录', 'Chain record'),
          },
          { name: 'chainVersion', type: 'number', label: label('审批链版本', 'Chain version') },
        ],
      },
      {
        type: 'row',
        fields: [
          {
            name: 'step',
            type: 'number',
            defaultValue: 0,
            label: label('当前步骤', 'Current step'),
          },
          { name: 'round', type: 'number', defaultValue: 1, label: label('轮次', 'Round') },
        ],
      },
      {
        name: 'awaitingRoles',
        type: 'text',
        maxLength: 500,
        index: true,
        label: label('待审批岗位', 'Waiting for'),
        admin: {
          description: label(
            '如 ,director, 表示等待物业总监',
            'e.g. ,director, waits for the director',
          ),
        },
      },
      {
        name: 'contentHash',
        type: 'text',
        maxLength: 128,
        label: label('已签内容摘要', 'Hash of the content signed'),
      },
      {
        name: 'proposedBy',
        type: 'relationship',
        relationTo: slugs.users,
        label: label('提议人', 'Proposed by'),
      },
      {
        name: 'lastActionBy',
        type: 'relationship',
        relationTo: slugs.users,
        label: label('最近处理人', 'Last acted on by'),
      },
      { name: 'lastActionAt', type: 'date', label: label('最近处理时间', 'Last acted on at') },
      {
        name: 'lastComment',
        type: 'textarea',
        maxLength: 5000,
        label: label('最近意见', 'Last comment'),
      },
    ],
  })

/** The sidebar panel that shows the chain and its log, and approves or rejects. */
export const approvalPanelField = (): Field => ({
  name: 'approvalPanel',
  type: 'ui',
  label: label('审批', 'Approval'),
  admin: {
    position: 'sidebar',
    components: { Field: '@/views/ApprovalPanel/ApprovalPanel.client#ApprovalPanel' },
  },
})
