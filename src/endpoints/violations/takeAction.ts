import type { Endpoint } from 'payload'

import { rolesOf } from '@/domain/roles'
import type { ViolationState } from '@/domain/violations/actions'
import { planViolationAction } from '@/domain/violations/actions'
import { readBody, requireUser } from '@/lib/endpointUser'
import { conflict, forbidden, invalidField } from '@/lib/errors'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * `POST /api/violations/:id/actions/:action` — record-measure, rectified, record-payment, resolve.
 * The case is read as the user, the domain plans the change, and the server writes it (these
 * fields are closed to every client). Handling decisions go through `/api/approvals/violations/…`.
 */
export const takeViolationAction: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id)
    const body = await readBody(req)
    const violation = await req.payload.findByID({
      collection: slugs.violations,
      id,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    const plan = planViolationAction({
      action: String(req.routeParams?.action),
      violation: {
        kind: violation.kind,
        severity: violation.severity ?? 'general',
        status: violation.status ?? 'open',
        measures: (violation.measures ?? []) as ViolationState['measures'],
        amountDue: violation.amountDue ?? 0,
        payments: violation.payments ?? [],
      },
      body,
      actor: { id: user.id, roles: rolesOf(user) },
      now: new Date(),
    })
    if (!plan.ok) {
      if (plan.status === 403) throw forbidden(plan.message)
      if (plan.status === 409) throw conflict(plan.message)
      throw invalidField(slugs.violations, plan.field ?? 'action', plan.message)
    }
    const doc = await req.payload.update({
      collection: slugs.violations,
      id,
      data: plan.data,
      depth: 0,
      overrideAccess: true,
      req: serverReq(req),
    })
    return Response.json({ doc, message: 'OK' })
  },
}
