import type { CollectionBeforeChangeHook } from 'payload'

import type { ReturnVisit } from '@/payload-types'
import { invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { slugs } from '@/slugs'

/** beforeChange: a return visit is about one complaint or one repair. */
export const requireVisitSubject: CollectionBeforeChangeHook<ReturnVisit> = ({
  data,
  originalDoc,
}) => {
  const complaint = relationId(data.complaint ?? originalDoc?.complaint)
  const workOrder = relationId(data.workOrder ?? originalDoc?.workOrder)
  if (!complaint === !workOrder) {
    throw invalidField(
      slugs.returnVisits,
      'complaint',
      '回访须对应一宗投诉或一张工单 / A return visit is about one complaint or one work order',
    )
  }
  return data
}
