import type { CollectionBeforeChangeHook } from 'payload'

import { reviewStatusOf } from '@/domain/complaints/review'
import type { Complaint } from '@/payload-types'

/**
 * beforeChange (after `prepareComplaint` has settled the severity): a complaint that is major or
 * found true (属实) needs a review (检讨) until one is recorded; the `review` action and the last
 * measure's completion move it on, and are kept.
 */
export const deriveReviewStatus: CollectionBeforeChangeHook<Complaint> = ({
  data,
  originalDoc,
}) => {
  const merged = { ...originalDoc, ...data }
  const status = reviewStatusOf(merged)
  if (status !== merged.reviewStatus) data.reviewStatus = status
  return data
}
