import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { canReadComplaints, canRegisterComplaint, canUpdateComplaints } from '@/access/complaints'
import { canReadConfidential } from '@/access/canReadConfidential'
import {
  CATEGORY_LABELS,
  COMPLAINT_CATEGORIES,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  DEPARTMENTS,
} from '@/domain/complaints/categories'
import { COMPLAINT_STATUSES, STATUS_LABELS } from '@/domain/complaints/statusMachine'
import { phoneNumber } from '@/fields/validators'
import { auditHooks } from '@/hooks/audit'
import { linkCollectiveComplaints } from '@/hooks/complaints/linkCollectiveComplaints'
import { notifyHandler } from '@/hooks/complaints/notifyHandler'
import { prepareComplaint } from '@/hooks/complaints/prepareComplaint'
import { reportMajorComplaint } from '@/hooks/complaints/reportMajorComplaint'
import { scheduleReturnVisit } from '@/hooks/complaints/scheduleReturnVisit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'
import { complaintEndpoints } from '@/endpoints/complaints'

const options = optionsFrom

const readOnly = { readOnly: true }

/** Set only by the server: transitions, derivations, sign-offs (a client PATCH is refused). */
export const COMPLAINT_SERVER_FIELDS = [
  'number',
  'status',
  'registeredAt',
  'registeredBy',
  'building',
  'severity',
  'severitySource',
  'severityOverride',
  'severityReason',
  'incident',
  'verifyDueAt',
  'resolveDueAt',
  'verifiedAt',
  'verifiedBy',
  'verifiedOnTime',
  'department',
  'handler',
  'handlingDeadline',
  'dispatchedAt',
  'dispatchedBy',
  'result',
  'writtenReply',
  'resolvedAt',
  'resolvedBy',
  'resolvedWithin24h',
  'resolvedOnTime',
  'minutesToResolve',
  'returnVisitRequired',
  'closedAt',
  'closedBy',
  'breachesNotified',
  'reopenCount',
] as const

const serverFields: ServerFields = {
  fields: COMPLAINT_SERVER_FIELDS,
  initial: {
    status: 'registered',
    severity: 'general',
    reopenCount: 0,
    returnVisitRequired: true,
  },
}

