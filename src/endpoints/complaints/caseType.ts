import { mayHandleComplaints } from '@/access/complaints'
import type { ComplaintState } from '@/domain/complaints/actions'
import type { LoopContext } from '@/domain/complaints/loop'
import { needsReview } from '@/domain/complaints/review'
import { complaintWorkflow } from '@/domain/complaints/workflow'
import { relationId } from '@/domain/relations'
import type { SignOff } from '@/domain/designations'
import type { Complaint } from '@/payload-types'
import { officeHeadOf, signOffFor } from '@/lib/designations'
import { invalidField } from '@/lib/errors'
import { createFollowUp, settleFollowUps } from '@/lib/followUps'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import { slugs } from '@/slugs'

import { recordReviewMeasures } from './reviewMeasures'

/** A complaint as read for an action, with who signs 销项 while it is being handled. */
type ComplaintCase = Complaint & { signOff?: SignOff | null; visitUnreachable?: boolean }

/** Complaints on the workflow engine: `POST /api/complaints/:id/actions/:action` and the panel's GET. */
export const complaintCase: CaseType<ComplaintState, LoopContext, unknown, ComplaintCase> = {
  workflow: complaintWorkflow,
  // Read in the action's transaction, after the row lock: the designation is the one in force now.
  read: async (req, user, id) => {
    const doc = await req.payload.findByID({
      collection: slugs.complaints,
      id,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    // 销项 while in progress; the review (检讨) of a serious complaint once it has a department.
    const signs = doc.status === 'in-progress' || (needsReview(doc) && !doc.reviewedAt)
    const signOff = signs && doc.department ? await signOffFor(req, doc.department) : null
    // Its latest return visit closed as unreachable: a manager may file it (with a reason).
    const lastVisit =
      doc.status === 'resolved'
        ? await req.payload.find({
            collection: slugs.returnVisits,
            where: { complaint: { equals: doc.id } },
            sort: '-createdAt',
            limit: 1,
            depth: 0,
            select: { status: true },
            req,
          })
        : null
    const visitUnreachable = lastVisit?.docs[0]?.status === 'unreachable'
    return { ...doc, signOff, visitUnreachable }
  },
  toState: (doc) => ({
    status: doc.status ?? 'registered',
    channel: doc.channel,
    handler: relationId(doc.handler) ?? null,
    verifiedAt: doc.verifiedAt ?? null,
    severity: doc.severity ?? 'general',
    severitySource: doc.severitySource ?? null,
    returnVisitRequired: doc.returnVisitRequired ?? null,
    visitUnreachable: doc.visitUnreachable ?? null,
    department: doc.department ?? null,
    signOff: doc.signOff ?? null,
    repliedAt: doc.repliedAt ?? null,
    confirmedAt: doc.confirmedAt ?? null,
    referredAt: doc.referredAt ?? null,
    referredTo: relationId(doc.referredTo) ?? null,
    decidedAt: doc.decidedAt ?? null,
    verdict: doc.verdict ?? null,
    reviewedAt: doc.reviewedAt ?? null,
  }),
  // A referral goes to whoever is the office head now.
  context: async ({ req, action }) =>
    action === 'refer' ? { officeHeadId: (await officeHeadOf(req))?.id ?? null } : undefined,
  // A complaint goes to someone who works on complaints, never to a guard or an engineer.
  verify: async ({ req, plan }) => {
    const handlerId = plan.data.handler
    if (handlerId === undefined) return
    const handler = await req.payload
      .findByID({ collection: slugs.users, id: handlerId as number, depth: 0, req })
      .catch(() => null)
    if (!handler || !mayHandleComplaints(handler)) {
      throw invalidField(slugs.complaints, 'handler', '处理人无效 / Not a valid handler')
    }
  },
  /**
   * 跟清楚: a reply keeps the earlier promised reply (its follow-up is done) and, while the matter
   * is not solved, promises the next one — a follow-up for the handler, escalated when overdue.
   */
  apply: async ({ req, plan, doc, user, action }) => {
    if (action === 'review') return recordReviewMeasures(req, plan, doc)
    if (action !== 'reply') return
    const source = { relationTo: slugs.complaints, value: doc.id }
    await settleFollowUps(req, {
      source,
      sourceKind: 'complaint-reply',
      note: `已于${String(plan.data.repliedAt)}再次答复客户 / Replied again`,
      by: user.id,
    })
    const next = plan.data.nextReplyAt
    if (typeof next !== 'string') return
    const followUp = await createFollowUp(req, {
      title: `投诉 ${doc.number ?? doc.id} 下次答复客户`,
      owner: relationId(doc.handler) ?? user.id,
      deadline: next,
      sourceKind: 'complaint-reply',
      source,
      details: String(plan.data.replySummary ?? ''),
    })
    return { followUp: followUp.id }
  },
  writeContext: () => ({ [SERVER_WRITE]: true }),
}
