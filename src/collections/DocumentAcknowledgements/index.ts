import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { isStaff } from '@/access/isStaff'
import { appendOnly } from '@/hooks/shared/appendOnly'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * 文件签阅: a manager's signature that they have read a version of a company rule. Written only by
 * the acknowledge action, through the adapter; append-only for everyone.
 */
export const DocumentAcknowledgements: CollectionConfig = {
  slug: slugs.documentAcknowledgements,
  labels: {
    singular: label('签阅记录', 'Acknowledgement'),
    plural: label('签阅记录', 'Acknowledgements'),
  },
  admin: {
    useAsTitle: 'versionLabel',
    defaultColumns: ['document', 'versionLabel', 'user', 'at'],
    group: label('文件与档案', 'Documents'),
  },
  access: { read: isStaff, create: denyAll, update: denyAll, delete: denyAll },
  hooks: { beforeOperation: [appendOnly('签阅记录只能追加', 'Acknowledgements are append-only')] },
  indexes: [{ fields: ['document', 'versionLabel', 'user'], unique: true }],
  fields: [
    {
      name: 'document',
      type: 'relationship',
      relationTo: slugs.archivedDocuments,
      required: true,
      label: label('文件', 'Document'),
    },
    {
      name: 'versionLabel',
      type: 'text',
      maxLength: 100,
      required: true,
      label: label('版本', 'Version'),
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      required: true,
      label: label('签阅人', 'Signed by'),
    },
    { name: 'at', type: 'date', required: true, label: label('签阅时间', 'At') },
  ],
}
