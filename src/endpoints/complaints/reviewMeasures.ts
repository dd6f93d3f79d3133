import type { PayloadRequest } from 'payload'

import type { ReviewExtra } from '@/domain/complaints/review'
import { measureTitle } from '@/domain/followUps/measures'
import type { Plan } from '@/domain/workflow'
import { followUpMeasures } from '@/lib/followUps'
import type { Complaint } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * 检讨: each measure of a complaint's review becomes a follow-up (owner, deadline, escalated when
 * overdue) in the action's transaction, linked both ways; an owner not on the staff refuses the
 * whole review (400 naming the field), nothing written.
 */
export const recordReviewMeasures = async (
  req: PayloadRequest,
  plan: Extract<Plan<unknown>, { ok: true }>,
  doc: Complaint,
) => {
  const measures = (plan.extra as ReviewExtra | undefined)?.measures
  if (!measures) return
  const links = await followUpMeasures(req, {
    collection: slugs.complaints,
    id: doc.id,
    field: 'reviewMeasures',
    measures,
    ownerRefusal: '责任人不是在职员工 / The person responsible is not on the staff',
    sourceKind: 'complaint-review',
    title: (measure) => measureTitle(`投诉 ${doc.number ?? doc.id} 检讨整改：`, measure.text),
    details: (measure) =>
      `原因 Cause: ${String(plan.data.reviewCause ?? '')}\n整改措施 Measure: ${measure.text}`,
  })
  return { followUps: links }
}
