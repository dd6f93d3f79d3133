import type { Field, Tab } from 'payload'

import { REVIEW_STATUSES } from '@/domain/complaints/review'
import { serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * Whether the complaint's review (检讨) is done, in the sidebar and the list: none (not serious),
 * needed, recorded (measures open), done (every measure's follow-up done). Derived by
 * `deriveReviewStatus`, set by the `review` action and by the last measure's completion.
 */
export const reviewStatusField: Field = serverSet({
  name: 'reviewStatus',
  type: 'select',
  defaultValue: 'none',
  index: true,
  options: optionsFrom(REVIEW_STATUSES),
  label: label('检讨', 'Review'),
  admin: { position: 'sidebar' },
})

/** 检讨 as the complaint keeps it: set only by the `review` action (`src/domain/complaints/review.ts`). */
export const reviewTab: Tab = {
  label: label('检讨', 'Review'),
  fields: [
    {
      type: 'row',
      fields: [
        ...signOff('reviewed', label('检讨', 'Reviewed'), {
          order: 'at-by',
          by: { label: label('检讨人（部门负责人）', 'Recorded by (department head)') },
        }),
        serverSet({
          name: 'reviewResponsible',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('责任人', 'Person responsible'),
        }),
        serverSet({
          name: 'reviewDeadline',
          type: 'date',
          label: label('整改期限', 'Deadline'),
          admin: dayAndTime,
        }),
      ],
    },
    serverSet({
      name: 'reviewCause',
      type: 'textarea',
      maxLength: 5000,
      label: label('原因分析', 'Cause'),
    }),
    serverSet({
      name: 'reviewMeasures',
      type: 'array',
      label: label('整改措施', 'Measures'),
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          maxLength: 2000,
          label: label('措施', 'Measure'),
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
              label: label('期限', 'Due'),
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
  ],
}
