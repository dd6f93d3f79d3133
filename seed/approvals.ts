import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { ApprovalAction } from '../src/domain/approvals/chain'
import { actOnApproval } from '../src/lib/approvals/act'
import type { ApprovalDefinition } from '../src/lib/approvals/definition'
import { slugs } from '../src/slugs'

/** One step of a document's approval chain, taken as a member of staff through the real mechanism. */
export const actAs = async (
  payload: Payload,
  definition: ApprovalDefinition,
  id: number | string,
  userId: number,
  action: ApprovalAction = 'approve',
  comment?: string,
) => {
  const user = await payload.findByID({ collection: slugs.users, id: userId, depth: 0 })
  const req = await createLocalReq({ user: { ...user, collection: slugs.users } }, payload)
  return actOnApproval({ definition, id: String(id), action, comment, req, user: req.user! })
}
