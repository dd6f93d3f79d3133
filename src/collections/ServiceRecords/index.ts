import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { canReadServices, canRegisterServices, canUpdateServices } from '@/access/serviceRecords'
import { SERVICE_KINDS } from '@/domain/returnVisits/serviceRecords'
import { serverSet } from '@/fields/serverOnly'
import { auditHooks } from '@/hooks/audit'
import { completeService } from '@/hooks/serviceRecords/completeService'
import { sampleServiceVisit } from '@/hooks/serviceRecords/sampleServiceVisit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const serverFields: ServerFields = {}

/**
 * 其他服务记录: the services the office provides beside complaints and repairs (paid household
 * services, help requests, errands). Completing one (完成时间) samples it for a return visit
 * within a week, at the rate the site manager sets (`service-visit-settings`).
 */
export const ServiceRecords: CollectionConfig = {
  slug: slugs.serviceRecords,
  labels: {
    singular: label('其他服务记录', 'Service record'),
    plural: label('其他服务记录', 'Service records'),
  },
  admin: {
    useAsTitle: 'description',
    defaultColumns: ['kind', 'description', 'unit', 'completedAt', 'returnVisit'],
    group: label('报修', 'Repairs'),
  },
  access: {
    read: canReadServices,
    create: canRegisterServices,
    update: canUpdateServices,
    delete: canDeleteRecords,
  },
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), completeService, sampleServiceVisit],
    ...auditHooks,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          label: label('服务类别', 'Kind'),
          options: optionsFrom(SERVICE_KINDS),
        },
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
          label: label('住户', 'Resident'),
        },
      ],
    },
    {
      name: 'description',
      type: 'textarea',
      required: true,
      maxLength: 2000,
      label: label('服务内容', 'What was done'),
    },
    {
      type: 'row',
      fields: [
        { name: 'paid', type: 'checkbox', defaultValue: false, label: label('有偿服务', 'Paid') },
        {
          name: 'priceItem',
          type: 'relationship',
          relationTo: slugs.priceList,
          label: label('价目表项目', 'Price item'),
          admin: { condition: (data) => Boolean(data?.paid) },
        },
        {
          name: 'providedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('服务人', 'Provided by'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'completedAt',
          type: 'date',
          index: true,
          label: label('完成时间', 'Completed at'),
          admin: {
            date: { pickerAppearance: 'dayAndTime' },
            description: label(
              '记录后不能更改；按抽样率安排一周内回访',
              'Fixed once recorded; sampled for a visit within a week',
            ),
          },
        },
        serverSet({
          name: 'sampleRate',
          type: 'number',
          label: label('完成时抽样率 (%)', 'Sample rate at completion (%)'),
        }),
        serverSet({
          name: 'returnVisit',
          type: 'relationship',
          relationTo: slugs.returnVisits,
          label: label('回访', 'Return visit'),
        }),
      ],
    },
  ],
}
