import type { Endpoint, PayloadRequest, TypedUser } from 'payload'
import { NotFound, commitTransaction, initTransaction, killTransaction } from 'payload'

import type { ActionInput, ActionsResponse } from '@/domain/workflow'
import { availableActions } from '@/domain/workflow'
import { readBody, requireUser } from '@/lib/endpointUser'
import { conflict } from '@/lib/errors'
import { dialectOf } from '@/lib/sql'
import { slugs } from '@/slugs'

import type { CaseDoc, CaseType } from './caseType'
import { actorOf } from './caseType'
import { lockCase } from './lockCase'
import { refusal } from './refusal'
import { writeCase } from './writeCase'

/**
 * The case as the user may read it. The collection is known only at run time here, so Payload's
 * per-collection return type cannot be named; the area's `CaseType` names it (`Complaint`…).
 */
const readAsUser = async <Doc extends CaseDoc>(
  req: PayloadRequest,
  collection: string,
  user: TypedUser,
  id: string,
): Promise<Doc> =>
  (await req.payload.findByID({
    collection: collection as 'complaints',
    id,
    depth: 0,
    overrideAccess: false,
    user,
    req,
  })) as CaseDoc as Doc

/** An id the database could hold; anything else is a case that does not exist (404, not 500). */
const checkId = (req: PayloadRequest, id: string) => {
  if (dialectOf(req.payload) !== 'mongoose' && !/^\d{1,15}$/.test(id)) throw new NotFound(req.t)
}

/** Forms send relationship ids as text; SQL databases number them. */
const normaliseIds = (body: Record<string, unknown>, inputs: readonly ActionInput[]) => {
  for (const input of inputs) {
    const value = body[input.name]
    if (input.type === 'user' && typeof value === 'string' && /^\d+$/.test(value)) {
      body[input.name] = Number(value)
    }
  }
}

/** The `updatedAt` the client saw, if it sent one (in the body or as `If-Match`). */
const seenVersion = (req: PayloadRequest, body: Record<string, unknown>): string | null => {
  const fromBody = body.updatedAt
  delete body.updatedAt
  if (typeof fromBody === 'string' && fromBody) return fromBody
  const header = req.headers.get('if-match')
  return header ? header.replace(/^W\//, '').replace(/"/g, '') : null
}

const sameInstant = (a: string, b: unknown) =>
  typeof b === 'string' && new Date(a).getTime() === new Date(b).getTime()

/**
 * `POST /api/<collection>/:id/actions/:action`: the one way a case changes state. All or nothing,
 * in one transaction: lock the case's row, read it as the user, refuse with 409 if it changed
 * since the client saw it, plan (pure), check what the plan needs from the database, write as the
 * user (`writeCase`), and let the collection's hooks audit the change and queue its mail as jobs
 * in the same transaction. Refusals map to 403 / 400 naming the field / 409 (`refusal`).
 */
const takeAction =
  <S extends { status?: string | null }, C, E, D extends CaseDoc>(
    caseType: CaseType<S, C, E, D>,
  ): Endpoint['handler'] =>
  async (req) => {
    const user = requireUser(req)
    const { workflow } = caseType
    const collection = workflow.collection
    const id = String(req.routeParams?.id)
    const action = String(req.routeParams?.action)
    const body = await readBody(req)
    const seen = seenVersion(req, body)
    checkId(req, id)

    const shouldCommit = await initTransaction(req)
    try {
      await lockCase(req, collection, id)
      const doc = await (caseType.read ?? ((r, u, i) => readAsUser<D>(r, collection, u, i)))(
        req,
        user,
        id,
      )
      if (seen && !sameInstant(seen, doc.updatedAt)) {
        throw conflict(
          '该记录已被他人修改，请刷新后重试 / Someone changed this record since you opened it; reload and try again',
        )
      }
      const state = caseType.toState(doc)
      const declared = workflow.actions.find((a) => a.key === action)
      const inputs =
        typeof declared?.inputs === 'function' ? declared.inputs(state) : declared?.inputs
      normaliseIds(body, inputs ?? [])
      const now = new Date()
      const context = (await caseType.context?.({ req, doc, state, action, now })) as C
      const plan = workflow.plan({
        action,
        state,
        body,
        actor: (caseType.actor ?? actorOf)(user),
        now,
        context,
      })
      if (!plan.ok) throw refusal(collection, plan)
      await caseType.verify?.({ req, plan, doc, state, action })
      // A plan that changes nothing in the case (the same receipt sent twice, an acknowledgement
      // kept elsewhere) answers with the case as it is.
      const written =
        Object.keys(plan.data).length === 0
          ? doc
          : await writeCase(req, {
              collection,
              id: doc.id,
              action,
              data: plan.data,
              user,
              context: caseType.writeContext?.(action, plan),
            })
      const more = (await caseType.apply?.({ req, plan, doc, user, action })) ?? {}
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc: written, message: 'OK', ...more })
    } catch (error) {
      await killTransaction(req)
      throw error
    }
  }

/** The people a `user` input may name, as options for the panel. */
const userOptions = async (req: PayloadRequest, input: ActionInput) => {
  if (input.type !== 'user' || !input.userRoles || input.options) return input
  const users = await req.payload.find({
    collection: slugs.users,
    where: { roles: { in: [...input.userRoles] } },
    depth: 0,
    limit: 200,
    sort: 'name',
    select: { name: true, email: true },
    req,
  })
  return {
    ...input,
    options: users.docs.map((u) => ({
      value: String(u.id),
      label: { zh: u.name ?? u.email, en: u.name ?? u.email },
    })),
  }
}

/**
 * `GET /api/<collection>/:id/actions`: what the admin actions panel offers this user on this
 * case now — the status with its labels, the `updatedAt` to send back, and each available action
 * with its inputs (people to choose from filled in).
 */
const listActions =
  <S extends { status?: string | null }, C, E, D extends CaseDoc>(
    caseType: CaseType<S, C, E, D>,
  ): Endpoint['handler'] =>
  async (req) => {
    const user = requireUser(req)
    const { workflow } = caseType
    const id = String(req.routeParams?.id)
    checkId(req, id)
    const doc = await (caseType.read ?? ((r, u, i) => readAsUser<D>(r, workflow.collection, u, i)))(
      req,
      user,
      id,
    )
    const state = caseType.toState(doc)
    const status = String(state.status ?? '')
    const actions = await Promise.all(
      availableActions(workflow, state, (caseType.actor ?? actorOf)(user)).map(async (a) => ({
        ...a,
        inputs: await Promise.all(a.inputs.map((input) => userOptions(req, input))),
      })),
    )
    const response: ActionsResponse = {
      status,
      statusLabel: workflow.statuses[status] ?? { zh: status, en: status },
      updatedAt: String(doc.updatedAt ?? ''),
      actions,
    }
    return Response.json(response)
  }

/** The two endpoints of a case type with a workflow; add them to the collection's `endpoints`. */
export const workflowEndpoints = <S extends { status?: string | null }, C, E, D extends CaseDoc>(
  caseType: CaseType<S, C, E, D>,
): Endpoint[] => [
  { path: '/:id/actions', method: 'get', handler: listActions(caseType) },
  { path: '/:id/actions/:action', method: 'post', handler: takeAction(caseType) },
]
