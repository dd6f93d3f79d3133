import type { Endpoint } from 'payload'

import type { ApprovalAction } from '@/domain/approvals/chain'
import { contentHash, sealEntry } from '@/domain/approvals/chain'
import { actOnApproval, readAsApprover } from '@/lib/approvals/act'
import { chainOfCase } from '@/lib/approvals/chains'
import { approvalsFor } from '@/lib/approvals/pending'
import { approvalDefinitions } from '@/lib/approvals/registry'
import { readBody, requireUser } from '@/lib/endpointUser'
import { invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { slugs } from '@/slugs'

const definitionFor = (collection: unknown) => {
  const definition = approvalDefinitions[String(collection)]
  if (!definition) {
    throw invalidField(
      slugs.approvalLog,
      'collection',
      `此类记录没有审批链 / No approval chain for: ${String(collection)}`,
    )
  }
  return definition
}

/** `GET /api/approvals/mine` — what waits for the signed-in user (for the dashboard). */
export const myApprovals: Endpoint = {
  path: '/approvals/mine',
  method: 'get',
  handler: async (req) => Response.json(await approvalsFor(req, requireUser(req))),
}

/**
 * `POST /api/approvals/:collection/:id/approve|reject` with `{ comment?, step? }` — the only way
 * a document moves along its chain. `step` is the step the client saw: if someone acted first,
 * the answer is 409.
 */
export const actOnApprovalEndpoint: Endpoint = {
  path: '/approvals/:collection/:id/:action',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const definition = definitionFor(req.routeParams?.collection)
    const action = String(req.routeParams?.action)
    if (action !== 'approve' && action !== 'reject') {
      throw invalidField(definition.collection, 'action', `未知操作 / Unknown action: ${action}`)
    }
    const body = await readBody(req)
    if (body.comment !== undefined && typeof body.comment !== 'string') {
      throw invalidField(definition.collection, 'comment', '意见应为文字 / The comment is text')
    }
    let expectedStep: number | undefined
    if (body.step !== undefined && body.step !== null && body.step !== '') {
      expectedStep = Number(body.step)
      if (!Number.isInteger(expectedStep) || expectedStep < 0) {
        throw invalidField(
          definition.collection,
          'step',
          '步骤应为非负整数 / step is a whole number',
        )
      }
    }
    const result = await actOnApproval({
      definition,
      id: String(req.routeParams?.id),
      action: action as ApprovalAction,
      comment: body.comment as string | undefined,
      expectedStep,
      req,
      user,
    })
    return Response.json({ ...result, message: 'OK' })
  },
}

/**
 * `GET /api/approvals/:collection/:id` — a document's chain and its log, each entry with whether
 * its seal holds and whether it signed the content as it stands now.
 */
export const approvalHistory: Endpoint = {
  path: '/approvals/:collection/:id',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const definition = definitionFor(req.routeParams?.collection)
    const doc = await readAsApprover(req, definition, String(req.routeParams?.id), user)
    const current = contentHash(definition.collection, doc.id, doc, definition.contentFields)
    const entries = await req.payload.find({
      collection: slugs.approvalLog,
      where: {
        and: [
          { collectionSlug: { equals: definition.collection } },
          { documentId: { equals: String(doc.id) } },
        ],
      },
      sort: 'at',
      depth: 0,
      pagination: false,
      req,
    })
    const chain = await chainOfCase(req, definition, doc)
    return Response.json({
      chain,
      approval: doc.approval ?? null,
      contentHash: current,
      entries: entries.docs.map((e) => ({
        ...e,
        sealValid:
          e.seal ===
          sealEntry(req.payload.secret, {
            collectionSlug: e.collectionSlug,
            documentId: e.documentId,
            round: e.round,
            step: e.step,
            meaning: e.meaning,
            userId: relationId(e.user) ?? '',
            contentHash: e.contentHash,
            at: new Date(e.at).toISOString(),
          }),
        signsCurrentContent: e.contentHash === current,
      })),
    })
  },
}

export const approvalEndpoints: Endpoint[] = [myApprovals, actOnApprovalEndpoint, approvalHistory]
