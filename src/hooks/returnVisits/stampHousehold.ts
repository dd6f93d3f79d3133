import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/domain/relations'
import { householdKey } from '@/lib/households'
import type { ReturnVisit } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * beforeChange: the household a visit is about (its complaint's or repair's resident, else the
 * unit; for other kinds the visit's own resident or unit: `householdKey`), kept on the visit. Satisfaction is counted by household (002 篇3), and
 * with the household on the visit the count reads the visits' index alone, joining nothing.
 */
export const stampHousehold: CollectionBeforeChangeHook<ReturnVisit> = async ({
  data,
  originalDoc,
  req,
}) => {
  const subjectChanged =
    'complaint' in data || 'workOrder' in data || 'unit' in data || 'resident' in data
  if (originalDoc?.household && !subjectChanged) return data
  const complaint = relationId(data.complaint ?? originalDoc?.complaint)
  const workOrder = relationId(data.workOrder ?? originalDoc?.workOrder)
  const select = { resident: true, unit: true } as const
  const subject = complaint
    ? await req.payload.findByID({
        collection: slugs.complaints,
        id: complaint,
        depth: 0,
        select,
        req,
      })
    : workOrder
      ? await req.payload.findByID({
          collection: slugs.workOrders,
          id: workOrder,
          depth: 0,
          select,
          req,
        })
      : null
  // Every other kind visits a household directly: its resident, else its unit; a planned visit
  // with neither keeps the household the server planned it for (a client cannot send it).
  const unit = relationId('unit' in data ? data.unit : originalDoc?.unit)
  const resident = relationId('resident' in data ? data.resident : originalDoc?.resident)
  data.household = subject
    ? householdKey(subject)
    : unit || resident
      ? householdKey({ unit, resident })
      : (data.household ?? originalDoc?.household ?? null)
  return data
}
