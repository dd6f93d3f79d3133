import type { Endpoint } from 'payload'

import { hasRole } from '@/access/hasRole'
import type { WorkOrderState } from '@/domain/workOrders/actions'
import { planWorkOrderAction } from '@/domain/workOrders/actions'
import { rolesOf } from '@/domain/roles'
import { readBody, requireUser } from '@/lib/endpointUser'
import { forbidden, invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { SERVER_WRITE } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * `POST /api/work-orders/:id/actions/:action` — dispatch, arrive, finish, not-finished. The
 * order is read as the user (an engineer sees only their own), the domain plans the change, and
 * the Local API saves it as the user.
 */
export const takeWorkOrderAction: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id)
    const body = await readBody(req)
    if (typeof body.engineer === 'string' && /^\d+$/.test(body.engineer))
      body.engineer = Number(body.engineer)
    const order = await req.payload.findByID({
      collection: slugs.workOrders,
      id,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    const office = await officeSettings(req)
    const plan = planWorkOrderAction({
      action: String(req.routeParams?.action),
      order: {
        ...(order as unknown as WorkOrderState),
        engineer: relationId(order.engineer) ?? null,
      },
      body,
      actor: { id: user.id, roles: rolesOf(user) },
      now: new Date(),
      paymentBeforeDispatch: office.paymentBeforeDispatch,
    })
    if (!plan.ok) {
      if (plan.status === 403) throw forbidden(plan.message)
      throw invalidField(slugs.workOrders, plan.field ?? 'action', plan.message)
    }
    if (plan.engineerId !== undefined) {
      const engineer = await req.payload
        .findByID({ collection: slugs.users, id: plan.engineerId, depth: 0, req })
        .catch(() => null)
      if (!engineer || !hasRole(engineer, 'engineer')) {
        throw invalidField(slugs.workOrders, 'engineer', '请选择维修员 / Choose an engineer')
      }
    }
    req.context = { ...req.context, [SERVER_WRITE]: true }
    const doc = await req.payload.update({
      collection: slugs.workOrders,
      id,
      data: plan.data,
      overrideAccess: false,
      user,
      req,
    })
    return Response.json({ doc, message: 'OK' })
  },
}
