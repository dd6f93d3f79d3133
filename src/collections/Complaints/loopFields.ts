import type { Tab } from 'payload'

import { CONFIRMATION_METHODS, REPLY_METHODS } from '@/domain/complaints/loop'
import { serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * 五清楚 and the office head's decision, as the complaint keeps them: set only by the actions
 * `reply`, `confirm`, `refer` and `decide` (`src/domain/complaints/loop.ts`).
 */
export const loopTab: Tab = {
  label: label('答复与确认', 'Reply and confirmation'),
  fields: [
    {
      type: 'row',
      fields: [
        ...signOff('replied', label('答复', 'Replied'), { order: 'at-by' }),
        serverSet({
          name: 'replyMethod',
          type: 'select',
          options: optionsFrom(REPLY_METHODS),
          label: label('答复方式（复清楚）', 'Told by'),
        }),
        serverSet({
          name: 'nextReplyAt',
          type: 'date',
          label: label('下次答复时间（跟清楚）', 'Next reply by'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        }),
      ],
    },
    serverSet({
      name: 'replySummary',
      type: 'textarea',
      maxLength: 5000,
      label: label('答复内容', 'What the resident was told'),
    }),
    {
      type: 'row',
      fields: [
        ...signOff('confirmed', label('客户确认记录', 'Confirmation recorded'), {
          order: 'at-by',
        }),
        serverSet({
          name: 'confirmationMethod',
          type: 'select',
          options: optionsFrom(CONFIRMATION_METHODS),
          label: label('确认方式（记清楚）', 'Confirmed by'),
        }),
        serverSet({
          name: 'confirmationNote',
          type: 'text',
          maxLength: 500,
          label: label('客户意见', 'Resident’s words'),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        ...signOff('referred', label('提交主任', 'Referred'), { order: 'at-by' }),
        serverSet({
          name: 'referredTo',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('客服中心主任', 'Office head'),
        }),
      ],
    },
    serverSet({
      name: 'referralReason',
      type: 'textarea',
      maxLength: 5000,
      label: label('无法解决的原因', 'Why it could not be solved'),
    }),
    serverSet({
      name: 'officeHeadDecision',
      type: 'textarea',
      maxLength: 5000,
      label: label('主任决定（处理指示）', 'Office head’s decision (handling instruction)'),
    }),
    {
      type: 'row',
      fields: [...signOff('decided', label('主任决定', 'Decided'), { order: 'at-by' })],
    },
  ],
}
