import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { canReadConfidential } from '@/access/canReadConfidential'
import { canReadWorkOrders, canRegisterWorkOrders, canUpdateWorkOrders } from '@/access/workOrders'
import {
  REPAIR_CATEGORIES,
  WORK_ORDER_SOURCES,
  WORK_ORDER_STATUSES,
} from '@/domain/workOrders/rules'
import { phoneNumber } from '@/fields/validators'
import { auditHooks } from '@/hooks/audit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { informCustomerService } from '@/hooks/workOrders/informCustomerService'
import { prepareWorkOrder } from '@/hooks/workOrders/prepareWorkOrder'
import { restrictEngineerToOnSite } from '@/hooks/workOrders/restrictEngineerToOnSite'
import { scheduleRepairVisit } from '@/hooks/workOrders/scheduleRepairVisit'
import { workOrderEndpoints } from '@/endpoints/workOrders'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const options = optionsFrom
const readOnly = { readOnly: true }
const dayAndTime = { readOnly: true, date: { pickerAppearance: 'dayAndTime' as const } }

/** Set by the server only: numbers, times, SLA results, sign-offs, totals. */
export const WORK_ORDER_SERVER_FIELDS = [
  'number',
  'status',
  'registeredAt',
  'registeredBy',
  'commercial',
  'engineer',
  'dispatchedAt',
  'dispatchedBy',
  'arrivedAt',
  'finishedAt',
  'dispatchDueAt',
  'arrivalDueAt',
  'dispatchMet',
  'arrivalMet',
  'minutesToDispatch',
  'minutesToArrive',
  'total',
  'materialsCost',
  'result',
  'residentSignoffName',
  'residentSignoffAt',
  'noSignoffReason',
  'unfinishedReason',
  'madeSafe',
  'nextAppointment',
  'informedCustomerServiceAt',
  'returnVisitRequired',
  'breachesNotified',
] as const

