import type { DocumentContext, DocumentExtra, DocumentState } from '@/domain/documents/workflow'
import { documentWorkflow } from '@/domain/documents/workflow'
import type { ArchivedDocument } from '@/payload-types'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { CaseType } from '@/lib/workflow/caseType'
import { slugs } from '@/slugs'

const versionOf = (doc: ArchivedDocument) => String(doc.effectiveVersion ?? doc.versionLabel ?? '')

/**
 * Controlled documents on the workflow engine: `obsolete` (the keepers) and `acknowledge` (a
 * manager's read-and-sign of the version in effect, one row per manager and version in
 * `document-acknowledgements`, written in the action's transaction under the document's lock).
 * Drafting and publishing are the approval chain's.
 */
export const documentCase: CaseType<
  DocumentState,
  DocumentContext,
  DocumentExtra,
  ArchivedDocument
> = {
  workflow: documentWorkflow,
  toState: (doc) => ({
    status: doc.status ?? 'draft',
    requiresAcknowledgement: doc.requiresAcknowledgement === true,
    versionLabel: versionOf(doc),
  }),
  context: async ({ req, doc, action }) => {
    if (action !== 'acknowledge' || !req.user) return { acknowledgedByActor: false }
    const existing = await req.payload.count({
      collection: slugs.documentAcknowledgements,
      where: {
        and: [
          { document: { equals: doc.id } },
          { versionLabel: { equals: versionOf(doc) } },
          { user: { equals: req.user.id } },
        ],
      },
      req,
    })
    return { acknowledgedByActor: existing.totalDocs > 0 }
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
