import type { Endpoint, PayloadRequest } from 'payload'

import { isDocumentKeeper } from '@/access/documents'
import { hasRole } from '@/access/hasRole'
import { compareVersions } from '@/domain/documents/control'
import { MANAGER_ROLES } from '@/domain/roles'
import { readBody, requireUser } from '@/lib/endpointUser'
import { conflict, forbidden, invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

import { printDocumentCover } from './printCover'

const readAsUser = (req: PayloadRequest, id: string, draft = false) =>
  req.payload.findByID({
    collection: slugs.archivedDocuments,
    id,
    depth: 0,
    draft,
    overrideAccess: false,
    user: req.user,
    req,
  })

/**
 * `POST /api/archived-documents/:id/actions/obsolete` `{ reason }` — withdraws the effective
 * document from use (the keepers). `…/actions/acknowledge` — a manager signs that they have read
 * the version in effect (read-and-sign).
 */
export const takeDocumentAction: Endpoint = {
  path: '/:id/actions/:action',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id)
    const action = String(req.routeParams?.action)
    const body = await readBody(req)
    const doc = await readAsUser(req, id)
    if (action === 'obsolete') {
      if (!isDocumentKeeper(user))
        throw forbidden('只有档案员和经理可以作废文件 / Only the keepers make a document obsolete')
      if (doc.status !== 'effective')
        throw conflict('只有现行文件可以作废 / Only a document in effect can be made obsolete')
      const reason = typeof body.reason === 'string' ? body.reason.trim() : ''
      if (!reason)
        throw invalidField(slugs.archivedDocuments, 'reason', '请说明作废原因 / Give the reason')
      const updated = await req.payload.update({
        collection: slugs.archivedDocuments,
        id,
        data: { status: 'obsolete', obsoleteReason: reason },
        depth: 0,
        overrideAccess: true,
        req: serverReq(req),
      })
      return Response.json({ doc: updated, message: 'OK' })
    }
    if (action === 'acknowledge') {
      if (!hasRole(user, ...MANAGER_ROLES))
        throw forbidden('签阅由各经理进行 / Managers sign to acknowledge')
      if (doc.status !== 'effective' || !doc.requiresAcknowledgement) {
        throw conflict('此文件无需签阅 / This document does not ask to be acknowledged')
      }
      const version = String(doc.effectiveVersion ?? doc.versionLabel)
      const existing = await req.payload.count({
        collection: slugs.documentAcknowledgements,
        where: {
          and: [
            { document: { equals: doc.id } },
            { versionLabel: { equals: version } },
            { user: { equals: user.id } },
          ],
        },
        req,
      })
      if (existing.totalDocs > 0)
        throw conflict('您已签阅此版本 / You have already acknowledged this version')
      const at = new Date().toISOString()
      await req.payload.db.create({
        collection: slugs.documentAcknowledgements,
        data: {
          document: doc.id,
          versionLabel: version,
          user: user.id,
          at,
          createdAt: at,
          updatedAt: at,
        },
        req,
        returning: false,
      })
      return Response.json({ message: 'OK', versionLabel: version, at })
    }
    throw invalidField(slugs.archivedDocuments, 'action', `未知操作 / Unknown action: ${action}`)
  },
}

/** `GET /api/archived-documents/:id/acknowledgements` — who has signed the version in effect, and who not yet. */
export const documentAcknowledgements: Endpoint = {
  path: '/:id/acknowledgements',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const doc = await readAsUser(req, String(req.routeParams?.id))
    const version = String(doc.effectiveVersion ?? doc.versionLabel)
    const signed = await req.payload.find({
      collection: slugs.documentAcknowledgements,
      where: { and: [{ document: { equals: doc.id } }, { versionLabel: { equals: version } }] },
      depth: 0,
      pagination: false,
      req,
    })
    const managers = await req.payload.find({
      collection: slugs.users,
      where: { roles: { in: [...MANAGER_ROLES] } },
      depth: 0,
      pagination: false,
      select: { name: true, email: true },
      req,
    })
    const signedBy = new Set(signed.docs.map((a) => relationId(a.user)))
    return Response.json({
      versionLabel: version,
      signed: signed.docs.map((a) => ({
        user: relationId(a.user),
        name: managers.docs.find((m) => m.id === relationId(a.user))?.name ?? null,
        at: a.at,
      })),
      missing: managers.docs
        .filter((m) => !signedBy.has(m.id))
        .map((m) => ({ user: m.id, name: m.name })),
    })
  },
}

/**
 * `GET /api/archived-documents/:id/history?page=&limit=` — the versions that took effect, newest
 * first, each with its label, change note, dates and whether it is in effect or superseded; and
 * the draft in progress. Paginated in the database. For the keepers and the document's owner.
 */
export const documentHistory: Endpoint = {
  path: '/:id/history',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const id = String(req.routeParams?.id)
    const page = Math.max(1, Number(req.searchParams.get('page') ?? 1) || 1)
    const limit = Math.min(100, Math.max(1, Number(req.searchParams.get('limit') ?? 20) || 20))
    const current = await readAsUser(req, id)
    if (!isDocumentKeeper(user) && relationId(current.owner) !== user.id) {
      throw forbidden(
        '只有档案员、经理和编写人可以查看历史版本 / Only the keepers and the owner see earlier versions',
      )
    }
    const versions = await req.payload.findVersions({
      collection: slugs.archivedDocuments,
      where: {
        and: [{ parent: { equals: current.id } }, { 'version._status': { equals: 'published' } }],
      },
      sort: '-createdAt',
      page,
      limit,
      depth: 0,
      select: {
        version: {
          versionLabel: true,
          changeNote: true,
          status: true,
          effectiveFrom: true,
          title: true,
          approval: true,
        },
      } as never,
      overrideAccess: false,
      user,
      req,
    })
    const effective = current.status === 'effective' ? current.effectiveVersion : null
    return Response.json({
      ...versions,
      docs: versions.docs.map((v) => {
        const version = v.version as unknown as Record<string, unknown>
        const versionLabel = String(version.versionLabel ?? '')
        return {
          id: v.id,
          versionLabel,
          title: version.title,
          changeNote: version.changeNote,
          effectiveFrom: version.effectiveFrom,
          publishedAt: v.createdAt,
          state:
            versionLabel === effective
              ? 'effective'
              : effective && compareVersions(versionLabel, String(effective)) < 0
                ? 'superseded'
                : String(version.status ?? 'superseded'),
        }
      }),
    })
  },
}

export const documentEndpoints: Endpoint[] = [
  takeDocumentAction,
  documentAcknowledgements,
  documentHistory,
  printDocumentCover,
]
