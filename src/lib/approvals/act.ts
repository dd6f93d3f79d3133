import type { PayloadRequest, TypedUser } from 'payload'
import {
  NotFound,
  ValidationError,
  commitTransaction,
  initTransaction,
  killTransaction,
} from 'payload'

import type { ApprovalAction, ApprovalState } from '@/domain/approvals/chain'
import { contentHash, encodeRoles, planApproval, sealEntry } from '@/domain/approvals/chain'
import type { Role } from '@/domain/roles'
import { rolesOf } from '@/domain/roles'
import { emailsOfRoles } from '@/lib/staffEmails'
import { docFields } from '@/lib/docFields'
import { conflict } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { queueRobotAlerts } from '@/lib/alerts/queueRobotAlerts'
import { APPROVAL_WRITE } from '@/lib/requestContext'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'
import { refusal } from '@/lib/workflow/refusal'

import type { ChainSource } from './chains'
import { DATABASE_CHAINS, isDesignated } from './chains'
import type { ApprovalDefinition, Doc } from './definition'

// Declared with every other flag in src/lib/requestContext.ts; still importable from here.
export { APPROVAL_WRITE } from '@/lib/requestContext'

const MEANING_TEXT = {
  proposed: { zh: '已提交审批', en: 'was submitted for approval' },
  reviewed: { zh: '已审核', en: 'was reviewed' },
  approved: { zh: '已批准生效', en: 'was approved and is in effect' },
  rejected: { zh: '被驳回', en: 'was rejected' },
} as const

/**
 * The document as the user may see it. With drafts, the latest draft: read through `find`, whose
 * access check applies to the draft itself (an approver may see the draft waiting for their step,
 * though not the published version of a confidential document).
 */
export const readAsApprover = async (
  req: PayloadRequest,
  definition: ApprovalDefinition,
  id: string,
  user: TypedUser,
): Promise<Doc> => {
  if (definition.drafts !== true) {
    return docFields(
      await req.payload.findByID({
        collection: definition.collection,
        id,
        depth: 0,
        overrideAccess: false,
        user,
        req,
      }),
    )
  }
  const found = await req.payload.find({
    collection: definition.collection,
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    user,
    req,
  })
  if (!found.docs[0]) throw new NotFound(req.t)
  return docFields(found.docs[0])
}

/** The stored approval state of a document, with defaults for one never submitted. */
export const approvalStateOf = (doc: Doc): ApprovalState => {
  const stored = (doc.approval ?? {}) as Partial<ApprovalState>
  return {
    status: stored.status ?? 'none',
    chain: stored.chain ?? null,
    step: Number(stored.step ?? 0),
    round: Number(stored.round ?? 1),
    contentHash: stored.contentHash ?? null,
  }
}

/** The signatures of one round of a document's chain (for separation of duties). */
export const signaturesOf = async (
  req: PayloadRequest,
  collection: string,
  id: number | string,
  round: number,
) => {
  const entries = await req.payload.find({
    collection: slugs.approvalLog,
    where: {
      and: [
        { collectionSlug: { equals: collection } },
        { documentId: { equals: String(id) } },
        { round: { equals: round } },
      ],
    },
    depth: 0,
    pagination: false,
    req,
  })
  return entries.docs
    .filter((e) => e.meaning !== 'rejected')
    .map((e) => ({ step: e.step, userId: relationId(e.user) ?? '' }))
}

const isUniqueViolation = (error: unknown) =>
  error instanceof ValidationError ||
  /unique/i.test(String((error as { message?: string })?.message ?? ''))

/**
 * Approve or reject the current step of a document's chain, as `user`, in one transaction: read
 * the document as the user, plan the action (`planApproval`), append the sealed log entry (the
 * unique index on document, round and step makes a concurrent second action fail: 409), write the
 * new state (and, on the last signature, the definition's effect), and queue the mail.
 */
