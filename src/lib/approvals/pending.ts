import type { PayloadRequest, TypedUser, Where } from 'payload'

import type { Chain } from '@/domain/approvals/chain'
import { waitingForAny } from '@/domain/approvals/chain'
import { splitWaitingAndReturned } from '@/domain/approvals/lists'
import { rolesOf } from '@/domain/roles'
import { relationId } from '@/domain/relations'
import type { Designations } from '@/lib/designations'
import { designationsOnce } from '@/lib/designations'
import { eachRead } from '@/lib/concurrentReads'
import { docFields } from '@/lib/docFields'
import type { Office } from '@/lib/officeSettings'
import { officeSettings } from '@/lib/officeSettings'
import { suggestionsWaitingFor } from '@/lib/suggestions/waiting'
import { slugs } from '@/slugs'

import { chainInFlight, isDesignated } from './chains'
import type { ApprovalDefinition } from './definition'
import { approvalDefinitions } from './registry'

export type PendingApproval = {
  collection: string
  kind: { zh: string; en: string }
  id: number | string
  title: string
  step: number
  stepLabel: { zh: string; en: string } | null
  round: number
  since: string | null
}

/** How many cases of one collection each list holds at most. */
const LIST_LIMIT = 200

/** The `approval` fields the list reads: where the case stands, on which chain, since when. */
const APPROVAL_SELECT = {
  status: true,
  chain: true,
  chainId: true,
  chainVersion: true,
  step: true,
  round: true,
  awaitingRoles: true,
  proposedBy: true,
  lastActionAt: true,
} as const

/** What a list of one collection's cases selects: the approval state, the title, the department. */
const listSelect = (definition: ApprovalDefinition) =>
  Object.fromEntries([
    ['approval', APPROVAL_SELECT],
    ...[
      ...definition.titleFields,
      ...(definition.departmentField ? [definition.departmentField] : []),
    ].map((field) => [field, true]),
  ])

/**
 * What waits for a user: documents whose current step their roles may take (less those where
 * they signed an earlier step of the same round, unless the office allows it), and their own
 * proposals that came back rejected. Read as the user, so access rules apply. Each case is read
 * with the fields the list shows only; the designations are read once.
 */
export const approvalsFor = async (
  req: PayloadRequest,
  user: TypedUser,
  office?: Office,
  /** At most this many cases of one collection in each list (a test makes it small). */
  listLimit = LIST_LIMIT,
) => {
  const roles = rolesOf(user)
  const settings = office ?? (await officeSettings(req))
  const who = designationsOnce(req)
  // Someone a step may name by designation (the office head, a department head) is also shown
  // the cases at such a step: those are read whatever their roles, and kept when the step is theirs.
  const designated =
    (await who.departmentsHeadedBy(user.id)).length > 0 ||
    String((await who.officeHead())?.id) === String(user.id)
  const lists = await eachRead(req, Object.values(approvalDefinitions), (definition) =>
    casesFor(req, user, roles, definition, designated, who, settings.allowSameSigner, listLimit),
  )
  const waiting: PendingApproval[] = lists.flatMap((l) => l.waiting)
  const returned: PendingApproval[] = lists.flatMap((l) => l.returned)
  // Suggestions wait for the director's decision on the workflow engine, not on a chain.
  waiting.push(...(await suggestionsWaitingFor(req, user)))
  return { waiting, returned, total: waiting.length + returned.length, userId: relationId(user.id) }
}

