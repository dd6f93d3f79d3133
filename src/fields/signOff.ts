import type { DateField, RelationshipField } from 'payload'

import type { BilingualLabel } from '@/i18n/label'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

import { serverSet } from './serverOnly'

type Overrides = { label?: BilingualLabel; index?: boolean }

type SignOffOptions = {
  /** `at-by` where the form shows the time first. */
  order?: 'by-at' | 'at-by'
  by?: Overrides
  at?: Overrides
}

/**
 * A sign-off: who took a step (`<prefix>By`, a user) and when (`<prefix>At`, date and time), both
 * set by the server when the step is taken. `signOff('dispatched', label('派单', 'Dispatched'))`
 * gives 「派单人」 `dispatchedBy` and 「派单时间」 `dispatchedAt`. A form that shows the two apart
 * destructures them: `const [registeredBy, registeredAt] = signOff('registered', …)`.
 */
export const signOff = (
  prefix: string,
  { zh, en }: BilingualLabel,
  { order = 'by-at', by = {}, at = {} }: SignOffOptions = {},
): [RelationshipField, DateField] | [DateField, RelationshipField] => {
  const who = serverSet<RelationshipField>({
    name: `${prefix}By`,
    type: 'relationship',
    relationTo: slugs.users,
    label: label(`${zh}人`, `${en} by`),
    ...by,
  })
  const when = serverSet<DateField>({
    name: `${prefix}At`,
    type: 'date',
    label: label(`${zh}时间`, `${en} at`),
    admin: { date: { pickerAppearance: 'dayAndTime' } },
    ...at,
  })
  return order === 'by-at' ? [who, when] : [when, who]
}
