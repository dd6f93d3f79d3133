import type { CollectionConfig } from 'payload'

import { canMaintainUnits } from '@/access/canMaintainUnits'
import { isStaff } from '@/access/isStaff'
import { positiveNumber } from '@/fields/validators'
import { auditHooks } from '@/hooks/audit'
import { ensureUniqueUnitNumber } from '@/hooks/units/ensureUniqueUnitNumber'
import { setUnitCode } from '@/hooks/units/setUnitCode'
import { label, option } from '@/i18n/label'
import { slugs } from '@/slugs'

export const UNIT_USES = [
  option('residential', '住宅', 'Residential'),
  option('commercial', '商铺', 'Commercial'),
  option('office', '写字楼', 'Office'),
]

export const UNIT_STATUSES = [
  option('vacant', '空置', 'Vacant'),
  option('occupied', '已入住', 'Occupied'),
  option('renovating', '装修中', 'Under renovation'),
  option('developer-repair', '开发商维修中', 'Held for developer repair'),
]

export const Units: CollectionConfig = {
  slug: slugs.units,
  labels: { singular: label('房屋', 'Unit'), plural: label('房屋', 'Units') },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'building', 'floor', 'area', 'use', 'status'],
    listSearchableFields: ['code', 'building', 'number'],
    group: label('客户档案', 'Customer archive'),
  },
  access: {
    read: isStaff,
    create: canMaintainUnits,
    update: canMaintainUnits,
    delete: canMaintainUnits,
  },
  indexes: [{ fields: ['building', 'number'], unique: true }],
  hooks: {
    beforeValidate: [ensureUniqueUnitNumber],
    beforeChange: [setUnitCode],
    ...auditHooks,
  },
  fields: [
    {
      name: 'code',
      type: 'text',
      maxLength: 100,
      index: true,
      label: label('房号', 'Unit code'),
      admin: { readOnly: true, description: label('由楼栋和房号生成', 'Building and number') },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'estate',
          type: 'text',
          maxLength: 100,
          required: true,
          defaultValue: '翠湖花园',
          label: label('小区 / 项目', 'Estate'),
        },
        {
          name: 'building',
          type: 'text',
          maxLength: 100,
          required: true,
          index: true,
          label: label('楼栋', 'Building'),
        },
        {
          name: 'floor',
          type: 'number',
          required: true,
          label: label('楼层', 'Floor'),
          admin: { step: 1 },
        },
        {
          name: 'number',
          type: 'text',
          maxLength: 100,
          required: true,
          label: label('房号', 'Number'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'area',
          type: 'number',
          required: true,
          validate: positiveNumber,
          label: label('建筑面积 (m²)', 'Area (m²)'),
        },
        {
          name: 'use',
          type: 'select',
          required: true,
          index: true,
          defaultValue: 'residential',
          options: UNIT_USES,
          label: label('用途', 'Use'),
        },
        {
          name: 'status',
          type: 'select',
          required: true,
          defaultValue: 'vacant',
          options: UNIT_STATUSES,
          label: label('状态', 'Status'),
        },
      ],
    },
    {
      name: 'residents',
      type: 'join',
      collection: slugs.residents,
      on: 'units',
      label: label('住户', 'Residents'),
      defaultLimit: 20,
    },
  ],
}
