import type { CollectionConfig } from 'payload'

import { canReadIssuedNotices } from '@/access/issuedNotices'
import { denyAll } from '@/access/denyAll'
import { NOTICE_TYPES } from '@/domain/violations/ladder'
import { label, optionsFrom } from '@/i18n/label'
import { noticeDir } from '@/lib/storageDirs'
import { slugs } from '@/slugs'

/**
 * 已发出的通知: the PDF exactly as it was handed out, with its number and SHA-256, so the same
 * bytes can be produced later however the case has changed since. Created only by
 * `POST /api/violations/:id/notices`; never edited or deleted through any API.
 */
export const IssuedNotices: CollectionConfig = {
  slug: slugs.issuedNotices,
  labels: {
    singular: label('已发通知', 'Issued notice'),
    plural: label('已发通知', 'Issued notices'),
  },
  admin: {
    useAsTitle: 'number',
    defaultColumns: ['number', 'type', 'violation', 'issuedAt', 'issuedBy'],
    group: label('违章与审批', 'Violations and approvals'),
  },
  access: { read: canReadIssuedNotices, create: denyAll, update: denyAll, delete: denyAll },
  upload: {
    // Outside the attachments' folder; the file route is closed (canReadIssuedNotices), the PDF
    // leaves only through GET /api/violations/:id/notice.pdf.
    staticDir: noticeDir(),
    mimeTypes: ['application/pdf'],
    pasteURL: false,
  },
  indexes: [{ fields: ['violation', 'measureId', 'type'], unique: true }],
  fields: [
    {
      name: 'number',
      type: 'text',
      maxLength: 100,
      required: true,
      unique: true,
      label: label('通知编号', 'Notice number'),
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      options: optionsFrom(NOTICE_TYPES),
      label: label('通知类型', 'Type'),
    },
    {
      name: 'violation',
      type: 'relationship',
      relationTo: slugs.violations,
      required: true,
      label: label('违章', 'Violation'),
    },
    {
      name: 'measureId',
      type: 'text',
      maxLength: 100,
      required: true,
      label: label('措施记录', 'Measure record'),
    },
    {
      name: 'sha256',
      type: 'text',
      maxLength: 128,
      required: true,
      label: label('文件摘要', 'SHA-256'),
    },
    {
      name: 'issuedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('签发人', 'Issued by'),
    },
    { name: 'issuedAt', type: 'date', required: true, label: label('签发时间', 'Issued at') },
    { name: 'emailedTo', type: 'text', maxLength: 2000, label: label('已发送至', 'Emailed to') },
  ],
}
