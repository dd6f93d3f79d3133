import type { Endpoint, PayloadRequest, TypedUser } from 'payload'
import { NotFound, commitTransaction, initTransaction, killTransaction } from 'payload'

import { hasRole } from '@/access/hasRole'
import { relationId } from '@/domain/relations'
import { MANAGER_ROLES } from '@/domain/roles'
import type { Refusal, VisitActor, VisitStatus } from '@/domain/returnVisits/programme'
import { readBody, requireUser } from '@/lib/endpointUser'
import { serverReq } from '@/lib/serverWrite'
import { lockCase } from '@/lib/workflow/lockCase'
import { refusal } from '@/lib/workflow/refusal'
import type { ReturnVisit } from '@/payload-types'
import { slugs } from '@/slugs'

export type VisitView = {
  status: VisitStatus
  assignee: number | string | null
  attempts: ReturnVisit['attempts']
}

/** The dispatcher and managers book and record any visit; anyone else only their own. */
const actorOf = (user: TypedUser): VisitActor => ({
  id: user.id,
  coordinator: hasRole(user, 'dispatcher', ...MANAGER_ROLES, 'admin'),
})

/**
 * `POST /api/return-visits/:id/actions/<name>`: a step before the visit is recorded (an
 * appointment, an attempt). One transaction: lock the visit's row, read it as the user (404 when
 * they may not see it), plan (pure), write as the user with server rights for the plan's server
 * fields; the collection's hooks close it as unreachable after the third failed attempt.
 */
export const visitAction = (
  name: string,
  plan: (args: {
    visit: VisitView
    actor: VisitActor
    body: Record<string, unknown>
    now: Date
  }) => { ok: true; data: Record<string, unknown> } | Refusal,
): Endpoint => ({
  path: `/:id/actions/${name}`,
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id)
    const body = await readBody(req)
    const shouldCommit = await initTransaction(req)
    try {
      await lockCase(req, slugs.returnVisits, id)
      const visit = await req.payload
        .findByID({
          collection: slugs.returnVisits,
          id,
          depth: 0,
          overrideAccess: false,
          user,
          req,
        })
        .catch(() => null)
      if (!visit) throw new NotFound(req.t)
      const planned = plan({
        visit: {
          status: (visit.status ?? 'scheduled') as VisitStatus,
          assignee: relationId(visit.assignee) ?? null,
          attempts: visit.attempts,
        },
        actor: actorOf(user),
        body,
        now: new Date(),
      })
      if (!planned.ok) throw refusal(slugs.returnVisits, planned)
      const doc = await req.payload.update({
        collection: slugs.returnVisits,
        id,
        data: planned.data,
        depth: 0,
        overrideAccess: false,
        user,
        req: serverReq(req),
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc, message: 'OK' })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  },
})
