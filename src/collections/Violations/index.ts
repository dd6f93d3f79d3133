import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'

import { canReadViolations, canRecordViolations, canUpdateViolations } from '@/access/violations'
import { ROLE_LABELS } from '@/domain/roles'
import { MEASURES, VIOLATION_KINDS } from '@/domain/violations/ladder'
import { violationEndpoints } from '@/endpoints/violations'
import { APPROVAL_DEFAULTS, approvalField, approvalPanelField } from '@/fields/approval'
import { money } from '@/fields/money'
import { serverFieldsOf, serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { restartApprovalOnEdit } from '@/hooks/approvals/restartApprovalOnEdit'
import { auditHooks } from '@/hooks/audit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { prepareViolation } from '@/hooks/violations/prepareViolation'
import { workflowActionsField } from '@/fields/workflowActions'
import { VIOLATION_STATUSES } from '@/domain/violations/workflow'
import { label, option, optionsFrom } from '@/i18n/label'
import { violationApprovals } from '@/lib/approvals/violations'
import { slugs } from '@/slugs'

const subKindOptions = Object.values(VIOLATION_KINDS).flatMap((kind) =>
  Object.entries(kind.subKinds).map(([value, l]) =>
    option(value, `${kind.zh}：${l.zh}`, `${kind.en}: ${l.en}`),
  ),
)
const measureOptions = optionsFrom(MEASURES)
const decisionOptions = Object.entries(MEASURES)
  .filter(([, m]) => m.decision)
  .map(([value, m]) => option(value, m.zh, m.en))
const readOnly = { readOnly: true }

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = {
  initial: {
    status: 'open',
    effective: false,
    amountDue: 0,
    outstanding: 0,
    rectificationOverdue: false,
    approval: APPROVAL_DEFAULTS,
  },
}

/**
 * 违章: a case, the measures taken on it (persuade first; each rung recorded), and the handling
 * decision under the approval chain — in effect only when the director signs. Money becomes
 * collectable on approval; the site captain records what was collected.
 */
export const Violations: CollectionConfig = {
  slug: slugs.violations,
  labels: { singular: label('违章', 'Violation'), plural: label('违章处理', 'Violations') },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'occurredAt', 'unit', 'kind', 'severity', 'status', 'effective'],
    group: label('违章与审批', 'Violations and approvals'),
  },
  access: {
    read: canReadViolations,
    create: canRecordViolations,
    update: canUpdateViolations,
    delete: canDeleteRecords,
  },
  defaultSort: '-occurredAt',
  indexes: [{ fields: ['status', 'occurredAt'] }],
  endpoints: violationEndpoints,
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [
      recheckServerFields(serverFields),
      restartApprovalOnEdit(violationApprovals),
      prepareViolation,
    ],
    ...auditHooks,
  },
  fields: [
    workflowActionsField(label('违章处理', 'Actions')),
    approvalPanelField(),
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'number',
          type: 'text',
          maxLength: 100,
          unique: true,
          label: label('编号', 'Number'),
        }),
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'open',
          index: true,
          label: label('状态', 'Status'),
          options: optionsFrom(VIOLATION_STATUSES),
        }),
        serverSet({
          name: 'effective',
          type: 'checkbox',
          defaultValue: false,
          label: label('处理决定已生效', 'Decision in effect'),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: label('违章类型', 'Kind'),
          options: Object.entries(VIOLATION_KINDS).map(([value, k]) => option(value, k.zh, k.en)),
        },
        {
          name: 'subKind',
          type: 'select',
          label: label('细类', 'Sub-kind'),
          options: subKindOptions,
        },
        {
          name: 'severity',
          type: 'select',
          required: true,
          defaultValue: 'general',
          label: label('严重程度', 'Severity'),
          options: [option('general', '一般', 'General'), option('major', '重大', 'Major')],
          admin: {
            description: label(
              '重大违章由物业管理经理处理，一般违章由现场经理处理',
              'Major → property manager; general → site manager',
            ),
          },
        },
        serverSet({
          name: 'responsibleRole',
          type: 'select',
          label: label('负责岗位', 'Responsible'),
          options: optionsFrom(ROLE_LABELS),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'relationship',
          relationTo: slugs.units,
          required: true,
          label: label('房号', 'Unit'),
        },
        {
          name: 'resident',
          type: 'relationship',
          relationTo: slugs.residents,
          label: label('业主 / 租户', 'Resident or tenant'),
        },
        { name: 'location', type: 'text', maxLength: 100, label: label('地点', 'Where') },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'occurredAt',
          type: 'date',
          required: true,
          label: label('发现时间', 'When'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'foundBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('发现人', 'Found by'),
        },
        {
          name: 'handler',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('经办人', 'Handled by'),
        },
        serverSet({
          name: 'recordedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('登记人', 'Recorded by'),
        }),
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      maxLength: 5000,
      required: true,
      label: label('违章事实', 'What happened'),
    },
    {
      // A breach of a renovation: handled by the renovation procedure (stop work → rectify →
      // withhold the deposit) instead of the ladder; set when the breach is reported on it.
      name: 'renovation',
      type: 'relationship',
      relationTo: slugs.renovations,
      index: true,
      label: label('装修申请', 'Renovation'),
    },
    serverSet({
      // Set when a guard records the violation on the shift log (值班表); the entry links back.
      name: 'shiftLog',
      type: 'relationship',
      relationTo: slugs.shiftLogs,
      index: true,
      label: label('交接班记录', 'Shift log'),
    }),
    {
      name: 'photos',
      type: 'upload',
      relationTo: slugs.attachments,
      hasMany: true,
      label: label('照片', 'Photos'),
    },
    serverSet({
      name: 'measures',
      type: 'array',
      label: label('已采取措施', 'Measures taken'),
      admin: {
        description: label(
          '通过“记录措施”操作或审批生效后由系统写入',
          'Written by the record action or by the approval',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'measure',
              type: 'select',
              required: true,
              options: measureOptions,
              label: label('措施', 'Measure'),
            },
            { name: 'takenAt', type: 'date', label: label('日期', 'Date') },
            {
              name: 'staff',
              type: 'relationship',
              relationTo: slugs.users,
              label: label('经办人', 'Staff'),
            },
            { name: 'deadline', type: 'date', label: label('期限', 'Deadline') },
          ],
        },
        { name: 'outcome', type: 'textarea', maxLength: 5000, label: label('结果', 'Outcome') },
        {
          name: 'skipReason',
          type: 'text',
          maxLength: 500,
          label: label('越级理由', 'Reason for skipping rungs'),
        },
        {
          type: 'row',
          fields: [
            money('amount', label('金额', 'Amount')),
            ...signOff('approved', label('签署', 'Signed')),
            { name: 'approvalRound', type: 'number', label: label('审批轮次', 'Approval round') },
            { name: 'rectifiedAt', type: 'date', label: label('整改完成', 'Rectified at') },
          ],
        },
      ],
    }),
    serverSet({
      name: 'nextMeasure',
      type: 'select',
      options: measureOptions,
      label: label('建议下一步措施', 'Next measure on the ladder'),
    }),
    {
      name: 'decision',
      type: 'group',
      label: label('处理意见（待审批）', 'Handling decision (for approval)'),
      admin: {
        description: label(
          '处理决定经物业总监签署后生效；修改内容需重新审批',
          'A decision takes effect when the director signs; editing it restarts the approval',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'measure',
              type: 'select',
              options: decisionOptions,
              label: label('处理措施', 'Measure'),
            },
            { name: 'deadline', type: 'date', label: label('执行期限', 'Deadline') },
          ],
        },
        {
          name: 'facts',
          type: 'textarea',
          maxLength: 5000,
          label: label('事实与理由', 'Facts and reasons'),
        },
        {
          name: 'skipReason',
          type: 'text',
          maxLength: 500,
          label: label('越级理由', 'Reason for skipping rungs'),
        },
        {
          type: 'row',
          fields: [
            money('arrears', label('欠费金额', 'Arrears')),
            { name: 'overdueSince', type: 'date', label: label('欠费起始日', 'Payment due since') },
            money('damage', label('损失金额', 'Assessed damage')),
          ],
        },
        {
          type: 'row',
          fields: [
            money('amount', label('应收金额', 'Amount'), {
              overrides: {
                label: label('应收金额 (元，系统计算)', 'Amount (CNY, computed)'),
                admin: { readOnly: true },
              },
            }),
            {
              name: 'days',
              type: 'number',
              label: label('滞纳天数', 'Days overdue'),
              admin: readOnly,
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        money('amountDue', label('应收合计', 'Due in total'), {
          serverOnly: true,
          overrides: { defaultValue: 0 },
        }),
        money('outstanding', label('未收', 'Outstanding'), {
          serverOnly: true,
          overrides: { defaultValue: 0 },
        }),
      ],
    },
    serverSet({
      name: 'payments',
      type: 'array',
      label: label('收款记录', 'Payments collected'),
      fields: [
        {
          type: 'row',
          fields: [
            money('amount', label('金额', 'Amount')),
            {
              name: 'receiptNo',
              type: 'text',
              maxLength: 100,
              label: label('收据号', 'Receipt no.'),
            },
            { name: 'paidAt', type: 'date', label: label('日期', 'Date') },
            {
              name: 'collectedBy',
              type: 'relationship',
              relationTo: slugs.users,
              label: label('收款人', 'Collected by'),
            },
          ],
        },
      ],
    }),
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'rectificationDueAt',
          type: 'date',
          index: true,
          label: label('整改期限', 'Rectify by'),
        }),
        serverSet({
          name: 'rectificationOverdue',
          type: 'checkbox',
          defaultValue: false,
          label: label('整改逾期', 'Rectification overdue'),
        }),
        serverSet({
          name: 'overdueNotifiedFor',
          type: 'text',
          maxLength: 500,
          label: label('逾期已通知（期限）', 'Overdue notice sent for'),
          admin: { hidden: true },
        }),
      ],
    },
    serverSet({
      name: 'resolution',
      type: 'textarea',
      maxLength: 5000,
      label: label('结案说明', 'Resolution'),
    }),
    serverSet({ name: 'resolvedAt', type: 'date', label: label('结案时间', 'Resolved at') }),
    approvalField(),
  ],
}

/** Set by the server only: numbers, the record of measures, approval, effect, money, status. */
export const VIOLATION_SERVER_FIELDS = serverFieldsOf(Violations.fields)
