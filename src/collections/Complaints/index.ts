import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { canReadComplaints, canRegisterComplaint, canUpdateComplaints } from '@/access/complaints'
import { canReadConfidential } from '@/access/canReadConfidential'
import {
  CATEGORY_LABELS,
  COMPLAINT_CHANNELS,
  DEFAULT_COMPLAINT_CATEGORIES,
  COMPLAINT_KINDS,
  DEPARTMENTS,
} from '@/domain/complaints/categories'
import { COMPLAINT_STATUSES, STATUS_LABELS } from '@/domain/complaints/statusMachine'
import { COMPLAINT_VERDICTS } from '@/domain/complaints/verdicts'
import { serverFieldsOf, serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { phoneNumber } from '@/fields/validators'
import { auditHooks } from '@/hooks/audit'
import { keepComplaintMonthFigures } from '@/hooks/shared/keepMonthFigures'
import { linkCollectiveComplaints } from '@/hooks/complaints/linkCollectiveComplaints'
import { linkRenovation } from '@/hooks/complaints/linkRenovation'
import { numberComplaint } from '@/hooks/complaints/numberComplaint'
import { notifyHandler } from '@/hooks/complaints/notifyHandler'
import { deriveReviewStatus } from '@/hooks/complaints/deriveReviewStatus'
import { prepareComplaint } from '@/hooks/complaints/prepareComplaint'
import { reportMajorComplaint } from '@/hooks/complaints/reportMajorComplaint'
import { scheduleReturnVisit } from '@/hooks/complaints/scheduleReturnVisit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { workflowActionsField } from '@/fields/workflowActions'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'
import { complaintEndpoints } from '@/endpoints/complaints'

import { loopTab } from './loopFields'
import { reviewStatusField, reviewTab } from './reviewFields'

const options = optionsFrom

/** Registered: when in the header, who under timeliness. */
const [registeredBy, registeredAt] = signOff('registered', label('登记', 'Registered'), {
  at: { index: true },
})

/** What a create may carry in the fields declared `serverSet` (the admin form sends the defaults). */
const serverFields: ServerFields = {
  initial: {
    status: 'registered',
    severity: 'general',
    reopenCount: 0,
    returnVisitRequired: true,
    reviewStatus: 'none',
  },
}

export const Complaints: CollectionConfig = {
  slug: slugs.complaints,
  labels: { singular: label('投诉', 'Complaint'), plural: label('投诉登记', 'Complaints') },
  admin: {
    useAsTitle: 'number',
    defaultColumns: [
      'number',
      'registeredAt',
      'unit',
      'category',
      'severity',
      'status',
      'handler',
      'reviewStatus',
    ],
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
    // 我的待办: a handler's open complaints, soonest deadline first, five of them. Without it SQLite
    // (with statistics) walked the whole deadline index in order to stop at the fifth match, and
    // for someone with none walked all of it: 0.4–0.5 s for the director's dashboard.
    { fields: ['handler', 'resolveDueAt'] },
    // The dashboard: the 12-month trend (complaints, valid ones) and open complaints by severity,
    // read from the index alone.
    { fields: ['kind', 'registeredAt', 'verdict'] },
    // The month's table and the dashboard's KPIs: every column the month's GROUP BY reads, so
    // that it reads the index alone (one more index to write per complaint, measured in the bench).
    {
      fields: [
        'registeredAt',
        'kind',
        'category',
        'severity',
        'channel',
        'building',
        'verifiedOnTime',
        'resolvedWithin24h',
        'resolvedAt',
        'resolvedOnTime',
        'verdict',
      ],
    },
    { fields: ['status', 'kind', 'severity', 'resolveDueAt'] },
    // The visit rate's base: complaints resolved in the month and whether each needs a visit.
    { fields: ['resolvedAt', 'returnVisitRequired'] },
  ],
  endpoints: complaintEndpoints,
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [
      recheckServerFields(serverFields),
      prepareComplaint,
      deriveReviewStatus,
      linkRenovation,
    ],
    afterChange: [
      numberComplaint,
      linkCollectiveComplaints,
      reportMajorComplaint,
      notifyHandler,
      scheduleReturnVisit,
      keepComplaintMonthFigures.afterChange,
      ...auditHooks.afterChange,
    ],
    afterDelete: [keepComplaintMonthFigures.afterDelete, ...auditHooks.afterDelete],
  },
  fields: [
    workflowActionsField(label('投诉处理', 'Actions')),
    reviewStatusField,
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'number',
          type: 'text',
          maxLength: 100,
          unique: true,
          index: true,
          label: label('投诉编号', 'Number'),
        }),
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'registered',
          index: true,
          options: COMPLAINT_STATUSES.map((s) =>
            option(s, STATUS_LABELS[s].zh, STATUS_LABELS[s].en),
          ),
          label: label('状态', 'Status'),
        }),
        serverSet({
          name: 'severity',
          type: 'select',
          defaultValue: 'general',
          index: true,
          options: [option('general', '一般', 'General'), option('major', '重大', 'Major')],
          label: label('严重程度', 'Severity'),
        }),
        registeredAt,
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
                  // The code of one of the office's complaint categories (checked against
                  // `complaint-categories` by prepareComplaint: unknown or retired → 400).
                  name: 'category',
                  type: 'text',
                  required: true,
                  index: true,
                  maxLength: 32,
                  label: label('类别', 'Category'),
                  // Exports show the office's names for its codes (`codesFrom`), the built-in
                  // ones while it has defined none.
                  custom: {
                    codeLabels: optionsFrom(CATEGORY_LABELS),
                    codesFrom: slugs.complaintCategories,
                  },
                  admin: {
                    description: label(
                      '投诉类别由办公室在“投诉类别”中维护',
                      'The office keeps the list under Complaint categories',
                    ),
                    components: {
                      Field: {
                        path: '@/views/CodeSelect/CodeSelectField.client#CodeSelectField',
                        clientProps: {
                          collection: slugs.complaintCategories,
                          defaults: DEFAULT_COMPLAINT_CATEGORIES.map((category) => ({
                            code: category.code,
                            nameZh: category.name.zh,
                            nameEn: category.name.en,
                          })),
                        },
                      },
                    },
                  },
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
                serverSet({
                  name: 'department',
                  type: 'select',
                  options: options(DEPARTMENTS),
                  label: label('责任部门', 'Department'),
                }),
                serverSet({
                  name: 'handler',
                  type: 'relationship',
                  relationTo: slugs.users,
                  index: true,
                  label: label('处理人', 'Handler'),
                }),
                serverSet({
                  name: 'handlingDeadline',
                  type: 'date',
                  label: label('处理期限', 'Handling deadline'),
                  admin: { date: { pickerAppearance: 'dayAndTime' } },
                }),
                serverSet({
                  // 限期 given as hours allowed: the deadline above is counted from the dispatch.
                  name: 'handlingDeadlineHours',
                  type: 'number',
                  label: label('处理时限（小时）', 'Hours allowed'),
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                ...signOff('dispatched', label('派单', 'Dispatched'), { order: 'at-by' }),
                ...signOff('verified', label('核实', 'Verified'), { order: 'at-by' }),
              ],
            },
            {
              name: 'handlingNotes',
              type: 'textarea',
              maxLength: 5000,
              label: label('处理过程记录', 'Handling notes'),
            },
            serverSet({
              name: 'result',
              type: 'textarea',
              maxLength: 5000,
              label: label('处理结果', 'Result'),
            }),
            serverSet({
              name: 'writtenReply',
              type: 'textarea',
              maxLength: 5000,
              label: label('书面答复', 'Written reply'),
            }),
            {
              type: 'row',
              fields: [
                // Recorded by the resolve action: only 属实 complaints are valid complaints (有效投诉).
                serverSet({
                  name: 'verdict',
                  type: 'select',
                  options: options(COMPLAINT_VERDICTS),
                  label: label('核实结论', 'Verdict'),
                }),
                serverSet({
                  name: 'verdictNote',
                  type: 'textarea',
                  maxLength: 2000,
                  label: label('结论说明', 'Verdict note'),
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                ...signOff('resolved', label('销项', 'Written off'), {
                  order: 'at-by',
                  at: { index: true },
                  by: { label: label('部门负责人签认', 'Signed off by') },
                }),
                ...signOff('closed', label('归档', 'Filed'), { order: 'at-by' }),
              ],
            },
            serverSet({
              // 回访三次无法联系: filed by a manager without a visit, with the reason.
              name: 'closedWithoutVisit',
              type: 'textarea',
              maxLength: 2000,
              label: label('未经回访归档的理由', 'Filed without a visit because'),
              admin: { condition: (data) => Boolean(data?.closedWithoutVisit) },
            }),
          ],
        },
        loopTab,
        reviewTab,
        {
          label: label('时效', 'Timeliness'),
          fields: [
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'verifyDueAt',
                  type: 'date',
                  label: label('核实期限（当天）', 'Verify by (same day)'),
                  admin: { date: { pickerAppearance: 'dayAndTime' } },
                }),
                serverSet({
                  name: 'verifiedOnTime',
                  type: 'checkbox',
                  label: label('按时核实', 'Verified on time'),
                }),
                serverSet({
                  name: 'resolveDueAt',
                  type: 'date',
                  index: true,
                  label: label('处理期限', 'Resolve by'),
                  admin: { date: { pickerAppearance: 'dayAndTime' } },
                }),
                serverSet({
                  name: 'resolvedOnTime',
                  type: 'checkbox',
                  label: label('按时处理', 'Resolved on time'),
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'resolvedWithin24h',
                  type: 'checkbox',
                  label: label('24小时内解决', 'Resolved within 24 h'),
                }),
                serverSet({
                  name: 'minutesToResolve',
                  type: 'number',
                  label: label('处理用时（分钟）', 'Minutes to resolve'),
                }),
                serverSet({
                  name: 'breachesNotified',
                  type: 'select',
                  hasMany: true,
                  options: [
                    option('verification', '核实超时', 'Verification overdue'),
                    option('resolution', '处理超时', 'Resolution overdue'),
                  ],
                  label: label('已发超时提醒', 'Overdue notices sent'),
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'severitySource',
                  type: 'select',
                  options: [
                    option('category', '紧急类别', 'Emergency category'),
                    option('collective', '集体投诉', 'Collective'),
                    option('manual', '人工调整', 'Set by a manager'),
                  ],
                  label: label('严重程度依据', 'Severity from'),
                }),
                serverSet({
                  name: 'severityOverride',
                  type: 'select',
                  options: [option('general', '一般', 'General'), option('major', '重大', 'Major')],
                  label: label('人工调整', 'Manager override'),
                }),
                {
                  // Written by a property manager or the director who lowers a major complaint
                  // by editing it (prepareComplaint refuses anyone else); the action writes it too.
                  name: 'severityReason',
                  type: 'text',
                  maxLength: 500,
                  label: label('调整理由', 'Reason'),
                },
                serverSet({
                  name: 'incident',
                  type: 'relationship',
                  relationTo: slugs.incidents,
                  label: label('集体投诉事件', 'Incident'),
                }),
                serverSet({
                  // A noise complaint about a unit under renovation (linkRenovation).
                  name: 'renovation',
                  type: 'relationship',
                  relationTo: slugs.renovations,
                  index: true,
                  label: label('装修', 'Renovation'),
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'returnVisitRequired',
                  type: 'checkbox',
                  defaultValue: true,
                  label: label('需回访', 'Return visit required'),
                }),
                serverSet({
                  name: 'reopenCount',
                  type: 'number',
                  defaultValue: 0,
                  label: label('重新处理次数', 'Times reopened'),
                }),
                registeredBy,
                serverSet({
                  name: 'building',
                  type: 'text',
                  maxLength: 100,
                  index: true,
                  label: label('楼栋', 'Building'),
                }),
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

/** Set only by the server: transitions, derivations, sign-offs (a client PATCH is refused). */
export const COMPLAINT_SERVER_FIELDS = serverFieldsOf(Complaints.fields)
