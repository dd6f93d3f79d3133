import type { CollectionAfterChangeHook } from 'payload'

import type { Complaint } from '@/payload-types'
import { HOUR } from '@/domain/time'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * afterChange: when a complaint joins (or starts) a collective incident, the other complaints of the
 * same building and category in the window join it too, and so become major. Updates the siblings,
 * never this complaint; the `linkingCollective` flag stops the cascade.
 */
export const linkCollectiveComplaints: CollectionAfterChangeHook<Complaint> = async ({
  doc,
  previousDoc,
  req,
}) => {
  const incident = relationId(doc.incident)
  if (!incident || relationId(previousDoc?.incident) === incident || req.context?.linkingCollective)
    return doc
  const office = await officeSettings(req)
  const at = new Date(String(doc.registeredAt))
  const siblings = await req.payload.find({
    collection: slugs.complaints,
    where: {
      and: [
        { building: { equals: doc.building } },
        { category: { equals: doc.category } },
        { kind: { equals: 'complaint' } },
        // The window on both sides of this complaint: a complaint of the same building and
        // category registered days later is another matter, not this incident.
        {
          registeredAt: {
            greater_than_equal: new Date(
              at.getTime() - office.collectiveWindowHours * HOUR,
            ).toISOString(),
          },
        },
        {
          registeredAt: {
            less_than_equal: new Date(
              at.getTime() + office.collectiveWindowHours * HOUR,
            ).toISOString(),
          },
        },
        { id: { not_equals: doc.id } },
        { or: [{ incident: { exists: false } }, { incident: { not_equals: incident } }] },
      ],
    },
    depth: 0,
    pagination: false,
    select: { category: true },
    req,
  })
  for (const sibling of siblings.docs) {
    await req.payload.update({
      collection: slugs.complaints,
      id: sibling.id,
      data: { incident: incident as number },
      req: serverReq(req, { linkingCollective: true }),
    })
  }
  return doc
}
