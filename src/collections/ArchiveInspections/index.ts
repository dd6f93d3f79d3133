import type { CollectionConfig } from 'payload'

import { canKeepArchives, canReadArchives } from '@/access/documents'
import { denyAll } from '@/access/denyAll'
import { auditHooks } from '@/hooks/audit'
import { label, option } from '@/i18n/label'
import { slugs } from '@/slugs'

const CONDITION = [
  option('good', '完好', 'Good'),
  option('fair', '一般', 'Fair'),
  option('damaged', '破损', 'Damaged'),
]

/** 档案季度检查: one checklist per quarter — condition, damaged items, restorations. */
export const ArchiveInspections: CollectionConfig = {
  slug: slugs.archiveInspections,
  labels: {
    singular: label('档案季度检查', 'Quarterly archive inspection'),
    plural: label('档案季度检查', 'Quarterly archive inspections'),
  },
  admin: {
    useAsTitle: 'quarter',
    defaultColumns: ['quarter', 'inspectedAt', 'inspector', 'condition'],
    group: label('文件与档案', 'Documents'),
  },
  access: {
    read: canReadArchives,
    create: canKeepArchives,
    update: canKeepArchives,
    delete: denyAll,
  },
  hooks: { ...auditHooks },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'quarter',
          type: 'text',
          maxLength: 7,
          required: true,
          unique: true,
          label: label('季度', 'Quarter'),
          validate: (value: string | null | undefined) =>
            value && value.length <= 7 && /^\d{4}-Q[1-4]$/.test(value)
              ? true
              : '季度格式为 YYYY-Qn / Use YYYY-Qn',
        },
        {
          name: 'inspectedAt',
          type: 'date',
          required: true,
          label: label('检查日期', 'Inspected on'),
        },
        {
          name: 'inspector',
          type: 'relationship',
          relationTo: slugs.users,
          required: true,
          label: label('检查人', 'Inspector'),
        },
        {
          name: 'condition',
          type: 'select',
          required: true,
          options: CONDITION,
          label: label('总体状况', 'Overall condition'),
        },
      ],
    },
    {
      name: 'items',
      type: 'array',
      label: label('破损与修复', 'Damage and restoration'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'document',
              type: 'relationship',
              relationTo: slugs.archivedDocuments,
              label: label('文件', 'Document'),
            },
            {
              name: 'condition',
              type: 'select',
              options: CONDITION,
              label: label('状况', 'Condition'),
            },
            { name: 'restoredAt', type: 'date', label: label('修复日期', 'Restored on') },
          ],
        },
        { name: 'damage', type: 'text', maxLength: 500, label: label('破损情况', 'Damage') },
        {
          name: 'restoration',
          type: 'text',
          maxLength: 500,
          label: label('修复措施', 'Restoration'),
        },
      ],
    },
    { name: 'notes', type: 'textarea', maxLength: 5000, label: label('备注', 'Notes') },
  ],
}
