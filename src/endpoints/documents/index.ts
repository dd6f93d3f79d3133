import type { Endpoint, PayloadRequest } from 'payload'

import { isDocumentKeeper } from '@/access/documents'
import { compareVersions } from '@/domain/documents/control'
import { MANAGER_ROLES } from '@/domain/roles'
import { requireUser } from '@/lib/endpointUser'
import { forbidden } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import type { ArchivedDocument } from '@/payload-types'
import { slugs } from '@/slugs'
import { workflowEndpoints } from '@/lib/workflow/endpoints'

import { documentCase } from './caseType'
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
        // Only the selected fields are there: the generated type's required ones may be missing.
        const version: Partial<ArchivedDocument> = v.version
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
  ...workflowEndpoints(documentCase),
  documentAcknowledgements,
  documentHistory,
  printDocumentCover,
]
