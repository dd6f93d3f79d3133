import type { CollectionConfig } from 'payload'

import { canReadConfidential } from '@/access/canReadConfidential'
import { canDeleteRecords } from '@/access/canDeleteRecords'
import {
  canIssueWorkerPasses,
  canReadWorkerPasses,
  canUpdateWorkerPasses,
} from '@/access/workerPasses'
import { PASS_STATUSES } from '@/domain/registers/passes'
import { workerPassEndpoints } from '@/endpoints/registers/workerPassEndpoints'
import { serverSet } from '@/fields/serverOnly'
import { workflowActionsField } from '@/fields/workflowActions'
import { auditHooks } from '@/hooks/audit'
import { checkPassRenovation } from '@/hooks/workerPasses/checkPassRenovation'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

import { preparePass } from './preparePass'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }
const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }

/** The worker's ID number is confidential like a resident's: guards and engineers never see it. */
const confidential = {
  read: canReadConfidential,
  create: canReadConfidential,
  update: canReadConfidential,
}

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = { initial: { status: 'issued' } }

/**
 * 装修工人临时出入证: one pass per worker, issued at the front desk for a unit's renovation, shown
 * at the gate, taken back through `POST /api/worker-passes/:id/actions/return`. Printed by
 * `GET /api/worker-passes/:id/pass.pdf`; listed in the passes register.
 */
export const WorkerPasses: CollectionConfig = {
  slug: slugs.workerPasses,
  labels: {
    singular: label('装修工人临时出入证', 'Worker pass'),
    plural: label('装修工人临时出入证', 'Worker passes'),
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'workerName', 'company', 'unit', 'validUntil', 'status'],
    group: label('前台与秩序维护', 'Front desk and security'),
    listSearchableFields: ['number', 'workerName', 'company'],
  },
  access: {
    read: canReadWorkerPasses,
    create: canIssueWorkerPasses,
    update: canUpdateWorkerPasses,
    delete: canDeleteRecords,
  },
  defaultSort: '-issuedAt',
  indexes: [{ fields: ['status', 'validUntil'] }],
  endpoints: workerPassEndpoints,
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), preparePass, checkPassRenovation],
    afterChange: [...auditHooks.afterChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    workflowActionsField(label('出入证办理', 'Actions')),
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'number',
          type: 'text',
          maxLength: 100,
          unique: true,
          label: label('证号', 'Pass number'),
        }),
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'issued',
          index: true,
          options: optionsFrom(PASS_STATUSES),
          label: label('状态', 'Status'),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'workerName',
          type: 'text',
          required: true,
          maxLength: 100,
          label: label('工人姓名', 'Worker'),
        },
        {
          name: 'idNumber',
          type: 'text',
          maxLength: 32,
          access: confidential,
          label: label('身份证号', 'ID number'),
        },
        {
          name: 'company',
          type: 'text',
          required: true,
          maxLength: 200,
          label: label('施工单位', 'Company'),
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
          label: label('施工房号', 'Unit'),
        },
        {
          name: 'validFrom',
          type: 'date',
          required: true,
          label: label('有效期自', 'Valid from'),
          admin: dayOnly,
        },
        {
          name: 'validUntil',
          type: 'date',
          required: true,
          index: true,
          label: label('有效期至', 'Valid until'),
          admin: dayOnly,
        },
      ],
    },
    {
      // Issued from an approved renovation (`POST /api/renovations/:id/actions/issue-pass`):
      // its unit and contractor, valid within its dates (checkPassRenovation).
      name: 'renovation',
      type: 'relationship',
      relationTo: slugs.renovations,
      index: true,
      label: label('装修申请', 'Renovation'),
    },
    {
      name: 'photo',
      type: 'upload',
      relationTo: slugs.attachments,
      label: label('照片', 'Photo'),
      admin: {
        description: label(
          '可选：JPEG 或 PNG，打印在出入证上',
          'Optional: JPEG or PNG, printed on the pass',
        ),
      },
    },
    { name: 'note', type: 'textarea', maxLength: 2000, label: label('备注', 'Note') },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'issuedAt',
          type: 'date',
          index: true,
          label: label('发证时间', 'Issued at'),
          admin: dayAndTime,
        }),
        serverSet({
          name: 'issuedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('发证人', 'Issued by'),
        }),
        serverSet({
          name: 'returnedAt',
          type: 'date',
          index: true,
          label: label('归还时间', 'Returned at'),
          admin: dayAndTime,
        }),
        serverSet({
          name: 'returnedTo',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('收回人', 'Taken back by'),
        }),
      ],
    },
  ],
}
