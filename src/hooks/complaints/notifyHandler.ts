import type { CollectionAfterChangeHook } from 'payload'

import type { Complaint } from '@/payload-types'
import { dispatchEmail } from '@/domain/complaints/emails'
import { complaintSummary } from '@/lib/complaintSummary'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { slugs } from '@/slugs'

/** afterChange: the handler a complaint is dispatched to gets the handling slip by email. */
export const notifyHandler: CollectionAfterChangeHook<Complaint> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const dispatched = doc.status === 'dispatched' && previousDoc?.status !== 'dispatched'
  const handlerId = relationId(doc.handler)
  if (!dispatched || !handlerId || req.context?.importingHistory) return doc
  const handler = await req.payload.findByID({
    collection: slugs.users,
    id: handlerId,
    depth: 0,
    req,
  })
  const office = await officeSettings(req)
  const email = dispatchEmail(await complaintSummary(req, doc, { handler }), office.timezone)
  await queueEmail(req, { to: [handler.email], ...email })
  return doc
}
