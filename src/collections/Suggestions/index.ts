import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { canActOnSuggestions, canReadSuggestions, canRecordSuggestions } from '@/access/suggestions'
import { SUGGESTION_CHANNELS, SUGGESTION_STATUSES } from '@/domain/suggestions/workflow'
import { suggestionEndpoints } from '@/endpoints/suggestions'
import { serverSet } from '@/fields/serverOnly'
import { workflowActionsField } from '@/fields/workflowActions'
import { auditHooks } from '@/hooks/audit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { prepareSuggestion } from '@/hooks/suggestions/prepareSuggestion'
import { reportSuggestion } from '@/hooks/suggestions/reportSuggestion'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** What a create may carry in the fields declared `serverSet` (the admin form sends the defaults). */
const serverFields: ServerFields = { initial: { status: 'submitted' } }

/**
 * 合理化建议 (000 §1.4): recorded by the front desk from a household and reported to the director
 * (mail queued with the record; it waits in the director's list), who adopts it —
 * `POST /api/suggestions/:id/actions/adopt`, its rectification plan one follow-up per measure —
 * or declines it with a reason. `GET /api/suggestions/:id/thanks.pdf` prints the thank-you
 * notice to the household once adopted. Changed only through its actions; never deleted.
 */
export const Suggestions: CollectionConfig = {
  slug: slugs.suggestions,
  labels: {
    singular: label('合理化建议', 'Suggestion'),
    plural: label('合理化建议', 'Suggestions'),
  },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['subject', 'unit', 'channel', 'recordedAt', 'status'],
    group: label('投诉与回访', 'Complaints'),
  },
  access: {
    read: canReadSuggestions,
    create: canRecordSuggestions,
    update: canActOnSuggestions,
    delete: denyAll,
  },
  defaultSort: '-recordedAt',
  endpoints: suggestionEndpoints,
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), prepareSuggestion],
    afterChange: [reportSuggestion, ...auditHooks.afterChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    workflowActionsField(label('建议办理', 'Actions')),
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'submitted',
          index: true,
          options: optionsFrom(SUGGESTION_STATUSES),
          label: label('状态', 'Status'),
        }),
        {
          name: 'channel',
          type: 'select',
          required: true,
          defaultValue: 'visit',
          options: optionsFrom(SUGGESTION_CHANNELS),
          label: label('渠道', 'Channel'),
        },
        serverSet({
          name: 'recordedAt',
          type: 'date',
          index: true,
          label: label('登记时间', 'Recorded at'),
          admin: dayAndTime,
        }),
        serverSet({
          name: 'recordedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('登记人', 'Recorded by'),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'relationship',
          relationTo: slugs.units,
          required: true,
          index: true,
          label: label('房屋', 'Unit'),
        },
        {
          name: 'resident',
          type: 'relationship',
          relationTo: slugs.residents,
          label: label('住户', 'Resident'),
        },
        {
          name: 'residentName',
          type: 'text',
          maxLength: 100,
          label: label('建议人称呼', 'Name to thank'),
          admin: {
            description: label(
              '感谢函上的称呼，如「张先生」',
              'As the thank-you notice addresses them',
            ),
          },
        },
      ],
    },
    {
      name: 'subject',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('建议主题', 'Subject'),
    },
    {
      name: 'text',
      type: 'textarea',
      required: true,
      maxLength: 5000,
      label: label('建议内容', 'Suggestion'),
    },
    serverSet({
      name: 'plan',
      type: 'array',
      label: label('整改方案', 'Rectification plan'),
      admin: {
        description: label(
          '总监采纳时填写，每项措施生成一项跟进事项',
          'Written by the director on adopting; each measure is a follow-up',
        ),
      },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          maxLength: 2000,
          label: label('整改措施', 'Measure'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'owner',
              type: 'relationship',
              relationTo: slugs.users,
              required: true,
              label: label('负责人', 'Owner'),
            },
            {
              name: 'deadline',
              type: 'date',
              required: true,
              label: label('完成期限', 'Due'),
              admin: dayAndTime,
            },
            {
              name: 'followUp',
              type: 'relationship',
              relationTo: slugs.followUps,
              label: label('跟进事项', 'Follow-up'),
            },
          ],
        },
      ],
    }),
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'decidedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('决定人', 'Decided by'),
        }),
        serverSet({
          name: 'decidedAt',
          type: 'date',
          label: label('决定时间', 'Decided at'),
          admin: dayAndTime,
        }),
      ],
    },
    serverSet({
      name: 'decisionNote',
      type: 'textarea',
      maxLength: 2000,
      label: label('采纳意见 / 不采纳理由', 'Comment or reason'),
    }),
  ],
}