export const actOnApproval = async ({
  definition,
  id,
  action,
  comment,
  expectedStep,
  req,
  user,
  chainSource = DATABASE_CHAINS,
}: {
  /** Where the chain comes from: the office's data (the bench compares it with the code's). */
  chainSource?: ChainSource
  definition: ApprovalDefinition
  id: string
  action: ApprovalAction
  comment?: string
  expectedStep?: number
  req: PayloadRequest
  user: TypedUser
}) => {
  const { payload } = req
  // Plan on the state as the request found it. If another action on the same step commits
  // first, the re-read inside the transaction (or, at the same instant, the log's unique index on
  // document, round and step) turns this one into 409 rather than a decision on a step it never saw.
  const draft = definition.drafts === true
  const observed = await readAsApprover(req, definition, id, user)
  const state = approvalStateOf(observed)
  const office = await officeSettings(req)
  // The chain from the office's data: the version a case in flight started on, else the one
  // whose conditions pick it (src/lib/approvals/chains.ts).
  const chain =
    (state.status === 'pending' &&
      (await chainSource.inFlight(req, definition, (observed.approval ?? {}) as object))) ||
    (await chainSource.start(req, definition, observed))
  const hash = contentHash(definition.collection, observed.id, observed, definition.contentFields)
  const signatures = await signaturesOf(req, definition.collection, observed.id, state.round)
  const actorRoles = rolesOf(user)
  const plan = planApproval({
    chain,
    state,
    action,
    actor: { id: user.id, roles: actorRoles },
    comment,
    expectedStep,
    contentHash: hash,
    signatures,
    allowSameSigner: office.allowSameSigner,
    designated: await isDesignated(req, definition, chain, state, observed, user),
  })
  if (!plan.ok) {
    throw refusal(definition.collection, plan, 'approval')
  }
  if (plan.entry.meaning === 'proposed') await definition.checkProposal?.({ doc: observed, req })

  const shouldCommit = await initTransaction(req)
  try {
    const doc = docFields(
      await payload.findByID({
        collection: definition.collection,
        id,
        depth: 0,
        draft,
        req,
      }),
    )
    const now = approvalStateOf(doc)
    const hashNow = contentHash(definition.collection, doc.id, doc, definition.contentFields)
    if (
      now.status !== state.status ||
      now.step !== state.step ||
      now.round !== state.round ||
      hashNow !== hash
    ) {
      throw conflict(
        '该记录刚被他人处理或修改，请刷新后重试 / Someone acted on or changed this record first; reload and try again',
      )
    }

    const at = new Date().toISOString()
    const step = chain.steps[plan.entry.step]
    const role: Role = step.roles.find((r) => actorRoles.includes(r)) ?? actorRoles[0]
    const documentId = String(doc.id)
    const cleanComment = (comment ?? '').trim()
    try {
      await payload.db.create({
        collection: slugs.approvalLog,
        data: {
          collectionSlug: definition.collection,
          documentId,
          round: plan.entry.round,
          step: plan.entry.step,
          stepKey: plan.entry.stepKey,
          meaning: plan.entry.meaning,
          user: user.id,
          userName: (user as { name?: string }).name ?? user.email,
          role,
          comment: cleanComment || null,
          contentHash: hash,
          seal: sealEntry(payload.secret, {
            collectionSlug: definition.collection,
            documentId,
            round: plan.entry.round,
            step: plan.entry.step,
            meaning: plan.entry.meaning,
            userId: user.id,
            contentHash: hash,
            at,
          }),
          at,
          createdAt: at,
          updatedAt: at,
        },
        req,
        returning: false,
      })
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw conflict(
          '该步骤已由他人处理，请刷新后重试 / Someone acted on this step first; reload and try again',
        )
      }
      throw error
    }

    const event = { doc, req, actor: user, meaning: plan.entry.meaning, comment: cleanComment, at }
    const effect = plan.completed ? ((await definition.onCompleted?.(event)) ?? {}) : {}
    const proposedBy =
      plan.entry.meaning === 'proposed'
        ? user.id
        : (relationId((doc.approval as { proposedBy?: unknown })?.proposedBy) ?? null)
    const updated = docFields(
      await payload.update({
        collection: definition.collection,
        id: doc.id,
        data: {
          ...effect,
          approval: {
            ...plan.state,
            chainId: chain.id ?? null,
            chainVersion: chain.version ?? null,
            awaitingRoles: encodeRoles(plan.awaitingRoles),
            proposedBy,
            lastActionBy: user.id,
            lastActionAt: at,
            lastComment: cleanComment || null,
          },
          ...(draft && plan.completed ? { _status: 'published' } : {}),
        } as Record<string, unknown>,
        depth: 0,
        draft: draft && !plan.completed,
        overrideAccess: true,
        req: serverReq(req, { ...definition.writeContext, [APPROVAL_WRITE]: true }),
      }),
    )

    await notify({ definition, doc: updated, plan, proposedBy, event })
    if (shouldCommit) await commitTransaction(req)
    return { doc: updated, entry: { ...plan.entry, at, contentHash: hash } }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}

const notify = async ({
  definition,
  doc,
  plan,
  proposedBy,
  event,
}: {
  definition: ApprovalDefinition
  doc: Doc
  plan: { awaitingRoles: Role[]; completed: boolean; entry: { meaning: keyof typeof MEANING_TEXT } }
  proposedBy: number | string | null
  event: Parameters<NonNullable<ApprovalDefinition['onCompleted']>>[0]
}) => {
  const { req } = event
  const title = definition.title(doc)
  const text = MEANING_TEXT[plan.entry.meaning]
  const proposer = proposedBy
    ? await req.payload
        .findByID({ collection: slugs.users, id: Number(proposedBy), depth: 0, req })
        .then((u) => [u.email])
        .catch(() => [] as string[])
    : []
  let to: string[] = []
  if (plan.awaitingRoles.length > 0) to = await emailsOfRoles(req, plan.awaitingRoles)
  else if (plan.completed)
    to = [...proposer, ...((await definition.notifyOnCompletion?.(event)) ?? [])]
  else to = proposer
  to = to.filter((address) => address !== event.actor.email)
  await queueEmail(req, {
    to,
    subject: `【审批】${definition.label.zh} ${title} ${text.zh} / ${definition.label.en} ${text.en}`,
    text: [
      `${definition.label.zh} ${title} ${text.zh}。`,
      `${definition.label.en} ${title} ${text.en}.`,
      `处理人 By: ${(event.actor as { name?: string }).name ?? event.actor.email}`,
      event.comment ? `意见 Comment: ${event.comment}` : '',
      plan.awaitingRoles.length > 0
        ? `等待您审批 Waiting for you (${plan.awaitingRoles.join(', ')})`
        : '',
    ]
      .filter(Boolean)
      .join('\n'),
  }) // An approval now waiting: also to the group chats the office chose (office settings → 提醒).
  if (plan.awaitingRoles.length > 0) {
    await queueRobotAlerts(req, 'approvalWaiting', {
      title: `【待审批】${definition.label.zh} ${title} / ${definition.label.en} waiting`,
      text: [
        `${definition.label.zh} ${title} ${text.zh}，等待审批（${plan.awaitingRoles.join(', ')}）。`,
        `${definition.label.en} ${title} ${text.en}; waiting for ${plan.awaitingRoles.join(', ')}.`,
        `处理人 By: ${(event.actor as { name?: string }).name ?? event.actor.email}`,
      ].join('\n'),
    })
  }
}
