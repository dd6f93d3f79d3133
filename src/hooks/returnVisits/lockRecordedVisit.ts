import type { CollectionBeforeChangeHook } from 'payload'

import type { ReturnVisit } from '@/payload-types'
import { forbidden } from '@/lib/errors'

const EVIDENCE = [
  'method',
  'answeredBy',
  'quality',
  'effect',
  'overall',
  'solved',
  'residentWords',
] as const satisfies ReadonlyArray<keyof ReturnVisit>

/** beforeChange: what the resident said on a recorded visit is evidence and is not rewritten. */
export const lockRecordedVisit: CollectionBeforeChangeHook<ReturnVisit> = ({
  data,
  originalDoc,
  req,
}) => {
  if (originalDoc?.status !== 'done' || req.context?.serverWrite === true) return data
  const changed = EVIDENCE.filter(
    (field) =>
      field in data &&
      JSON.stringify(data[field] ?? null) !== JSON.stringify(originalDoc[field] ?? null),
  )
  if (changed.length > 0) {
    throw forbidden(
      `已记录的回访不可修改 / A recorded return visit cannot be changed: ${changed.join(', ')}`,
    )
  }
  return data
}
