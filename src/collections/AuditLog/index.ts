import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { canReadAuditLog } from '@/access/canReadAuditLog'
import { keepAppendOnly } from '@/hooks/auditLog/keepAppendOnly'
import { label, option } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * Who did what to which record, and when. Written only by `writeAuditEntry` through the database
 * adapter, inside the transaction of the change it records; no API can create, change or delete
 * an entry.
 */
export const AuditLog: CollectionConfig = {
  slug: slugs.auditLog,
  labels: { singular: label('审计日志', 'Audit entry'), plural: label('审计日志', 'Audit log') },
  admin: {
    useAsTitle: 'action',
    defaultColumns: [
      'createdAt',
      'action',
      'collectionSlug',
      'docId',
      'userEmail',
      'changedFields',
    ],
    group: label('系统', 'System'),
    disableCopyToLocale: true,
  },
  access: {
    read: canReadAuditLog,
    create: denyAll,
    update: denyAll,
    delete: denyAll,
  },
  hooks: {
    beforeOperation: [keepAppendOnly],
  },
  defaultSort: '-createdAt',
  indexes: [{ fields: ['collectionSlug', 'docId'] }],
  fields: [
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: label('操作', 'Action'),
      options: [
        option('create', '新建', 'Create'),
        option('update', '修改', 'Update'),
        option('delete', '删除', 'Delete'),
        option('login', '登录', 'Signed in'),
        option('login-failed', '登录失败', 'Login failed'),
        option('login-locked', '登录受限', 'Sign-in slowed down'),
      ],
    },
    {
      name: 'collectionSlug',
      type: 'text',
      required: true,
      maxLength: 100,
      label: label('对象', 'Collection'),
    },
    { name: 'docId', type: 'text', maxLength: 100, label: label('记录编号', 'Record id') },
    {
      name: 'user',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('操作人', 'User'),
    },
    { name: 'userEmail', type: 'text', maxLength: 254, label: label('操作人邮箱', 'User email') },
    { name: 'changedFields', type: 'json', label: label('修改字段', 'Changed fields') },
    {
      name: 'changes',
      type: 'json',
      label: label('修改前后的值', 'Old and new values'),
      admin: {
        description: label(
          '办公室设置等不保留历史版本的记录',
          'For records without a version history, such as the office settings',
        ),
      },
    },
    { name: 'ip', type: 'text', maxLength: 64, label: label('来源地址', 'IP address') },
    {
      name: 'source',
      type: 'select',
      index: true,
      label: label('途径', 'Source'),
      options: [option('import', '表格导入', 'Spreadsheet import')],
    },
  ],
}
