import type { Field, GroupField } from 'payload'

import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

type MoveInStepArgs = {
  name: string
  zh: string
  en: string
  /** Extra fields for this step (e.g. key custody instead of handover). */
  fields?: Field[]
  overrides?: Partial<GroupField>
}

/**
 * One step of move-in (入住): done or not, the date, and who on the staff handled it. Used for
 * the registration form, service agreement, handbook, fees, joint inspection and keys.
 */
export const moveInStep = ({
  name,
  zh,
  en,
  fields = [],
  overrides = {},
}: MoveInStepArgs): GroupField => ({
  name,
  type: 'group',
  label: label(zh, en),
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'done', type: 'checkbox', defaultValue: false, label: label('已完成', 'Done') },
        {
          name: 'date',
          type: 'date',
          label: label('日期', 'Date'),
          admin: { date: { pickerAppearance: 'dayOnly' } },
        },
        {
          name: 'staff',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('经办人', 'Handled by'),
        },
      ],
    },
    ...fields,
  ],
  ...overrides,
})
