import type { Endpoint, PayloadRequest, Where } from 'payload'

import { isDocumentKeeper } from '@/access/documents'
import { compareVersions } from '@/domain/documents/control'
import { rolesOf } from '@/domain/roles'
import { rolesToAcknowledge, versionsToAcknowledge } from '@/domain/documents/workflow'
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

/**
 * `GET /api/archived-documents/:id/acknowledgements` — the read-and-sign status (签阅情况) of each
 * version that asks to be signed (the one in effect, and the one in review): the roles it names,
 * who has signed and when, and who holding those roles has not yet. The first version's lists are
 * also given at the top level.
 */
export const documentAcknowledgements: Endpoint = {
  path: '/:id/acknowledgements',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const doc = await documentCase.read!(req, user, String(req.routeParams?.id))
    const state = documentCase.toState(doc)
    const asked = versionsToAcknowledge(state)
    const versions = await Promise.all(
      (asked.length > 0 ? asked : [{ versionLabel: state.versionLabel, stage: null }]).map(
        async ({ versionLabel, stage }) => {
          const terms =
            stage === 'in-review' && state.review?.versionLabel === versionLabel
              ? state.review
              : state
          const roles = stage ? rolesToAcknowledge(terms) : []
          const signed = await req.payload.find({
            collection: slugs.documentAcknowledgements,
            where: {
              and: [{ document: { equals: doc.id } }, { versionLabel: { equals: versionLabel } }],
            },
            depth: 0,
            pagination: false,
            sort: 'at',
            req,
          })
          const signerIds = signed.docs.map((a) => relationId(a.user))
          const whom: Where[] = [
            ...(roles.length > 0 ? [{ roles: { in: roles } }] : []),
            ...(signerIds.length > 0 ? [{ id: { in: signerIds } }] : []),
          ]
          const people = await req.payload.find({
            collection: slugs.users,
            where: whom.length > 0 ? { or: whom } : { id: { exists: false } },
            depth: 0,
            pagination: false,
            sort: 'id',
            select: { name: true, email: true, roles: true },
            req,
          })
          const nameOf = (id: unknown) => people.docs.find((p) => p.id === id)?.name ?? null
          const signedBy = new Set(signed.docs.map((a) => relationId(a.user)))
          return {
            versionLabel,
            stage,
            roles,
            signed: signed.docs.map((a) => ({
              user: relationId(a.user),
              name: nameOf(relationId(a.user)),
              at: a.at,
            })),
            missing: people.docs
              .filter((p) => !signedBy.has(p.id) && rolesOf(p).some((r) => roles.includes(r)))
              .map((p) => ({ user: p.id, name: p.name })),
          }
        },
      ),
    )
    return Response.json({ ...versions[0], versions })
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
