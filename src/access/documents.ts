import type { Access, PayloadRequest, Where } from 'payload'

import { waitingForAny } from '@/domain/approvals/chain'
import { DOCUMENT_KEEPERS } from '@/domain/documents/control'
import { MANAGER_ROLES, rolesOf } from '@/domain/roles'
import { slugs } from '@/slugs'

import { hasRole, readsAsRole } from './hasRole'

/** The document controller, the property manager and the director: every document, every state. */
export const isDocumentKeeper = (user: { roles?: unknown } | null | undefined) =>
  hasRole(user, ...DOCUMENT_KEEPERS)

/** Reads as a keeper: a keeper, or the general manager (who reads what the director reads). */
const readsAsKeeper = (user: { roles?: unknown } | null | undefined) =>
  readsAsRole(user, ...DOCUMENT_KEEPERS)

/** Ids of documents lent to the user right now (an approved borrower during the loan). */
const lentToUser = async (req: PayloadRequest): Promise<Array<number | string>> => {
  if (!req.user) return []
  const loans = await req.payload.find({
    collection: slugs.documentLoans,
    where: {
      and: [
        { requester: { equals: req.user.id } },
        { status: { equals: 'lent' } },
        { dueAt: { greater_than: new Date().toISOString() } },
      ],
    },
    depth: 0,
    pagination: false,
    select: { documents: true },
    req,
  })
  return loans.docs.flatMap((loan) =>
    ((loan.documents ?? []) as Array<number | { id: number }>).map((d) =>
      typeof d === 'object' ? d.id : d,
    ),
  )
}

/**
 * Keepers read everything. Everyone else reads the effective version of documents that are not
 * confidential, confidential ones only while they hold them on loan, their own drafts, drafts
 * awaiting their approval step, and drafts in review that their role is asked to sign.
 */
export const canReadDocuments: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  if (readsAsKeeper(user)) return true
  const effective: Where = { status: { equals: 'effective' } }
  const lent = await lentToUser(req)
  const readable: Where = {
    or: [
      { and: [effective, { confidentiality: { not_equals: 'confidential' } }] },
      ...(lent.length > 0 ? [{ and: [effective, { id: { in: lent } }] }] : []),
      { owner: { equals: user.id } },
      // An approver sees the draft that waits for their step.
      waitingForAny(rolesOf(user)),
      // Those asked to sign a rule before it takes effect read it while it is in review.
      ...(rolesOf(user).length > 0
        ? [
            {
              and: [
                { status: { equals: 'in-review' } },
                { requiresAcknowledgement: { equals: true } },
                { acknowledgeRoles: { in: rolesOf(user) } },
                { confidentiality: { not_equals: 'confidential' } },
              ],
            },
          ]
        : []),
    ],
  }
  return readable
}

/** Earlier versions (history): keepers, and a document's owner. */
export const canReadDocumentVersions: Access = ({ req: { user } }) => {
  if (!user) return false
  if (readsAsKeeper(user)) return true
  return { 'version.owner': { equals: user.id } }
}

/** Authors: the document controller and managers write drafts; approval makes them effective. */
export const canWriteDocuments: Access = ({ req: { user } }) =>
  hasRole(user, 'document-controller', ...MANAGER_ROLES, 'admin')

export const canKeepArchives: Access = ({ req: { user } }) => isDocumentKeeper(user)

/** Archive records (inspections, destructions): the keepers, and whoever reads as one. */
export const canReadArchives: Access = ({ req: { user } }) => readsAsKeeper(user)

export const canReadLoans: Access = ({ req: { user } }) => {
  if (!user) return false
  if (readsAsKeeper(user)) return true
  return { requester: { equals: user.id } }
}

/** Anyone on staff may ask to borrow. */
export { isStaff as canBorrow } from './isStaff'
