import type { PayloadRequest, RequestContext, TypedUser } from 'payload'

import { rolesOf } from '@/domain/roles'
import type { Actor, Plan, Workflow } from '@/domain/workflow'

/** What every stored case has; an area names its generated type (`Complaint`, `ShiftLog`…). */
export type CaseDoc = { id: number | string; updatedAt?: string | null }

/**
 * What the engine needs to know of one case type beyond its pure workflow: how the planner sees
 * a stored case, the facts it needs from the database, the checks that need the database once the
 * plan is made, and what the write must carry. Each area's is in `src/endpoints/<area>/caseType.ts`.
 */
export type CaseType<
  State extends { status?: string | null },
  Context = undefined,
  Extra = unknown,
  Doc extends CaseDoc = CaseDoc,
> = {
  workflow: Workflow<State, Context, Extra>
  /** The case as its planner sees it. */
  toState: (doc: Doc) => State
  /** Reads the case as the user (default: `findByID`, `overrideAccess: false`). */
  read?: (req: PayloadRequest, user: TypedUser, id: string) => Promise<Doc>
  /** The actor as the planner sees them (default: id and roles; shift logs add the post). */
  actor?: (user: TypedUser) => Actor
  /** Facts from the database the planner needs (office settings, open items at handover). */
  context?: (args: {
    req: PayloadRequest
    doc: Doc
    state: State
    action: string
    now: Date
  }) => Promise<Context>
  /** Checks that need the database once the plan is made (e.g. the chosen handler's roles). */
  verify?: (args: {
    req: PayloadRequest
    plan: Extract<Plan<Extra>, { ok: true }>
    state: State
    action: string
  }) => Promise<void>
  /** `req.context` flags the write carries (which server-only fields it sets, and why). */
  writeContext?: (action: string, plan: Extract<Plan<Extra>, { ok: true }>) => RequestContext
}

/** The actor of a signed-in user. */
export const actorOf = (user: TypedUser): Actor => ({
  id: user.id,
  roles: rolesOf(user),
  dutyPost: (user as { dutyPost?: string | null }).dutyPost ?? null,
})
