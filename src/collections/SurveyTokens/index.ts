import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { isAdmin } from '@/access/isAdmin'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * 问卷链接: the link a resident answers a return visit through (`/survey/<token>`), one per
 * visit — and so per household, a visit being about one. Only the token's SHA-256 is kept: the
 * token itself leaves in the mail or on the printed slip and is never stored. Sending again
 * replaces the row's hash (the old link then answers 404). Written only by the server
 * (`src/lib/survey/`); the administrator may read the rows, nobody may change them through an API.
 */
export const SurveyTokens: CollectionConfig = {
  slug: slugs.surveyTokens,
  labels: {
    singular: label('问卷链接', 'Survey link'),
    plural: label('问卷链接', 'Survey links'),
  },
  admin: {
    group: label('系统', 'System'),
    defaultColumns: ['visit', 'expiresAt', 'usedAt', 'sentAt'],
  },
  access: { read: isAdmin, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'visit',
      type: 'relationship',
      relationTo: slugs.returnVisits,
      // Not required: a deleted visit leaves its link pointing at nothing (the database sets
      // it null), and that link answers 404.
      unique: true,
      label: label('回访', 'Return visit'),
    },
    {
      name: 'tokenHash',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 64,
      label: label('令牌摘要 (SHA-256)', 'Token hash (SHA-256)'),
    },
    {
      type: 'row',
      fields: [
        { name: 'sentAt', type: 'date', required: true, label: label('发出时间', 'Sent') },
        {
          name: 'expiresAt',
          type: 'date',
          required: true,
          label: label('失效时间', 'Expires'),
        },
        { name: 'usedAt', type: 'date', label: label('答复时间', 'Answered') },
      ],
    },
    {
      name: 'sentBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('发出人', 'Sent by'),
    },
  ],
}
