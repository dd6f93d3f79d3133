import type { CollectionConfig } from 'payload'

import { canChangeAttachments, canReadAttachments } from '@/access/attachments'
import { isStaff } from '@/access/isStaff'
import { keepEffectiveDocumentFiles } from '@/hooks/attachments/keepEffectiveDocumentFiles'
import { refuseWhenStorageFull } from '@/hooks/attachments/refuseWhenStorageFull'
import { setUploader } from '@/hooks/attachments/setUploader'
import { auditHooks } from '@/hooks/audit'
import { label } from '@/i18n/label'
import { attachmentDir } from '@/lib/storageDirs'
import { slugs } from '@/slugs'

import { holderJoinFields } from './holders'

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
  // A file is read as what holds it is read (a resident's files, a document's file, a work order's
  // signature…): see src/access/attachments.ts. The same rule guards the file route.
  access: {
    read: canReadAttachments,
    create: isStaff,
    update: canChangeAttachments,
    delete: canChangeAttachments,
  },
  upload: {
    staticDir: attachmentDir(),
    mimeTypes: ATTACHMENT_MIME_TYPES,
    // No server-side fetching of remote URLs (SSRF) and no client-side paste either.
    pasteURL: false,
  },
  hooks: {
    beforeOperation: [keepEffectiveDocumentFiles, refuseWhenStorageFull],
    beforeChange: [setUploader],
    ...auditHooks,
  },
  fields: [
    { name: 'description', type: 'text', maxLength: 500, label: label('说明', 'Description') },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('上传人', 'Uploaded by'),
      admin: { readOnly: true },
    },
    ...holderJoinFields(),
  ],
}
