import type { CollectionBeforeChangeHook } from 'payload'

import type { Unit } from '@/payload-types'

/** beforeChange: the code people say and print, e.g. `3栋-1203`, derived so it never drifts. */
export const setUnitCode: CollectionBeforeChangeHook<Unit> = ({ data, originalDoc }) => {
  const building = data.building ?? originalDoc?.building
  const number = data.number ?? originalDoc?.number
  if (building && number) data.code = `${building}-${number}`
  return data
}
