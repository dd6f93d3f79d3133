import type { CollectionBeforeChangeHook } from 'payload'

import { kindFromSubject } from '@/domain/returnVisits/kinds'
import type { ReturnVisit } from '@/payload-types'

/** beforeChange: a visit on a complaint or a work order is of that kind when none was given. */
export const stampVisitKind: CollectionBeforeChangeHook<ReturnVisit> = ({ data, originalDoc }) => {
  const kind = kindFromSubject({
    kind: data.kind ?? originalDoc?.kind,
    complaint: data.complaint ?? originalDoc?.complaint,
    workOrder: data.workOrder ?? originalDoc?.workOrder,
  })
  if (kind) data.kind = kind
  return data
}
