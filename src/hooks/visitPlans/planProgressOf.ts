import type { FieldHook } from 'payload'

import { planProgress } from '@/domain/returnVisits/programme'
import { slugs } from '@/slugs'

/** afterRead (virtual `progress`): the plan's visits recorded, unreachable and open, of all. */
export const planProgressOf: FieldHook = async ({ data, req }) => {
  const id = (data as { id?: number | string } | undefined)?.id
  if (id === undefined) return null
  const visits = await req.payload.find({
    collection: slugs.returnVisits,
    where: { plan: { equals: id } },
    depth: 0,
    pagination: false,
    select: { status: true },
    req,
  })
  return planProgress(visits.docs.map((v) => v.status))
}
