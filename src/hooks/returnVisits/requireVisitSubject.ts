import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/domain/relations'
import type { VisitKind } from '@/domain/returnVisits/kinds'
import { subjectProblem } from '@/domain/returnVisits/programme'
import { invalidField } from '@/lib/errors'
import type { ReturnVisit } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * beforeChange: a return visit is about one complaint, one repair, or — every other kind (after a
 * service or an event, periodic, departmental, the survey) — one household (`subjectProblem`).
 */
export const requireVisitSubject: CollectionBeforeChangeHook<ReturnVisit> = ({
  data,
  originalDoc,
}) => {
  const pick = <K extends 'complaint' | 'workOrder' | 'unit' | 'resident'>(key: K) =>
    relationId(key in data ? data[key] : originalDoc?.[key]) ?? null
  const problem = subjectProblem({
    kind: (data.kind ?? originalDoc?.kind ?? null) as VisitKind | null,
    complaint: pick('complaint'),
    workOrder: pick('workOrder'),
    unit: pick('unit'),
    resident: pick('resident'),
  })
  if (problem) throw invalidField(slugs.returnVisits, problem.field, problem.message)
  return data
}
