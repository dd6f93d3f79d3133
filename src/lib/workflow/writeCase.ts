import type { PayloadRequest, RequestContext, TypedUser } from 'payload'

import { childReq } from '@/lib/serverWrite'

/**
 * The one way an action writes a case: through the Local API as the user (`overrideAccess:
 * false`, so access, field access, validation and every hook apply), in the request's
 * transaction. The planner's server-only fields (status, sign-offs, numbers) pass
 * `protectServerFields` because the write carries the area's flags (`SERVER_WRITE`…), and the
 * write names its action (`workflowAction`), which a collection's update access may accept for
 * people who act on a case without editing it (a site captain recording a payment).
 */
export const writeCase = async (
  req: PayloadRequest,
  args: {
    collection: string
    id: number | string
    action: string
    data: Record<string, unknown>
    user: TypedUser
    context?: RequestContext
  },
) =>
  req.payload.update({
    collection: args.collection as 'complaints',
    id: args.id,
    data: args.data,
    depth: 0,
    overrideAccess: false,
    user: args.user,
    req: childReq(req, {
      ...args.context,
      workflowAction: { collection: args.collection, action: args.action },
    }),
  })
