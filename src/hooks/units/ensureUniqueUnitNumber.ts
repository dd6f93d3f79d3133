import type { CollectionBeforeValidateHook } from 'payload'

import type { Unit } from '@/payload-types'
import { invalidField } from '@/lib/errors'
import { slugs } from '@/slugs'

/**
 * beforeValidate: one number per building. The compound unique index is the guarantee under
 * concurrency; this check turns the common case into a clear 400 on `number`.
 */
export const ensureUniqueUnitNumber: CollectionBeforeValidateHook<Unit> = async ({
  data,
  originalDoc,
  req,
}) => {
  const building = data?.building ?? originalDoc?.building
  const number = data?.number ?? originalDoc?.number
  if (typeof building !== 'string' || typeof number !== 'string') return data
  const clash = await req.payload.find({
    collection: slugs.units,
    where: {
      and: [
        { building: { equals: building } },
        { number: { equals: number } },
        ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    pagination: false,
    select: {},
    req,
  })
  if (clash.docs.length > 0) {
    throw invalidField(
      slugs.units,
      'number',
      `${building} 已有房号 ${number} / Building ${building} already has unit ${number}`,
    )
  }
  return data
}
