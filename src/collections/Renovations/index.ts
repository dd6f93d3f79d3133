import type { CollectionConfig, Field } from 'payload'

import { canReadConfidential } from '@/access/canReadConfidential'
import { denyAll } from '@/access/denyAll'
import {
  canReadRenovations,
  canRecordRenovations,
  canUpdateRenovations,
} from '@/access/renovations'
import {
  DEPOSIT_STATUSES,
  INSPECTION_RESULTS,
  INSPECTION_STAGES,
  RENOVATION_STATUSES,
  WORK_OBSERVED,
} from '@/domain/renovation/workflow'
import { renovationEndpoints } from '@/endpoints/renovations'
import { money } from '@/fields/money'
import { serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { workflowActionsField } from '@/fields/workflowActions'
import { auditHooks } from '@/hooks/audit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

import { prepareRenovation } from './prepareRenovation'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }
const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }

/** Workers' ID numbers and phones are confidential like residents': guards and engineers never see them. */
const confidential = {
  read: canReadConfidential,
  create: canReadConfidential,
  update: canReadConfidential,
}

/** What a create may carry in the fields declared `serverSet` (the admin form sends the defaults). */
const serverFields: ServerFields = { initial: { status: 'applied', deposit: { status: 'none' } } }

const clock = (name: 'start' | 'end', l: ReturnType<typeof label>): Field => ({
  name,
  type: 'text',
  required: true,
  maxLength: 5,
  label: l,
  admin: { placeholder: 'HH:MM' },
})

/**
 * 装修 (issue 18 item 4): the application — unit, contractor, scope, dates, the hours asked for
 * (inside office settings → 装修管理, else 400 naming the row), workers — the agreement and the
 * deposit, the site manager's approval, the workers' passes issued from it, inspections during the
 * work and at completion, the deposit returned or withheld with the reason. Every change after
 * the application is an action: `POST /api/renovations/:id/actions/:action`. Breaches are
 * violations linked here (`violations.renovation`), handled on the renovation procedure.
 */
