import type { Endpoint } from 'payload'

import type { ComplaintState } from '@/domain/complaints/actions'
import { planComplaintAction } from '@/domain/complaints/actions'
import { mayHandleComplaints } from '@/access/complaints'
import { rolesOf } from '@/domain/roles'
import { readBody, requireUser } from '@/lib/endpointUser'
import { forbidden, invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { SERVER_WRITE } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * `POST /api/complaints/:id/actions/:action` — dispatch, start, verify, resolve, close, severity.
 * The only way a complaint changes state: the user is checked, the action planned by the domain
 * rules, and the result saved through the Local API as that user (`overrideAccess: false`).
 */
export const takeComplaintAction: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id)
    const action = String(req.routeParams?.action)
    const body = await readBody(req)
    // Forms send ids as text; SQL databases number them (MongoDB ids are not all digits).
    if (typeof body.handler === 'string' && /^\d+$/.test(body.handler))
      body.handler = Number(body.handler)

    const complaint = await req.payload.findByID({
      collection: slugs.complaints,
      id,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    const plan = planComplaintAction({
      action,
      complaint: {
        ...(complaint as unknown as ComplaintState),
        handler: relationId(complaint.handler) ?? null,
      },
      body,
      actor: { id: user.id, roles: rolesOf(user) },
      now: new Date(),
    })
    if (!plan.ok) {
      if (plan.status === 403) throw forbidden(plan.message)
      throw invalidField(slugs.complaints, plan.field ?? action, plan.message)
    }
    if (plan.handlerId !== undefined) {
      // A complaint goes to someone who works on complaints, never to a guard or an engineer.
      const handler = await req.payload
        .findByID({ collection: slugs.users, id: plan.handlerId, depth: 0, req })
        .catch(() => null)
      if (!handler || !mayHandleComplaints(handler)) {
        throw invalidField(slugs.complaints, 'handler', '处理人无效 / Not a valid handler')
      }
    }
    req.context = { ...req.context, [SERVER_WRITE]: true }
    const doc = await req.payload.update({
      collection: slugs.complaints,
      id,
      data: plan.data,
      overrideAccess: false,
      user,
      req,
    })
    return Response.json({ doc, message: 'OK' })
  },
}
