import type { CollectionSlug, PayloadRequest, RequestContext, TypedUser } from 'payload'

import type { Chain, ApprovalMeaning } from '@/domain/approvals/chain'
import type { CaseFacts, ChainConditions } from '@/domain/approvals/chainRules'
import type { Office } from '@/lib/officeSettings'

import type { DocFields } from '@/lib/docFields'

/** A document of one of the collections on the approval chain, read field by field. */
export type Doc = DocFields

export type ApprovalEvent = {
  doc: Doc
  req: PayloadRequest
  actor: TypedUser
  meaning: ApprovalMeaning
  comment: string
  at: string
}

/**
 * One collection's use of the approval chain. The mechanism (field, hooks, endpoint, log) is
 * shared; a definition says which chain a document follows, what content is signed, what must be
 * true before it is proposed, and what the last signature changes.
 */
export type ApprovalDefinition = {
  collection: CollectionSlug
  label: { zh: string; en: string }
  /**
   * The code-defined chains: the defaults written to `approval-chains` when it is empty (the
   * engine reads the chains from there; see src/lib/approvals/chains.ts), and the bench's baseline.
   */
  chains: readonly Chain[]
  /** The code-defined choice of chain (e.g. by severity, by kind); `defaultConditions` says it as data. */
  chainFor: (doc: Doc, office: Office) => Chain
  /** The conditions of each code-defined chain, by key, as the defaults store them. */
  defaultConditions?: (office: Office) => Record<string, ChainConditions>
  /** The facts of a case its chains' conditions test (severity, kind, amount…). */
  caseFacts?: (doc: Doc) => CaseFacts
  /** Which conditions this collection's chains may use. */
  conditionFields?: ReadonlyArray<keyof ChainConditions>
  /** The procedure's rule for the chain's last step (guard rails, src/domain/approvals/chainRules.ts). */
  procedure?: 'penalty' | 'controlled-document'
  /** The field naming the case's department (a step may designate the department head). */
  departmentField?: string
  /** Fields whose values are signed; editing one starts a new round. */
  contentFields: readonly string[]
  /** After approval, an edit of the content: starts a new decision, or is refused (409). */
  afterApproval: 'new-round' | 'refuse'
  /** A human title for lists and mail (number, name). */
  title: (doc: Doc) => string
  /** The fields `title` reads: what the list of cases waiting selects, with `approval`. */
  titleFields: readonly string[]
  /** Throws 400 naming the field if the document is not ready to be proposed. */
  checkProposal?: (args: { doc: Doc; req: PayloadRequest }) => Promise<void> | void
  /** Fields to write with the state change when the chain completes (the decision takes effect). */
  onCompleted?: (event: ApprovalEvent) => Promise<Record<string, unknown>> | Record<string, unknown>
  /** Extra context for the write (e.g. a flag a collection hook reads). */
  writeContext?: RequestContext
  /**
   * The collection keeps drafts (Payload versions): the chain works on the latest draft, each step
   * is saved as a draft, and the last signature publishes it.
   */
  drafts?: boolean
  /** Extra recipients when the chain completes (e.g. the site captains who collect). */
  notifyOnCompletion?: (event: ApprovalEvent) => Promise<string[]>
}