export const Renovations: CollectionConfig = {
  slug: slugs.renovations,
  labels: {
    singular: label('装修', 'Renovation'),
    plural: label('装修管理', 'Renovations'),
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'unit', 'contractorName', 'startDate', 'endDate', 'status'],
    group: label('前台与秩序维护', 'Front desk and security'),
    listSearchableFields: ['number', 'contractorName'],
  },
  access: {
    read: canReadRenovations,
    create: canRecordRenovations,
    update: canUpdateRenovations,
    // An application is a record of the estate: rejected, never deleted.
    delete: denyAll,
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['unit', 'status'] }],
  endpoints: renovationEndpoints,
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), prepareRenovation],
    afterChange: [...auditHooks.afterChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    workflowActionsField(label('装修办理', 'Actions')),
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
          defaultValue: 'applied',
          index: true,
          options: optionsFrom(RENOVATION_STATUSES),
          label: label('状态', 'Status'),
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
          index: true,
          label: label('装修房号', 'Unit'),
        },
        {
          name: 'resident',
          type: 'relationship',
          relationTo: slugs.residents,
          label: label('业主 / 租户', 'Resident'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'contractorName',
          type: 'text',
          required: true,
          maxLength: 200,
          label: label('施工单位', 'Contractor'),
        },
        {
          name: 'contractorLicence',
          type: 'text',
          maxLength: 100,
          label: label('营业执照 / 资质证号', 'Licence no.'),
        },
        {
          name: 'contractorContact',
          type: 'text',
          maxLength: 100,
          label: label('施工负责人及电话', 'Site contact and phone'),
        },
      ],
    },
    {
      name: 'scope',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: label('装修项目及范围', 'Scope of work'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startDate',
          type: 'date',
          required: true,
          index: true,
          label: label('开工日期', 'Start'),
          admin: dayOnly,
        },
        {
          name: 'endDate',
          type: 'date',
          required: true,
          index: true,
          label: label('完工日期', 'End'),
          admin: dayOnly,
        },
      ],
    },
    {
      name: 'requestedHours',
      type: 'array',
      label: label('申请施工时段', 'Hours asked for'),
      admin: {
        description: label(
          '须在办公室设置的允许时段内；噪音作业须在噪音作业时段内。不填则按规定时段',
          'Inside the permitted hours (noisy work inside the noisy-work hours); empty: the permitted hours',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            clock('start', label('开始', 'Start')),
            clock('end', label('结束', 'End')),
            {
              name: 'noisy',
              type: 'checkbox',
              defaultValue: false,
              label: label('噪音作业', 'Noisy work'),
            },
          ],
        },
      ],
    },
    {
      name: 'workers',
      type: 'array',
      label: label('施工人员', 'Workers'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'name',
              type: 'text',
              required: true,
              maxLength: 100,
              label: label('姓名', 'Name'),
            },
            {
              name: 'idNumber',
              type: 'text',
              maxLength: 32,
              access: confidential,
              label: label('身份证号', 'ID number'),
            },
            {
              name: 'phone',
              type: 'text',
              maxLength: 32,
              access: confidential,
              label: label('电话', 'Phone'),
            },
          ],
        },
      ],
    },
    {
      name: 'agreement',
      type: 'group',
      label: label('装修管理服务协议', 'Renovation agreement'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'number', type: 'text', maxLength: 100, label: label('协议编号', 'Number') },
            {
              name: 'signedAt',
              type: 'date',
              label: label('签订日期', 'Signed on'),
              admin: dayOnly,
            },
            {
              name: 'file',
              type: 'upload',
              relationTo: slugs.attachments,
              label: label('协议扫描件', 'Scan'),
            },
          ],
        },
      ],
    },
    serverSet({
      name: 'deposit',
      type: 'group',
      label: label('装修押金', 'Deposit'),
      admin: {
        description: label(
          '通过“登记押金”“退还押金”“扣除押金”操作写入',
          'Written by the record, return and withhold actions',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'status',
              type: 'select',
              defaultValue: 'none',
              options: optionsFrom(DEPOSIT_STATUSES),
              label: label('押金状态', 'Status'),
            },
            money('amount', label('金额', 'Amount')),
            {
              name: 'receivedAt',
              type: 'date',
              label: label('收取日期', 'Received'),
              admin: dayAndTime,
            },
            {
              name: 'receivedBy',
              type: 'relationship',
              relationTo: slugs.users,
              label: label('收取人', 'Received by'),
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'settledAt',
              type: 'date',
              label: label('结清日期', 'Settled'),
              admin: dayAndTime,
            },
            {
              name: 'settledBy',
              type: 'relationship',
              relationTo: slugs.users,
              label: label('经办人', 'Settled by'),
            },
            money('withheldAmount', label('扣除金额', 'Withheld')),
          ],
        },
        {
          name: 'reason',
          type: 'textarea',
          maxLength: 2000,
          label: label('扣除理由 / 备注', 'Reason or note'),
        },
      ],
    }),
    {
      type: 'row',
      fields: [
        ...signOff('decided', label('审批', 'Decided')),
        serverSet({
          name: 'decisionNote',
          type: 'textarea',
          maxLength: 2000,
          label: label('审批意见', 'Comment or reason'),
        }),
      ],
    },
    serverSet({
      name: 'inspections',
      type: 'array',
      label: label('装修检查记录', 'Inspections'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'at',
              type: 'date',
              required: true,
              label: label('时间', 'When'),
              admin: dayAndTime,
            },
            {
              name: 'stage',
              type: 'select',
              required: true,
              options: optionsFrom(INSPECTION_STAGES),
              label: label('类别', 'Stage'),
            },
            {
              name: 'result',
              type: 'select',
              required: true,
              options: optionsFrom(INSPECTION_RESULTS),
              label: label('结果', 'Result'),
            },
            {
              name: 'workObserved',
              type: 'select',
              options: optionsFrom(WORK_OBSERVED),
              label: label('现场施工', 'Work going on'),
            },
            {
              name: 'inspector',
              type: 'relationship',
              relationTo: slugs.users,
              label: label('检查人', 'Inspector'),
            },
          ],
        },
        { name: 'note', type: 'textarea', maxLength: 2000, label: label('记录', 'Note') },
        {
          name: 'breach',
          type: 'text',
          maxLength: 500,
          label: label('超时施工', 'Out-of-hours work'),
        },
      ],
    }),
    serverSet({
      name: 'completedAt',
      type: 'date',
      label: label('竣工验收时间', 'Completed at'),
      admin: dayAndTime,
    }),
    {
      name: 'passes',
      type: 'join',
      collection: slugs.workerPasses,
      on: 'renovation',
      label: label('工人临时出入证', 'Worker passes'),
    },
    {
      name: 'violations',
      type: 'join',
      collection: slugs.violations,
      on: 'renovation',
      label: label('装修违章', 'Breaches'),
    },
  ],
}
