import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { isStaff } from '@/access/isStaff'
import { canEditPriceList } from '@/access/workOrders'
import { money } from '@/fields/money'
import { auditHooks } from '@/hooks/audit'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/** 有偿服务价目表: what paid repairs cost. Kept by the property manager and above. */
export const PriceList: CollectionConfig = {
  slug: slugs.priceList,
  labels: {
    singular: label('有偿服务项目', 'Price item'),
    plural: label('有偿服务价目表', 'Price list'),
  },
  admin: {
    useAsTitle: 'item',
    defaultColumns: ['item', 'unit', 'price', 'effectiveDate', 'active'],
    group: label('报修', 'Repairs'),
  },
  access: {
    read: isStaff,
    create: canEditPriceList,
    update: canEditPriceList,
    delete: canDeleteRecords,
  },
  hooks: { ...auditHooks },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'item',
          type: 'text',
          maxLength: 100,
          required: true,
          label: label('项目', 'Item'),
        },
        {
          name: 'unit',
          type: 'text',
          maxLength: 100,
          required: true,
          defaultValue: '次',
          label: label('单位', 'Unit'),
        },
        money('price', label('价格', 'Price'), { overrides: { required: true } }),
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'effectiveDate', type: 'date', label: label('生效日期', 'Effective from') },
        { name: 'active', type: 'checkbox', defaultValue: true, label: label('在用', 'In use') },
      ],
    },
    { name: 'notes', type: 'textarea', maxLength: 5000, label: label('说明', 'Notes') },
  ],
}
