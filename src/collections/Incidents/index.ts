import type { CollectionConfig } from 'payload'

import { canReadAsComplaintStaff } from '@/access/complaints'
import { denyAll } from '@/access/denyAll'
import { isManagerOrAdmin } from '@/access/isManagerOrAdmin'
import { auditHooks } from '@/hooks/audit'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * 集体投诉 / 事件: complaints from several households about one matter, linked together. Opened by
 * the server when the collective rule fires; managers add their notes.
 */
export const Incidents: CollectionConfig = {
  slug: slugs.incidents,
  labels: {
    singular: label('集体投诉事件', 'Incident'),
    plural: label('集体投诉事件', 'Incidents'),
  },
  admin: { useAsTitle: 'title', group: label('投诉与回访', 'Complaints') },
  access: {
    read: canReadAsComplaintStaff,
    create: denyAll,
    update: isManagerOrAdmin,
    delete: denyAll,
  },
  hooks: { ...auditHooks },
  fields: [
    { name: 'title', type: 'text', maxLength: 200, required: true, label: label('事件', 'Title') },
    {
      type: 'row',
      fields: [
        {
          name: 'building',
          type: 'text',
          maxLength: 100,
          label: label('楼栋', 'Building'),
          admin: { readOnly: true },
        },
        {
          // A complaint category's code (`complaint-categories`), copied from its complaints.
          name: 'category',
          type: 'text',
          maxLength: 32,
          label: label('类别', 'Category'),
          admin: { readOnly: true },
        },
        {
          name: 'firstRegisteredAt',
          type: 'date',
          label: label('首次登记', 'First registered'),
          admin: { readOnly: true },
        },
      ],
    },
    { name: 'notes', type: 'textarea', maxLength: 5000, label: label('处理说明', 'Notes') },
    {
      name: 'complaints',
      type: 'join',
      collection: slugs.complaints,
      on: 'incident',
      label: label('关联投诉', 'Complaints'),
    },
  ],
}
