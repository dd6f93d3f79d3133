import type { PayloadRequest, TypedUser, Where } from 'payload'

import type { Chain } from '../src/domain/approvals/chain'
import { waitingForAny } from '../src/domain/approvals/chain'
import { rolesOf } from '../src/domain/roles'
import { relationId } from '../src/domain/relations'
import { departmentsHeadedBy, officeHeadOf } from '../src/lib/designations'
import { docFields } from '../src/lib/docFields'
import { officeSettings } from '../src/lib/officeSettings'
import { suggestionsWaitingFor } from '../src/lib/suggestions/waiting'
import { slugs } from '../src/slugs'

import { chainInFlight, isDesignated } from '../src/lib/approvals/chains'
import { approvalDefinitions } from '../src/lib/approvals/registry'
import type { PendingApproval } from '../src/lib/approvals/pending'
import type { LoadedPanel } from '../src/lib/dashboard'
import { DASHBOARD_PANELS } from '../src/lib/dashboard/panels'

/**
 * The bench's baseline only: the list of what waits for a user as it was read before the
 * dashboard's approvals panel was made cheap (whole documents, one query per status and
 * collection in turn, the designations read three times). Same answer, kept to time against.
 *
 * What waits for a user: documents whose current step their roles may take (less those where
 * they signed an earlier step of the same round, unless the office allows it), and their own
 * proposals that came back rejected. Read as the user, so access rules apply.
 */
export const approvalsForBaseline = async (req: PayloadRequest, user: TypedUser) => {
  const roles = rolesOf(user)
  const office = await officeSettings(req)
  // Someone a step may name by designation (the office head, a department head) is also shown
  // the cases at such a step: those are read whatever their roles, and kept when the step is theirs.
  const designated =
    String((await officeHeadOf(req))?.id) === String(user.id) ||
    (await departmentsHeadedBy(req, user.id)).length > 0
  const waiting: PendingApproval[] = []
  const returned: PendingApproval[] = []
  for (const definition of Object.values(approvalDefinitions)) {
    const find = (where: Where) =>
      req.payload.find({
        collection: definition.collection,
        where,
        depth: 0,
        limit: 200,
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
    const pending = await find(
      designated
        ? { 'approval.status': { equals: 'pending' } }
        : { and: [{ 'approval.status': { equals: 'pending' } }, waitingForAny(roles)] },
    ).catch((error: { status?: number }) => {
      // A collection the user may not read at all has nothing for them.
      if (error?.status === 403) return null
      throw error
    })
    if (!pending) continue
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
          if (chain && (await isDesignated(req, definition, chain, state, d, user))) theirs.push(d)
        }
      }
      docs = theirs
    }
    if (!office.allowSameSigner && docs.length > 0) {
      const signed = await req.payload.find({
        collection: slugs.approvalLog,
        where: {
          and: [
            { collectionSlug: { equals: definition.collection } },
            { documentId: { in: docs.map((d) => String(d.id)) } },
            { user: { equals: user.id } },
          ],
        },
        depth: 0,
        pagination: false,
        req,
      })
      const mine = new Set(signed.docs.map((e) => `${e.documentId}:${e.round}`))
      docs = docs.filter(
        (d) => !mine.has(`${d.id}:${(d.approval as { round?: number })?.round ?? 1}`),
      )
    }
    for (const d of docs) waiting.push(await toItem(d))
    const back = await find({
      and: [
        { 'approval.status': { equals: 'rejected' } },
        { 'approval.proposedBy': { equals: user.id } },
      ],
    })
    for (const d of back.docs) returned.push(await toItem(docFields(d)))
  }
  // Suggestions wait for the director's decision on the workflow engine, not on a chain.
  waiting.push(...(await suggestionsWaitingFor(req, user)))
  return { waiting, returned, total: waiting.length + returned.length, userId: relationId(user.id) }
}

/**
 * The dashboard as it was loaded before (the baseline): every panel one after another, the
 * approvals panel through `approvalsForBaseline`. Same figures as `loadDashboard`.
 */
export const loadDashboardBaseline = async (req: PayloadRequest, now: Date) => {
  const user = req.user!
  const office = await officeSettings(req)
  const ctx = { payload: req.payload, req, user, now, office }
  const panels: LoadedPanel[] = []
  for (const panel of DASHBOARD_PANELS) {
    if (!panel.requires.every((slug) => slug in req.payload.collections)) continue
    if (!panel.visible(user)) continue
    const data =
      panel.key === 'approvals'
        ? await approvalsForBaseline(req, user).then((mine) => ({
            waiting: { total: mine.waiting.length, items: mine.waiting.slice(0, 8) },
            returned: { total: mine.returned.length, items: mine.returned.slice(0, 5) },
          }))
        : await panel.load(ctx)
    panels.push({ key: panel.key, title: panel.title, data })
  }
  return { generatedAt: now.toISOString(), timezone: office.timezone, panels }
}
