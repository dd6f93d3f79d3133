import type { Endpoint, PayloadRequest, TypedUser } from 'payload'

import type { ShiftLogState } from '@/domain/shiftLogs/actions'
import { planShiftLogAction } from '@/domain/shiftLogs/actions'
import { rolesOf } from '@/domain/roles'
import { REVIEWING_SHIFT_LOG } from '@/hooks/shiftLogs/keepShiftLogLocked'
import { readBody, requireUser } from '@/lib/endpointUser'
import { conflict, forbidden, invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { SERVER_WRITE } from '@/lib/serverWrite'
import { handoverOpenItems } from '@/lib/shiftLogs/openItems'
import { slugs } from '@/slugs'

/**
 * A log as the user may read it. A log of a post they do not work exists but is not theirs: 403
 * (not 404), so that "writing to another post's log" is refused as what it is.
 */
export const readLogAs = async (req: PayloadRequest, user: TypedUser, id: string) => {
  try {
    return await req.payload.findByID({
      collection: slugs.shiftLogs,
      id,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
  } catch (error) {
    const exists = await req.payload
      .count({ collection: slugs.shiftLogs, where: { id: { equals: id } }, req })
      .then((r) => r.totalDocs > 0)
    if (exists) throw forbidden('您不在该岗位，不能查看或修改此记录 / You do not work this post')
    throw error
  }
}

/**
 * `POST /api/shift-logs/:id/actions/:action` — `add-entry`, `sign`, `accept`, `refuse`, `review`.
 * The domain plans the change; the Local API saves it as the user.
 */
export const takeShiftLogAction: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id)
    const action = String(req.routeParams?.action)
    const body = await readBody(req)
    const log = await readLogAs(req, user, id)
    const now = new Date()
    const office = await officeSettings(req)
    const state = {
      ...(log as unknown as ShiftLogState),
      onDuty: relationId(log.onDuty) ?? null,
      signedBy: relationId(log.signedBy) ?? null,
    }
    const plan = planShiftLogAction({
      action,
      log: state,
      body,
      actor: {
        id: user.id,
        roles: rolesOf(user),
        dutyPost: (user as { dutyPost?: string | null }).dutyPost,
      },
      now,
      openItems:
        action === 'sign' ? await handoverOpenItems(req, state, now, office.timezone) : undefined,
    })
    if (!plan.ok) {
      if (plan.status === 403) throw forbidden(plan.message)
      if (plan.status === 409) throw conflict(plan.message)
      throw invalidField(slugs.shiftLogs, plan.field ?? 'action', plan.message)
    }
    req.context = {
      ...req.context,
      [SERVER_WRITE]: action !== 'add-entry',
      [REVIEWING_SHIFT_LOG]: action === 'review',
    }
    const doc = await req.payload.update({
      collection: slugs.shiftLogs,
      id,
      data: plan.data,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    return Response.json({ doc, message: 'OK' })
  },
}