const serverFields: ServerFields = {
  fields: WORK_ORDER_SERVER_FIELDS,
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
  indexes: [{ fields: ['status', 'registeredAt'] }, { fields: ['engineer', 'status'] }],
  endpoints: workOrderEndpoints,
  hooks: {
    beforeOperation: [restrictEngineerToOnSite, protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), prepareWorkOrder],
    afterChange: [scheduleRepairVisit, informCustomerService, ...auditHooks.afterChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    {
      name: 'actions',
      type: 'ui',
      label: label('工单处理', 'Actions'),
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
          label: label('工单编号', 'Number'),
          admin: readOnly,
        },
        {
          name: 'status',
          type: 'select',
          defaultValue: 'registered',
          index: true,
          options: options(WORK_ORDER_STATUSES),
          label: label('状态', 'Status'),
          admin: readOnly,
        },
        {
          name: 'registeredAt',
          type: 'date',
          index: true,
          label: label('报修时间', 'Registered at'),
          admin: dayAndTime,
        },
        {
          name: 'commercial',
          type: 'checkbox',
          defaultValue: false,
          label: label('商户', 'Commercial tenant'),
          admin: readOnly,
        },
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
                {
                  name: 'atHome',
                  type: 'text',
                  maxLength: 500,
                  label: label('住户在家时间', 'When the resident is at home'),
                },
              ],
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
                    {
                      name: 'unitPrice',
                      type: 'number',
                      label: label('单价 (元)', 'Unit price (CNY)'),
                      admin: {
                        description: label('仅现场定价时填写', 'Only for a price set on site'),
                      },
                    },
                    {
                      name: 'amount',
                      type: 'number',
                      label: label('金额 (元)', 'Amount (CNY)'),
                      admin: readOnly,
                    },
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
                  ],
                },
              ],
            },
            {
              name: 'total',
              type: 'number',
              label: label('合计 (元)', 'Total (CNY)'),
              admin: readOnly,
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
                {
                  name: 'engineer',
                  type: 'relationship',
                  relationTo: slugs.users,
                  index: true,
                  label: label('维修员', 'Engineer'),
                  admin: readOnly,
                },
                {
                  name: 'dispatchedAt',
                  type: 'date',
                  label: label('派工时间', 'Dispatched at'),
                  admin: dayAndTime,
                },
                {
                  name: 'arrivedAt',
                  type: 'date',
                  label: label('到场时间', 'Arrived at'),
                  admin: dayAndTime,
                },
                {
                  name: 'finishedAt',
                  type: 'date',
                  label: label('完工时间', 'Finished at'),
                  admin: dayAndTime,
                },
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
                    {
                      name: 'unitCost',
                      type: 'number',
                      label: label('单位成本 (元)', 'Unit cost (CNY)'),
                    },
                    {
                      name: 'cost',
                      type: 'number',
                      label: label('成本 (元)', 'Cost (CNY)'),
                      admin: readOnly,
                    },
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
            {
              name: 'materialsCost',
              type: 'number',
              label: label('材料成本合计 (元)', 'Materials cost (CNY)'),
              admin: readOnly,
            },
            {
              name: 'engineerNotes',
              type: 'textarea',
              maxLength: 5000,
              label: label('现场记录', 'On-site notes'),
            },
            {
              name: 'result',
              type: 'textarea',
              maxLength: 5000,
              label: label('维修结果', 'Result'),
              admin: readOnly,
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'residentSignoffName',
                  type: 'text',
                  maxLength: 100,
                  label: label('住户签名', 'Resident’s sign-off'),
                  admin: readOnly,
                },
                {
                  name: 'residentSignoffAt',
                  type: 'date',
                  label: label('签名时间', 'Signed at'),
                  admin: dayAndTime,
                },
                {
                  name: 'noSignoffReason',
                  type: 'text',
                  maxLength: 500,
                  label: label('未签名原因', 'Why not signed'),
                  admin: readOnly,
                },
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
                {
                  name: 'unfinishedReason',
                  type: 'text',
                  maxLength: 500,
                  label: label('未完成原因', 'Why not finished'),
                  admin: readOnly,
                },
                {
                  name: 'madeSafe',
                  type: 'text',
                  maxLength: 500,
                  label: label('安全处置', 'Made safe'),
                  admin: readOnly,
                },
                {
                  name: 'nextAppointment',
                  type: 'date',
                  label: label('下次上门', 'Next appointment'),
                  admin: dayAndTime,
                },
                {
                  name: 'informedCustomerServiceAt',
                  type: 'date',
                  label: label('已告知客服', 'Customer service told'),
                  admin: dayAndTime,
                },
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
                {
                  name: 'dispatchDueAt',
                  type: 'date',
                  label: label('派工时限', 'Dispatch by'),
                  admin: dayAndTime,
                },
                {
                  name: 'dispatchMet',
                  type: 'checkbox',
                  label: label('按时派工', 'Dispatched on time'),
                  admin: readOnly,
                },
                {
                  name: 'minutesToDispatch',
                  type: 'number',
                  label: label('派工用时（分钟）', 'Minutes to dispatch'),
                  admin: readOnly,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'arrivalDueAt',
                  type: 'date',
                  label: label('到场时限', 'Arrive by'),
                  admin: dayAndTime,
                },
                {
                  name: 'arrivalMet',
                  type: 'checkbox',
                  label: label('按时到场', 'Arrived on time'),
                  admin: readOnly,
                },
                {
                  name: 'minutesToArrive',
                  type: 'number',
                  label: label('到场用时（分钟）', 'Minutes to arrive'),
                  admin: readOnly,
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'breachesNotified',
                  type: 'select',
                  hasMany: true,
                  options: [
                    option('dispatch', '派工超时', 'Dispatch late'),
                    option('arrival', '到场超时', 'Arrival late'),
                  ],
                  label: label('已发超时提醒', 'Escalations sent'),
                  admin: readOnly,
                },
                {
                  name: 'returnVisitRequired',
                  type: 'checkbox',
                  defaultValue: false,
                  label: label('抽中回访', 'Sampled for a return visit'),
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
                  name: 'dispatchedBy',
                  type: 'relationship',
                  relationTo: slugs.users,
                  label: label('派工人', 'Dispatched by'),
                  admin: readOnly,
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
