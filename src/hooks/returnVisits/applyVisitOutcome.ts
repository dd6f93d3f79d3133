import type { CollectionAfterChangeHook } from 'payload'

import type { ReturnVisit } from '@/payload-types'
import { statusAfterVisit, type ComplaintStatus } from '@/domain/complaints/statusMachine'
import { visitReopens } from '@/domain/complaints/returnVisits'
import { relationId } from '@/domain/relations'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * afterChange: a recorded return visit moves its complaint: satisfied → it may be filed (归档);
 * a `C` with the problem unsolved → reopened for handling.
 */
export const applyVisitOutcome: CollectionAfterChangeHook<ReturnVisit> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const complaintId = relationId(doc.complaint)
  if (doc.status !== 'done' || previousDoc?.status === 'done' || !complaintId) return doc
  const complaint = await req.payload.findByID({
    collection: slugs.complaints,
    id: complaintId,
    depth: 0,
    req,
  })
  const unsolved = visitReopens(doc)
  const next = statusAfterVisit(complaint.status as ComplaintStatus, unsolved)
  if (!next) return doc
  await req.payload.update({
    collection: slugs.complaints,
    id: complaintId,
    data: unsolved
      ? { status: next, reopenCount: (complaint.reopenCount ?? 0) + 1 }
      : { status: next },
    req: serverReq(req),
  })
  return doc
}
