import type { CollectionConfig } from 'payload'

import { isManagerOrAdmin } from '@/access/isManagerOrAdmin'
import { isStaff } from '@/access/isStaff'
import { setUploader } from '@/hooks/attachments/setUploader'
import { auditHooks } from '@/hooks/audit'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/** What may be uploaded: photos, scans and office documents. Checked against the file's content. */
export const ATTACHMENT_MIME_TYPES = [
  'image/jpeg',
  'image/png',
  'image/webp',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]

export const Attachments: CollectionConfig = {
  slug: slugs.attachments,
  labels: { singular: label('附件', 'Attachment'), plural: label('附件', 'Attachments') },
  admin: { group: label('系统', 'System'), useAsTitle: 'filename' },
  access: {
    read: isStaff,
    create: isStaff,
    update: isManagerOrAdmin,
    delete: isManagerOrAdmin,
  },
  upload: {
    staticDir: process.env.UPLOAD_DIR || 'data/uploads',
    mimeTypes: ATTACHMENT_MIME_TYPES,
    // No server-side fetching of remote URLs (SSRF) and no client-side paste either.
    pasteURL: false,
  },
  hooks: {
    beforeChange: [setUploader],
    ...auditHooks,
  },
  fields: [
    { name: 'description', type: 'text', label: label('说明', 'Description') },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('上传人', 'Uploaded by'),
      admin: { readOnly: true },
    },
  ],
}
