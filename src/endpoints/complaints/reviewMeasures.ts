import type { PayloadRequest } from 'payload'

import type { ReviewExtra } from '@/domain/complaints/review'
import { measureTitle } from '@/domain/followUps/measures'
import { rolesOf } from '@/domain/roles'
import type { Plan } from '@/domain/workflow'
import { invalidField } from '@/lib/errors'
import { createFollowUp } from '@/lib/followUps'
import { serverReq } from '@/lib/serverWrite'
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
  const links: Array<number | string> = []
  for (const measure of measures) {
    const owner = await req.payload
      .findByID({ collection: slugs.users, id: measure.owner, depth: 0, req })
      .catch(() => null)
    // On the staff: a role besides the administrator's (who owns no follow-ups).
    if (!owner || !rolesOf(owner).some((role) => role !== 'admin')) {
      throw invalidField(
        slugs.complaints,
        measure.ownerField,
        '责任人不是在职员工 / The person responsible is not on the staff',
      )
    }
    const followUp = await createFollowUp(req, {
      title: measureTitle(`投诉 ${doc.number ?? doc.id} 检讨整改：`, measure.text),
      owner: owner.id,
      deadline: measure.deadline,
      sourceKind: 'complaint-review',
      source: { relationTo: slugs.complaints, value: doc.id },
      details: `原因 Cause: ${String(plan.data.reviewCause ?? '')}\n整改措施 Measure: ${measure.text}`,
    })
    links.push(followUp.id)
  }
  await req.payload.update({
    collection: slugs.complaints,
    id: doc.id,
    data: {
      reviewMeasures: measures.map((m, index) => ({
        text: m.text,
        owner: m.owner as number,
        deadline: m.deadline,
        followUp: links[index] as number,
      })),
    },
    depth: 0,
    req: serverReq(req),
  })
  return { followUps: links }
}