export const Complaints: CollectionConfig = {
  slug: slugs.complaints,
  labels: { singular: label('投诉', 'Complaint'), plural: label('投诉登记', 'Complaints') },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'registeredAt', 'unit', 'category', 'severity', 'status', 'handler'],
    listSearchableFields: ['number', 'visitorName', 'descriptionText'],
    group: label('投诉与回访', 'Complaints'),
  },
  access: {
    read: canReadComplaints,
    create: canRegisterComplaint,
    update: canUpdateComplaints,
    delete: canDeleteRecords,
  },
  defaultSort: '-registeredAt',
  indexes: [
    { fields: ['status', 'registeredAt'] },
    { fields: ['category', 'status', 'registeredAt'] },
    { fields: ['building', 'category', 'registeredAt'] },
    { fields: ['handler', 'status'] },
    // The dashboard: the 12-month trend and open complaints by severity, read from the index alone.
    { fields: ['kind', 'registeredAt'] },
    { fields: ['status', 'kind', 'severity', 'resolveDueAt'] },
  ],
  endpoints: complaintEndpoints,
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), prepareComplaint],
    afterChange: [
      linkCollectiveComplaints,
      reportMajorComplaint,
      notifyHandler,
      scheduleReturnVisit,
      ...auditHooks.afterChange,
    ],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    {
      name: 'actions',
      type: 'ui',
      label: label('投诉处理', 'Actions'),
      admin: {
        position: 'sidebar',
        components: { Field: '@/views/WorkflowActions/WorkflowActions.client#WorkflowActions' },
      },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          maxLength: 100,
          unique: true,
          index: true,
          label: label('投诉编号', 'Number'),
          admin: readOnly,
        },
        {
          name: 'status',
          type: 'select',
          defaultValue: 'registered',
          index: true,
          options: COMPLAINT_STATUSES.map((s) =>
            option(s, STATUS_LABELS[s].zh, STATUS_LABELS[s].en),
          ),
          label: label('状态', 'Status'),
          admin: readOnly,
        },
        {
          name: 'severity',
          type: 'select',
          defaultValue: 'general',
          index: true,
          options: [option('general', '一般', 'General'), option('major', '重大', 'Major')],
          label: label('严重程度', 'Severity'),
          admin: readOnly,
        },
        {
          name: 'registeredAt',
          type: 'date',
          index: true,
          label: label('登记时间', 'Registered at'),
          admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('登记', 'Registration'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  defaultValue: 'complaint',
                  options: options(COMPLAINT_KINDS),
                  label: label('类型', 'Kind'),
                },
                {
                  name: 'channel',
                  type: 'select',
                  required: true,
                  defaultValue: 'phone',
                  options: options(COMPLAINT_CHANNELS),
                  label: label('渠道', 'Channel'),
                },
                {
                  name: 'category',
                  type: 'select',
                  required: true,
                  index: true,
                  options: COMPLAINT_CATEGORIES.map((c) =>
                    option(c, CATEGORY_LABELS[c].zh, CATEGORY_LABELS[c].en),
                  ),
                  label: label('类别', 'Category'),
                },
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
                  index: true,
                  label: label('房屋', 'Unit'),
                },
                {
                  name: 'resident',
                  type: 'relationship',
                  relationTo: slugs.residents,
                  index: true,
                  label: label('住户', 'Resident'),
                  admin: {
                    description: label(
                      '非住户来访请填写下方姓名与电话',
                      'Leave empty for a visitor and fill in name and phone',
                    ),
                  },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'visitorName',
                  type: 'text',
                  maxLength: 100,
                  label: label('来访人姓名', 'Visitor name'),
                },
                {
                  name: 'visitorPhone',
                  type: 'text',
                  maxLength: 32,
                  validate: phoneNumber,
                  access: { read: canReadConfidential },
                  label: label('来访人电话', 'Visitor phone'),
                },
              ],
            },
            {
              name: 'description',
              type: 'richText',
              required: true,
              label: label('投诉内容', 'Description'),
            },
            {
              name: 'attachments',
              type: 'upload',
              relationTo: slugs.attachments,
              hasMany: true,
              label: label('照片 / 扫描件', 'Photos and scans'),
            },
            {
              name: 'replyPromisedAt',
              type: 'date',
              label: label('承诺答复时间', 'Reply time promised'),
              admin: {
                date: { pickerAppearance: 'dayAndTime' },
                description: label(
                  '重大投诉须告知客户答复时间',
                  'For a major complaint, the reply time promised to the customer',
                ),
              },
            },
          ],
        },
        {
          label: label('处理', 'Handling'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'department',
                  type: 'select',
                  options: options(DEPARTMENTS),
                  label: label('责任部门', 'Department'),
                  admin: readOnly,
                },
                {
                  name: 'handler',
                  type: 'relationship',
                  relationTo: slugs.users,
                  index: true,
                  label: label('处理人', 'Handler'),
                  admin: readOnly,
                },
                {
                  name: 'handlingDeadline',
                  type: 'date',
                  label: label('处理期限', 'Handling deadline'),
                  admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'dispatchedAt',
                  type: 'date',
                  label: label('派单时间', 'Dispatched at'),
                  admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
                },
                {
                  name: 'dispatchedBy',
                  type: 'relationship',
                  relationTo: slugs.users,
                  label: label('派单人', 'Dispatched by'),
                  admin: readOnly,
                },
                {
                  name: 'verifiedAt',
                  type: 'date',
                  label: label('核实时间', 'Verified at'),
                  admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
                },
                {
                  name: 'verifiedBy',
                  type: 'relationship',
                  relationTo: slugs.users,
                  label: label('核实人', 'Verified by'),
                  admin: readOnly,
                },
              ],
            },
            {
              name: 'handlingNotes',
              type: 'textarea',
              maxLength: 5000,
              label: label('处理过程记录', 'Handling notes'),
            },
            {
              name: 'result',
              type: 'textarea',
              maxLength: 5000,
              label: label('处理结果', 'Result'),
              admin: readOnly,
            },
            {
              name: 'writtenReply',
              type: 'textarea',
              maxLength: 5000,
              label: label('书面答复', 'Written reply'),
              admin: readOnly,
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'resolvedAt',
                  type: 'date',
                  index: true,
                  label: label('处理完成时间', 'Resolved at'),
                  admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
                },
                {
                  name: 'resolvedBy',
                  type: 'relationship',
                  relationTo: slugs.users,
                  label: label('部门负责人签认', 'Signed off by'),
                  admin: readOnly,
                },
                {
                  name: 'closedAt',
                  type: 'date',
                  label: label('销项时间', 'Closed at'),
                  admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
                },
                {
                  name: 'closedBy',
                  type: 'relationship',
                  relationTo: slugs.users,
                  label: label('销项人', 'Closed by'),
                  admin: readOnly,
                },
              ],
            },
          ],
        },
        {
          label: label('时效', 'Timeliness'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'verifyDueAt',
                  type: 'date',
                  label: label('核实期限（当天）', 'Verify by (same day)'),
                  admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
                },
                {
                  name: 'verifiedOnTime',
                  type: 'checkbox',
                  label: label('按时核实', 'Verified on time'),
                  admin: readOnly,
                },
                {
                  name: 'resolveDueAt',
                  type: 'date',
                  index: true,
                  label: label('处理期限', 'Resolve by'),
                  admin: { ...readOnly, date: { pickerAppearance: 'dayAndTime' } },
                },
                {
                  name: 'resolvedOnTime',
                  type: 'checkbox',
                  label: label('按时处理', 'Resolved on time'),
                  admin: readOnly,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'resolvedWithin24h',
                  type: 'checkbox',
                  label: label('24小时内解决', 'Resolved within 24 h'),
                  admin: readOnly,
                },
                {
                  name: 'minutesToResolve',
                  type: 'number',
                  label: label('处理用时（分钟）', 'Minutes to resolve'),
                  admin: readOnly,
                },
                {
                  name: 'breachesNotified',
                  type: 'select',
                  hasMany: true,
                  options: [
                    option('verification', '核实超时', 'Verification overdue'),
                    option('resolution', '处理超时', 'Resolution overdue'),
                  ],
                  label: label('已发超时提醒', 'Overdue notices sent'),
                  admin: readOnly,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'severitySource',
                  type: 'select',
                  options: [
                    option('category', '紧急类别', 'Emergency category'),
                    option('collective', '集体投诉', 'Collective'),
                    option('manual', '人工调整', 'Set by a manager'),
                  ],
                  label: label('严重程度依据', 'Severity from'),
                  admin: readOnly,
                },
                {
                  name: 'severityOverride',
                  type: 'select',
                  options: [option('general', '一般', 'General'), option('major', '重大', 'Major')],
                  label: label('人工调整', 'Manager override'),
                  admin: readOnly,
                },
                {
                  name: 'severityReason',
                  type: 'text',
                  maxLength: 500,
                  label: label('调整理由', 'Reason'),
                  admin: readOnly,
                },
                {
                  name: 'incident',
                  type: 'relationship',
                  relationTo: slugs.incidents,
                  label: label('集体投诉事件', 'Incident'),
                  admin: readOnly,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'returnVisitRequired',
                  type: 'checkbox',
                  defaultValue: true,
                  label: label('需回访', 'Return visit required'),
                  admin: readOnly,
                },
                {
                  name: 'reopenCount',
                  type: 'number',
                  defaultValue: 0,
                  label: label('重新处理次数', 'Times reopened'),
                  admin: readOnly,
                },
                {
                  name: 'registeredBy',
                  type: 'relationship',
                  relationTo: slugs.users,
                  label: label('登记人', 'Registered by'),
                  admin: readOnly,
                },
                {
                  name: 'building',
                  type: 'text',
                  maxLength: 100,
                  index: true,
                  label: label('楼栋', 'Building'),
                  admin: readOnly,
                },
              ],
            },
          ],
        },
        {
          label: label('回访', 'Return visits'),
          fields: [
            {
              name: 'returnVisits',
              type: 'join',
              collection: slugs.returnVisits,
              on: 'complaint',
              label: label('回访记录', 'Return visits'),
            },
          ],
        },
      ],
    },
    {
      name: 'descriptionText',
      type: 'textarea',
      maxLength: 5000,
      label: label('投诉内容（纯文本）', 'Description (text)'),
      admin: { hidden: true },
    },
  ],
}
