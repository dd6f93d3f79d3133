import type { CollectionBeforeChangeHook } from 'payload'

import { officeHeadOf } from '@/lib/designations'
import type { ReturnVisit } from '@/payload-types'

/**
 * beforeChange (create): a visit after a special event is arranged by the office head (主任,
 * DOMAIN.md → Return visits): with no one named, it is theirs to make or hand on.
 */
export const assignEventVisit: CollectionBeforeChangeHook<ReturnVisit> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || data.kind !== 'event' || data.assignee) return data
  const head = await officeHeadOf(req)
  if (head) data.assignee = head.id
  return data
}
