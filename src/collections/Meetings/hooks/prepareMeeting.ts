import type { CollectionBeforeChangeHook } from 'payload'

import { forbidden, invalidField } from '@/lib/errors'
import type { Meeting } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * beforeChange: a decision's follow-up is linked by the hold action only (a client cannot point
 * a decision at someone else's follow-up); a department meeting names its department.
 */
export const prepareMeeting: CollectionBeforeChangeHook<Meeting> = ({ data, originalDoc, req }) => {
  if (req.context?.serverWrite === true) return data
  const before = new Map(
    (originalDoc?.decisions ?? []).map((d) => [String(d.id), d.followUp ?? null] as const),
  )
  for (const decision of data.decisions ?? []) {
    const link = decision.followUp ?? null
    const kept = decision.id ? (before.get(String(decision.id)) ?? null) : null
    const id = (v: unknown) => (v && typeof v === 'object' ? (v as { id: unknown }).id : v)
    if (link !== null && String(id(link)) !== String(id(kept))) {
      throw forbidden(
        '跟进事项由记录纪要时生成，不能手工关联 / Follow-ups are linked when the minutes are recorded, not by hand',
      )
    }
  }
  const kind = data.kind ?? originalDoc?.kind
  if (kind === 'department' && !(data.department ?? originalDoc?.department)) {
    throw invalidField(slugs.meetings, 'department', '部门会议须选择部门 / Choose the department')
  }
  return data
}
