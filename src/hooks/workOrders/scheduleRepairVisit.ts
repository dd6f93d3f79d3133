import type { CollectionAfterChangeHook } from 'payload'

import type { WorkOrder } from '@/payload-types'
import { repairVisitWindow } from '@/domain/workOrders/rules'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/** afterChange: a completed repair chosen by the sample gets a site captain's return visit. */
export const scheduleRepairVisit: CollectionAfterChangeHook<WorkOrder> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (
    doc.status !== 'completed' ||
    previousDoc?.status === 'completed' ||
    !doc.returnVisitRequired
  ) {
    return doc
  }
  const captain = await req.payload.find({
    collection: slugs.users,
    where: { roles: { contains: 'site-captain' } },
    sort: 'id',
    limit: 1,
    depth: 0,
    select: { email: true },
    req,
  })
  await req.payload.create({
    collection: slugs.returnVisits,
    data: {
      workOrder: doc.id,
      ...repairVisitWindow(String(doc.finishedAt), Boolean(doc.commercial)),
      assignee: captain.docs[0]?.id,
      method: 'phone',
      status: 'scheduled',
    },
    req: serverReq(req),
  })
  return doc
}
