import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { canReadConfidential } from '@/access/canReadConfidential'
import { canReadWorkOrders, canRegisterWorkOrders, canUpdateWorkOrders } from '@/access/workOrders'
import {
  REPAIR_CATEGORIES,
  WORK_ORDER_SOURCES,
  WORK_ORDER_STATUSES,
} from '@/domain/workOrders/rules'
import { money } from '@/fields/money'
import { serverFieldsOf, serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { phoneNumber } from '@/fields/validators'
import { auditHooks } from '@/hooks/audit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { informCustomerService } from '@/hooks/workOrders/informCustomerService'
import { prepareWorkOrder } from '@/hooks/workOrders/prepareWorkOrder'
import { restrictEngineerToOnSite } from '@/hooks/workOrders/restrictEngineerToOnSite'
import { scheduleRepairVisit } from '@/hooks/workOrders/scheduleRepairVisit'
import { workOrderEndpoints } from '@/endpoints/workOrders'
import { workflowActionsField } from '@/fields/workflowActions'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const options = optionsFrom
const readOnly = { readOnly: true }
const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** Registered and dispatched: the times in the form, who under service level. */
const [registeredBy, registeredAt] = signOff('registered', label('登记', 'Registered'), {
  at: { index: true, label: label('报修时间', 'Registered at') },
})
const [dispatchedBy, dispatchedAt] = signOff('dispatched', label('派工', 'Dispatched'))
/** 工程部签收: engineering signs for the dispatched order (who, when). */
const [receivedBy, receivedAt] = signOff('received', label('工程部签收', 'Engineering received'))

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = {
  initial: { status: 'registered', commercial: false, returnVisitRequired: false },
}

/** 维修工作单: a repair from registration to the resident's sign-off. */
export const WorkOrders: CollectionConfig = {
  slug: slugs.workOrders,
  labels: { singular: label('维修工单', 'Work order'), plural: label('维修工单', 'Work orders') },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'registeredAt', 'unit', 'category', 'status', 'engineer', 'total'],
    listSearchableFields: ['number', 'fault'],
    group: label('报修', 'Repairs'),
  },
  access: {
    read: canReadWorkOrders,
    create: canRegisterWorkOrders,
    update: canUpdateWorkOrders,
    delete: canDeleteRecords,
  },
  defaultSort: '-registeredAt',
  indexes: [
    { fields: ['status', 'registeredAt'] },
    { fields: ['engineer', 'status'] },
    // 我的待办: an engineer's open orders, soonest arrival first (as complaints' handler/deadline).
    { fields: ['engineer', 'arrivalDueAt'] },
  ],
  endpoints: workOrderEndpoints,
  hooks: {
    beforeOperation: [restrictEngineerToOnSite, protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), prepareWorkOrder],
    afterChange: [scheduleRepairVisit, informCustomerService, ...auditHooks.afterChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    workflowActionsField(label('工单处理', 'Actions')),
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'number',
          type: 'text',
          maxLength: 100,
          unique: true,
          index: true,
          label: label('工单编号', 'Number'),
        }),
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'registered',
          index: true,
          options: options(WORK_ORDER_STATUSES),
          label: label('状态', 'Status'),
        }),
        registeredAt,
        serverSet({
          name: 'commercial',
          type: 'checkbox',
          defaultValue: false,
          label: label('商户', 'Commercial tenant'),
        }),
      ],
    },
    {
      type: 'tabs',
      tabs: [
        {
          label: label('报修', 'Request'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'source',
                  type: 'select',
                  required: true,
                  defaultValue: 'phone',
                  options: options(WORK_ORDER_SOURCES),
                  label: label('来源', 'Source'),
                },
                {
                  name: 'complaint',
                  type: 'relationship',
                  relationTo: slugs.complaints,
                  label: label('关联投诉', 'From complaint'),
                },
                {
                  name: 'category',
                  type: 'select',
                  required: true,
                  defaultValue: 'other',
                  options: options(REPAIR_CATEGORIES),
                  label: label('维修类别', 'Category'),
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
                },
                {
                  name: 'contactName',
                  type: 'text',
                  maxLength: 100,
                  label: label('联系人', 'Contact'),
                },
                {
                  name: 'contactPhone',
                  type: 'text',
                  maxLength: 32,
                  validate: phoneNumber,
                  access: { read: canReadConfidential },
                  label: label('联系电话', 'Phone'),
                },
              ],
            },
            {
              name: 'fault',
              type: 'text',
              maxLength: 500,
              required: true,
              label: label('报修内容（什么坏了）', 'What is broken'),
            },
            {
              type: 'row',
              fields: [
                { name: 'location', type: 'text', maxLength: 100, label: label('位置', 'Where') },
              ],
            },
            {
              name: 'appointment',
              type: 'group',
              label: label('预约上门（住户在家时间）', 'Appointment (resident at home)'),
              admin: {
                description: label(
                  '约定日期与时段；到场时效按预约时段计算',
                  'The agreed date and time window; arrival is measured against it',
                ),
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'date',
                      type: 'text',
                      maxLength: 10,
                      label: label('预约日期 (YYYY-MM-DD)', 'Date (YYYY-MM-DD)'),
                    },
                    {
                      name: 'from',
                      type: 'text',
                      maxLength: 5,
                      label: label('开始 (HH:MM)', 'From (HH:MM)'),
                    },
                    {
                      name: 'to',
                      type: 'text',
                      maxLength: 5,
                      label: label('结束 (HH:MM)', 'To (HH:MM)'),
                    },
                  ],
                },
              ],
            },
            {
              name: 'atHome',
              type: 'text',
              maxLength: 500,
              label: label('住户在家时间（旧记录）', 'When the resident is at home (old records)'),
              admin: {
                condition: (data) => Boolean(data?.atHome),
                description: label(
                  '旧工单的文字记录；新工单请填写预约上门',
                  'Free text kept from older orders; new orders use the appointment',
                ),
              },
            },
            {
              name: 'details',
              type: 'textarea',
              maxLength: 5000,
              label: label('故障情况', 'How it fails'),
            },
          ],
        },
        {
          label: label('有偿服务', 'Paid service'),
          fields: [
            {
              name: 'paid',
              type: 'checkbox',
              defaultValue: false,
              label: label('有偿服务', 'Paid service'),
            },
            {
              name: 'lines',
              type: 'array',
              label: label('收费项目', 'Price lines'),
              admin: { condition: (data) => Boolean(data?.paid) },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'item',
                      type: 'relationship',
                      relationTo: slugs.priceList,
                      label: label('价目表项目', 'Price-list item'),
                    },
                    {
                      name: 'description',
                      type: 'text',
                      maxLength: 500,
                      label: label('项目说明', 'Description'),
                    },
                    {
                      name: 'quantity',
                      type: 'number',
                      required: true,
                      defaultValue: 1,
                      label: label('数量', 'Quantity'),
                    },
                    money('unitPrice', label('单价', 'Unit price'), {
                      overrides: {
                        admin: {
                          description: label('仅现场定价时填写', 'Only for a price set on site'),
                        },
                      },
                    }),
                    money('amount', label('金额', 'Amount'), {
                      overrides: { admin: { readOnly: true } },
                    }),
                    {
                      name: 'onSitePrice',
                      type: 'checkbox',
                      label: label('现场定价', 'Priced on site'),
                      admin: readOnly,
                    },
                    {
                      name: 'agreedByResident',
                      type: 'checkbox',
                      label: label('住户同意', 'Resident agreed'),
                    },
                    {
                      name: 'agreedBy',
                      type: 'text',
                      maxLength: 100,
                      label: label('同意人（住户签名）', 'Agreed by (resident)'),
                      admin: readOnly,
                    },
                  ],
                },
              ],
            },
            money('total', label('合计', 'Total'), { serverOnly: true }),
            {
              type: 'row',
              admin: { condition: (data) => Boolean(data?.paid) },
              fields: [
                serverSet({
                  name: 'quoteAcceptedBy',
                  type: 'text',
                  maxLength: 100,
                  label: label('报价确认人（住户）', 'Quote accepted by'),
                }),
                serverSet({
                  name: 'quoteAcceptedAt',
                  type: 'date',
                  label: label('报价确认时间', 'Quote accepted at'),
                  admin: dayAndTime,
                }),
                money('quoteTotal', label('确认报价金额', 'Accepted quote'), { serverOnly: true }),
              ],
            },
            {
              type: 'row',
              admin: { condition: (data) => Boolean(data?.paid) },
              fields: [
                {
                  name: 'paymentReceived',
                  type: 'checkbox',
                  defaultValue: false,
                  label: label('已在财务缴费', 'Paid at the finance desk'),
                },
                {
                  name: 'receiptNo',
                  type: 'text',
                  maxLength: 100,
                  label: label('收据号', 'Receipt no.'),
                },
                { name: 'paidAt', type: 'date', label: label('缴费日期', 'Paid on') },
              ],
            },
          ],
        },
        {
          label: label('派工与现场', 'Dispatch and site'),
          fields: [
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'engineer',
                  type: 'relationship',
                  relationTo: slugs.users,
                  index: true,
                  label: label('维修员', 'Engineer'),
                }),
                dispatchedAt,
                receivedBy,
                receivedAt,
                serverSet({
                  name: 'arrivedAt',
                  type: 'date',
                  label: label('到场时间', 'Arrived at'),
                  admin: dayAndTime,
                }),
                serverSet({
                  name: 'finishedAt',
                  type: 'date',
                  label: label('完工时间', 'Finished at'),
                  admin: dayAndTime,
                }),
              ],
            },
            {
              name: 'materials',
              type: 'array',
              label: label('使用材料', 'Materials'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'source',
                      type: 'select',
                      required: true,
                      defaultValue: 'company',
                      options: [
                        option('company', '公司库存', 'Company stock'),
                        option('resident', '住户自备', 'Supplied by the resident'),
                      ],
                      label: label('来源', 'Source'),
                    },
                    {
                      name: 'name',
                      type: 'text',
                      maxLength: 100,
                      required: true,
                      label: label('材料', 'Material'),
                    },
                    {
                      name: 'quantity',
                      type: 'number',
                      required: true,
                      label: label('数量', 'Quantity'),
                    },
                    money('unitCost', label('单位成本', 'Unit cost')),
                    money('cost', label('成本', 'Cost'), {
                      overrides: { admin: { readOnly: true } },
                    }),
                    {
                      name: 'check',
                      type: 'select',
                      options: [option('pass', '合格', 'Pass'), option('fail', '不合格', 'Fail')],
                      label: label('检验', 'Check'),
                    },
                  ],
                },
              ],
            },
            money('materialsCost', label('材料成本合计', 'Materials cost'), { serverOnly: true }),
            {
              name: 'engineerNotes',
              type: 'textarea',
              maxLength: 5000,
              label: label('现场记录', 'On-site notes'),
            },
            serverSet({
              name: 'result',
              type: 'textarea',
              maxLength: 5000,
              label: label('维修结果', 'Result'),
            }),
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'residentSignoffName',
                  type: 'text',
                  maxLength: 100,
                  label: label('住户签名', 'Resident’s sign-off'),
                }),
                serverSet({
                  name: 'residentSignoffAt',
                  type: 'date',
                  label: label('签名时间', 'Signed at'),
                  admin: dayAndTime,
                }),
                serverSet({
                  name: 'noSignoffReason',
                  type: 'text',
                  maxLength: 500,
                  label: label('未签名原因', 'Why not signed'),
                }),
              ],
            },
            {
              name: 'signature',
              type: 'upload',
              relationTo: slugs.attachments,
              label: label('住户签名图', 'Signature image'),
            },
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'unfinishedReason',
                  type: 'text',
                  maxLength: 500,
                  label: label('未完成原因', 'Why not finished'),
                }),
                serverSet({
                  name: 'madeSafe',
                  type: 'text',
                  maxLength: 500,
                  label: label('安全处置', 'Made safe'),
                }),
                serverSet({
                  name: 'nextAppointment',
                  type: 'date',
                  label: label('下次上门', 'Next appointment'),
                  admin: dayAndTime,
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'unfinishedAt',
                  type: 'date',
                  label: label('登记未完成时间', 'Recorded unfinished at'),
                  admin: dayAndTime,
                }),
                serverSet({
                  name: 'unfinishedSignoffName',
                  type: 'text',
                  maxLength: 100,
                  label: label(
                    '住户签名（原因及下次上门）',
                    'Resident signed (reason, next visit)',
                  ),
                }),
                serverSet({
                  name: 'unfinishedNoSignoffReason',
                  type: 'text',
                  maxLength: 500,
                  label: label('未签名原因', 'Why not signed'),
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'informedCustomerServiceAt',
                  type: 'date',
                  label: label('退回客服时间', 'Returned to customer service at'),
                  admin: dayAndTime,
                }),
                serverSet({
                  name: 'returnedToServiceBy',
                  type: 'relationship',
                  relationTo: slugs.users,
                  label: label('退回人', 'Returned by'),
                }),
              ],
            },
          ],
        },
        {
          label: label('时效', 'Service level'),
          fields: [
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'dispatchDueAt',
                  type: 'date',
                  label: label('派工时限', 'Dispatch by'),
                  admin: dayAndTime,
                }),
                serverSet({
                  name: 'dispatchMet',
                  type: 'checkbox',
                  label: label('按时派工', 'Dispatched on time'),
                }),
                serverSet({
                  name: 'minutesToDispatch',
                  type: 'number',
                  label: label('派工用时（分钟）', 'Minutes to dispatch'),
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'receiptDueAt',
                  type: 'date',
                  label: label('签收时限', 'Receive by'),
                  admin: dayAndTime,
                }),
                serverSet({
                  name: 'receiptMet',
                  type: 'checkbox',
                  label: label('按时签收', 'Signed for on time'),
                }),
                serverSet({
                  name: 'arrivalDueAt',
                  type: 'date',
                  label: label('到场时限', 'Arrive by'),
                  admin: dayAndTime,
                }),
                serverSet({
                  name: 'arrivalMet',
                  type: 'checkbox',
                  label: label('按时到场', 'Arrived on time'),
                }),
                serverSet({
                  name: 'minutesToArrive',
                  type: 'number',
                  label: label('到场用时（分钟）', 'Minutes to arrive'),
                }),
              ],
            },
            {
              type: 'row',
              fields: [
                serverSet({
                  name: 'breachesNotified',
                  type: 'select',
                  hasMany: true,
                  options: [
                    option('dispatch', '派工超时', 'Dispatch late'),
                    option('receipt', '签收超时', 'Receipt late'),
                    option('arrival', '到场超时', 'Arrival late'),
                  ],
                  label: label('已发超时提醒', 'Escalations sent'),
                }),
                serverSet({
                  name: 'returnVisitRequired',
                  type: 'checkbox',
                  defaultValue: false,
                  label: label('抽中回访', 'Sampled for a return visit'),
                }),
                registeredBy,
                dispatchedBy,
              ],
            },
          ],
        },
      ],
    },
  ],
}

/** Set by the server only: numbers, times, SLA results, sign-offs, totals. */
export const WORK_ORDER_SERVER_FIELDS = serverFieldsOf(WorkOrders.fields)
