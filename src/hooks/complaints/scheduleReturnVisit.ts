import type { CollectionAfterChangeHook, PayloadRequest } from 'payload'

import type { Complaint } from '@/payload-types'
import { complaintVisitAssignee, complaintVisitWindow } from '@/domain/complaints/returnVisits'
import type { VisitMethod } from '@/domain/complaints/returnVisits'
import { relationId } from '@/domain/relations'
import { officeCalendar } from '@/lib/officeCalendar'
import { officeSettings } from '@/lib/officeSettings'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

const firstUserWithRole = async (req: PayloadRequest, role: string) =>
  (
    await req.payload.find({
      collection: slugs.users,
      where: { roles: { contains: role } },
      sort: 'id',
      limit: 1,
      depth: 0,
      select: { email: true },
      req,
    })
  ).docs[0]?.id ?? null

/**
 * afterChange: a complaint that has just been resolved gets its return visit (回访), due 3 days to a
 * week later (3 days for a commercial tenant), on working time unless the office calendar says
 * otherwise, assigned by rule.
 */
export const scheduleReturnVisit: CollectionAfterChangeHook<Complaint> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'resolved' || previousDoc?.status === 'resolved' || !doc.returnVisitRequired) {
    return doc
  }
  const office = await officeSettings(req)
  const residentId = relationId(doc.resident)
  const resident = residentId
    ? await req.payload.findByID({ collection: slugs.residents, id: residentId, depth: 0, req })
    : null
  const handlerId = relationId(doc.handler)
  const handler = handlerId
    ? await req.payload.findByID({ collection: slugs.users, id: handlerId, depth: 0, req })
    : null
  const method: VisitMethod =
    doc.severity === 'major' ? 'face-to-face' : office.complaintVisitMethod
  const assignee = complaintVisitAssignee({
    // Only `major` changes who visits: a complaint without a severity is visited as a general one.
    severity: doc.severity ?? 'general',
    method,
    directorId: await firstUserWithRole(req, 'director'),
    dispatcherId: await firstUserWithRole(req, 'dispatcher'),
    departmentHeadId: relationId(handler?.manager) ?? null,
    siteManagerId: await firstUserWithRole(req, 'site-manager'),
  })
  await req.payload.create({
    collection: slugs.returnVisits,
    data: {
      complaint: doc.id,
      ...complaintVisitWindow(
        String(doc.resolvedAt),
        resident?.kind === 'commercial-tenant',
        await officeCalendar(req, office.timezone),
      ),
      assignee: assignee as number,
      method,
      status: 'scheduled',
    },
    req: serverReq(req),
  })
  return doc
}
