import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/domain/relations'
import { localDay } from '@/domain/renovation/hours'
import { officeSettings } from '@/lib/officeSettings'
import type { Complaint } from '@/payload-types'
import { slugs } from '@/slugs'

/** Complaint categories about noise: the built-in 装修噪音 and any office category named for noise. */
const isNoiseCategory = (category: unknown) =>
  typeof category === 'string' && /noise/i.test(category)

/**
 * beforeChange (create): a noise complaint (renovation noise, 装修噪音) about a unit under an
 * approved renovation that runs today is linked to that renovation, so the renovation's record
 * shows the complaints against it and the site manager can act on it (DOMAIN.md → Complaints:
 * "renovation noise" is the typical general complaint).
 */
export const linkRenovation: CollectionBeforeChangeHook<Complaint> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !isNoiseCategory(data.category)) return data
  const unit = relationId(data.unit)
  if (unit === undefined) return data
  const found = await req.payload.find({
    collection: slugs.renovations,
    where: { and: [{ unit: { equals: unit } }, { status: { equals: 'approved' } }] },
    depth: 0,
    limit: 20,
    pagination: false,
    sort: '-startDate',
    select: { startDate: true, endDate: true },
    req,
  })
  const { timezone } = await officeSettings(req)
  const today = localDay(new Date().toISOString(), timezone) ?? ''
  const active = found.docs.find(
    (r) =>
      (localDay(r.startDate, timezone) ?? '') <= today &&
      today <= (localDay(r.endDate, timezone) ?? ''),
  )
  return active ? { ...data, renovation: active.id } : data
}
