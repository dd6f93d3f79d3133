import type { CollectionAfterChangeHook } from 'payload'

import { reviewDoneWhen } from '@/domain/complaints/review'
import { relationId } from '@/domain/relations'
import { serverReq } from '@/lib/serverWrite'
import type { FollowUp } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * afterChange: when the last open measure of a complaint's review (检讨) is confirmed done, the
 * complaint's review is done. In the completion's transaction, with server rights: the
 * follow-up's own action settled it.
 */
export const settleComplaintReview: CollectionAfterChangeHook<FollowUp> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (operation !== 'update' || doc.status !== 'done' || previousDoc?.status === 'done') return doc
  if (doc.sourceKind !== 'complaint-review' || doc.source?.relationTo !== slugs.complaints) {
    return doc
  }
  const complaintId = relationId(doc.source.value)
  if (complaintId === undefined) return doc
  const open = await req.payload.count({
    collection: slugs.followUps,
    where: {
      and: [
        { status: { equals: 'open' } },
        { sourceKind: { equals: 'complaint-review' } },
        { 'source.relationTo': { equals: slugs.complaints } },
        { 'source.value': { equals: complaintId } },
      ],
    },
    req,
  })
  if (reviewDoneWhen(open.totalDocs) !== 'done') return doc
  await req.payload.update({
    collection: slugs.complaints,
    id: complaintId,
    data: { reviewStatus: 'done' },
    depth: 0,
    req: serverReq(req),
  })
  return doc
}
