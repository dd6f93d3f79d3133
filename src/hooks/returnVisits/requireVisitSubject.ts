import type { CollectionBeforeChangeHook } from 'payload'

import type { ReturnVisit } from '@/payload-types'
import { invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { slugs } from '@/slugs'

/**
 * beforeChange: a visit after a complaint or a repair is about one complaint or one work order
 * (never both); a planned visit (a survey, a periodic or departmental visit, after a service or
 * an event) may stand alone, or follow one case.
 */
export const requireVisitSubject: CollectionBeforeChangeHook<ReturnVisit> = ({
  data,
  originalDoc,
}) => {
  const complaint = relationId(data.complaint ?? originalDoc?.complaint)
  const workOrder = relationId(data.workOrder ?? originalDoc?.workOrder)
  const kind = data.kind ?? originalDoc?.kind
  const followsCase = !kind || kind === 'complaint' || kind === 'repair'
  if ((complaint && workOrder) || (followsCase && !complaint && !workOrder)) {
    throw invalidField(
      slugs.returnVisits,
      'complaint',
      '回访须对应一宗投诉或一张工单 / A return visit is about one complaint or one work order',
    )
  }
  return data
}
