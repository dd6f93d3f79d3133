import type { CollectionBeforeChangeHook } from 'payload'

import type { VisitKind } from '@/domain/returnVisits/kinds'
import { windowAfter } from '@/domain/returnVisits/programme'
import type { ReturnVisit } from '@/payload-types'

/**
 * beforeChange: a visit after another service is due within a week of it, after a special event
 * within 20 days (DOMAIN.md → Return visits), counted from `occurredAt` when no window was given.
 */
export const setVisitWindow: CollectionBeforeChangeHook<ReturnVisit> = ({ data, originalDoc }) => {
  if (data.dueBy || (originalDoc?.dueBy && !('occurredAt' in data))) return data
  const window = windowAfter(
    (data.kind ?? originalDoc?.kind) as VisitKind,
    data.occurredAt ?? originalDoc?.occurredAt,
  )
  if (window) {
    data.dueFrom = data.dueFrom ?? window.dueFrom
    data.dueBy = window.dueBy
  }
  return data
}
