import type { FollowUpExtra, FollowUpState } from '@/domain/followUps/workflow'
import { followUpWorkflow } from '@/domain/followUps/workflow'
import { relationId } from '@/domain/relations'
import { rolesOf } from '@/domain/roles'
import { invalidField } from '@/lib/errors'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import type { FollowUp } from '@/payload-types'
import { slugs } from '@/slugs'

/** Follow-ups on the workflow engine: `POST /api/follow-ups/:id/actions/:action` and the panel's GET. */
export const followUpCase: CaseType<FollowUpState, undefined, FollowUpExtra, FollowUp> = {
  workflow: followUpWorkflow,
  toState: (doc) => ({
    status: doc.status ?? 'open',
    owner: relationId(doc.owner) ?? null,
    raisedBy: relationId(doc.raisedBy) ?? null,
    deadline: doc.deadline,
  }),
  // A follow-up passes to a member of staff (an account with a role), not to anyone's id.
  verify: async ({ req, plan }) => {
    const newOwner = plan.extra?.newOwner
    if (newOwner === undefined) return
    const user = await req.payload
      .findByID({ collection: slugs.users, id: newOwner, depth: 0, req })
      .catch(() => null)
    if (!user || rolesOf(user).length === 0) {
      throw invalidField(slugs.followUps, 'owner', '负责人无效 / Not a valid owner')
    }
  },
  // The plan sets status, the confirmation, a new owner or deadline: fields no client sets.
  writeContext: () => ({ [SERVER_WRITE]: true }),
}
