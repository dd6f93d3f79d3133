import type { DocumentContext, DocumentExtra, DocumentState } from '@/domain/documents/workflow'
import { documentWorkflow, isAskedToSign } from '@/domain/documents/workflow'
import { rolesOf } from '@/domain/roles'
import type { ArchivedDocument } from '@/payload-types'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import { slugs } from '@/slugs'

const versionOf = (doc: ArchivedDocument) => String(doc.effectiveVersion ?? doc.versionLabel ?? '')

/** The document as read, with the revision waiting in its approval chain, if the reader may see it. */
export type DocumentCaseDoc = ArchivedDocument & { review?: DocumentState['review'] }

const termsOf = (doc: ArchivedDocument) => ({
  requiresAcknowledgement: doc.requiresAcknowledgement === true,
  acknowledgeRoles: doc.acknowledgeRoles ?? null,
})

/**
 * Controlled documents on the workflow engine: `obsolete` (the keepers) and `acknowledge` (签阅:
 * everyone holding a role the document names signs a version — the one in effect, or the one in
 * review before it takes effect, by its label — one row per person and version in
 * `document-acknowledgements`, written in the action's transaction under the document's lock).
 * Drafting and publishing are the approval chain's.
 */
export const documentCase: CaseType<
  DocumentState,
  DocumentContext,
  DocumentExtra,
  DocumentCaseDoc
> = {
  workflow: documentWorkflow,
  // The document as the user reads it, seen at its latest version: a document in its approval
  // chain is in review there (its stored row keeps the draft it was created as), and a revision
  // of an effective document waits there. Someone asked to sign a rule in review, who cannot
  // otherwise read it, is shown that version (what they sign); anyone else gets the refusal.
  read: async (req, user, id) => {
    const latest = await req.payload
      .findByID({
        collection: slugs.archivedDocuments,
        id,
        depth: 0,
        draft: true,
        overrideAccess: true,
        req,
      })
      .catch(() => null)
    const inReview = latest?.status === 'in-review' ? latest : null
    let doc: DocumentCaseDoc
    try {
      doc = await req.payload.findByID({
        collection: slugs.archivedDocuments,
        id,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      })
    } catch (error) {
      const mayRead =
        inReview &&
        inReview.confidentiality !== 'confidential' &&
        isAskedToSign(termsOf(inReview), rolesOf(user))
      if (!mayRead) throw error
      return { ...inReview, review: null }
    }
    if (!inReview) return { ...doc, review: null }
    if (doc.status === 'effective') {
      const review =
        inReview.versionLabel !== versionOf(doc)
          ? { versionLabel: String(inReview.versionLabel), ...termsOf(inReview) }
          : null
      return { ...doc, review }
    }
    // Before its first approval completes: the version in review is the document.
    return {
      ...doc,
      status: 'in-review',
      versionLabel: inReview.versionLabel,
      ...termsOf(inReview),
      review: null,
    }
  },
  toState: (doc) => ({
    status: doc.status ?? 'draft',
    ...termsOf(doc),
    versionLabel: versionOf(doc),
    review: doc.review ?? null,
  }),
  context: async ({ req, doc, action }) => {
    if (action !== 'acknowledge' || !req.user) return { acknowledgedVersions: [] }
    const signed = await req.payload.find({
      collection: slugs.documentAcknowledgements,
      where: { and: [{ document: { equals: doc.id } }, { user: { equals: req.user.id } }] },
      depth: 0,
      limit: 100,
      select: { versionLabel: true },
      req,
    })
    return { acknowledgedVersions: signed.docs.map((a) => a.versionLabel) }
  },
  // `guardDocumentWrites` lets only the server change a document outside a draft revision.
  writeContext: () => ({ [SERVER_WRITE]: true }),
  apply: async ({ req, plan, doc, user }) => {
    const acknowledge = plan.extra?.acknowledge
    if (!acknowledge) return
    const at = new Date().toISOString()
    // The acknowledgements collection refuses every client write; this row is the server's.
    await req.payload.db.create({
      collection: slugs.documentAcknowledgements,
      data: {
        document: doc.id,
        versionLabel: acknowledge.versionLabel,
        user: user.id,
        at,
        createdAt: at,
        updatedAt: at,
      },
      req,
      returning: false,
    })
    return { versionLabel: acknowledge.versionLabel, at }
  },
}