/** One collection's cases waiting for the user, and the user's proposals returned rejected. */
const casesFor = async (
  req: PayloadRequest,
  user: TypedUser,
  roles: readonly string[],
  definition: ApprovalDefinition,
  designated: boolean,
  who: Designations,
  allowSameSigner: boolean,
  listLimit: number,
): Promise<{ waiting: PendingApproval[]; returned: PendingApproval[] }> => {
  const select = listSelect(definition)
  const find = (where: Where, limit: number) =>
    req.payload.find({
      collection: definition.collection,
      where,
      select,
      depth: 0,
      limit,
      // The list counts what it shows: no separate COUNT per collection and question.
      pagination: false,
      sort: '-approval.lastActionAt',
      draft: definition.drafts === true,
      overrideAccess: false,
      user,
      req,
    })
  const chains = new Map<string, Promise<Chain | null>>()
  const chainOf = (approval: Record<string, unknown>) => {
    const key = `${String(approval.chainId)}:${String(approval.chainVersion)}:${String(approval.chain)}`
    if (!chains.has(key)) chains.set(key, chainInFlight(req, definition, approval))
    return chains.get(key)!
  }
  const toItem = async (
    doc: Record<string, unknown> & { id: number | string },
  ): Promise<PendingApproval> => {
    const approval = (doc.approval ?? {}) as Record<string, unknown>
    const chain = await chainOf(approval)
    const step = Number(approval.step ?? 0)
    return {
      collection: definition.collection,
      kind: definition.label,
      id: doc.id,
      title: definition.title(doc),
      step,
      stepLabel: chain?.steps[step]?.label ?? null,
      round: Number(approval.round ?? 1),
      since: (approval.lastActionAt as string) ?? null,
    }
  }
  const waitingWhere: Where = designated
    ? { 'approval.status': { equals: 'pending' } }
    : { and: [{ 'approval.status': { equals: 'pending' } }, waitingForAny(roles)] }
  const returnedWhere: Where = {
    and: [
      { 'approval.status': { equals: 'rejected' } },
      { 'approval.proposedBy': { equals: user.id } },
    ],
  }
  const orNone = <T>(read: Promise<T>) =>
    read.catch((error: { status?: number }) => {
      // A collection the user may not read at all has nothing for them.
      if (error?.status === 403) return null
      throw error
    })
  // Both questions in one read (the dashboard asks them of every approval collection); only when
  // that read is full are they asked apart, so that each list still holds up to `listLimit`.
  const both = await orNone(find({ or: [waitingWhere, returnedWhere] }, 2 * listLimit))
  if (!both) return { waiting: [], returned: [] }
  const split = splitWaitingAndReturned(
    both.docs,
    listLimit,
    (doc) => (docFields(doc).approval as { status?: string } | undefined)?.status,
  )
  const [pending, back] = split
    ? [{ docs: split.waiting }, { docs: split.returned }]
    : await eachRead(req, [waitingWhere, returnedWhere], (where) => orNone(find(where, listLimit)))
  if (!pending || !back) return { waiting: [], returned: [] }
  let docs = pending.docs.map(docFields)
  if (designated) {
    const theirs: typeof docs = []
    for (const d of docs) {
      const approval = (d.approval ?? {}) as Record<string, unknown>
      const awaiting = String(approval.awaitingRoles ?? '')
      if (roles.some((role) => awaiting.includes(`,${role},`))) theirs.push(d)
      else {
        const chain = await chainOf(approval)
        const state = approval as unknown as Parameters<typeof isDesignated>[3]
        if (chain && (await isDesignated(req, definition, chain, state, d, user, who))) {
          theirs.push(d)
        }
      }
    }
    docs = theirs
  }
  if (!allowSameSigner && docs.length > 0) {
    const signed = await req.payload.find({
      collection: slugs.approvalLog,
      where: {
        and: [
          { collectionSlug: { equals: definition.collection } },
          { documentId: { in: docs.map((d) => String(d.id)) } },
          { user: { equals: user.id } },
        ],
      },
      select: { documentId: true, round: true },
      depth: 0,
      pagination: false,
      req,
    })
    const mine = new Set(signed.docs.map((e) => `${e.documentId}:${e.round}`))
    docs = docs.filter(
      (d) => !mine.has(`${d.id}:${(d.approval as { round?: number })?.round ?? 1}`),
    )
  }
  const waiting: PendingApproval[] = []
  for (const d of docs) waiting.push(await toItem(d))
  const returned: PendingApproval[] = []
  for (const d of back.docs) returned.push(await toItem(docFields(d)))
  return { waiting, returned }
}
