import type { PayloadRequest, TypedUser } from 'payload'

import { hasRole } from '@/access/hasRole'
import { SUGGESTION_DECIDER_ROLES, suggestionWorkflow } from '@/domain/suggestions/workflow'
import type { PendingApproval } from '@/lib/approvals/pending'
import { slugs } from '@/slugs'

/**
 * Suggestions waiting for the director's decision (adopt or decline), in the shape of the list of
 * what waits for a user (`GET /api/approvals/mine`, the dashboard's 待我审批). Read as the user.
 */
export const suggestionsWaitingFor = async (
  req: PayloadRequest,
  user: TypedUser,
): Promise<PendingApproval[]> => {
  if (!hasRole(user, ...SUGGESTION_DECIDER_ROLES)) return []
  const found = await req.payload.find({
    collection: slugs.suggestions,
    where: { status: { equals: 'submitted' } },
    sort: 'recordedAt',
    limit: 200,
    pagination: false,
    depth: 0,
    select: { subject: true, recordedAt: true },
    overrideAccess: false,
    user,
    req,
  })
  return found.docs.map((doc) => ({
    collection: slugs.suggestions,
    kind: suggestionWorkflow.label,
    id: doc.id,
    title: doc.subject,
    step: 0,
    stepLabel: { zh: '总监决定是否采纳', en: 'Director adopts or declines' },
    round: 1,
    since: doc.recordedAt ?? null,
  }))
}
