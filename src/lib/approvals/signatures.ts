import type { CollectionSlug, PayloadRequest } from 'payload'

import type { ApprovalLog } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * The signatures a document's current round of its approval chain collected, in step order
 * (rejections left out): what a printed form shows under 审批. Read with server rights — the
 * caller has already read the document as the user, and its signatures are part of it.
 */
export const roundSignatures = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  doc: { id: number | string; approval?: unknown },
): Promise<ApprovalLog[]> => {
  const round = Number((doc.approval as { round?: number } | null)?.round ?? 1)
  const log = await req.payload.find({
    collection: slugs.approvalLog,
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { documentId: { equals: String(doc.id) } },
        { round: { equals: round } },
        { meaning: { not_equals: 'rejected' } },
      ],
    },
    sort: 'step',
    depth: 0,
    pagination: false,
    req,
  })
  return log.docs
}
