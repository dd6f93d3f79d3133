import { createHash, createHmac } from 'crypto'

import type { Role } from '@/domain/roles'

/**
 * The approval chain (审批链), as plain data and functions: which roles act at each step, what an
 * action means, whether a user may take it now, and the hash of the content they sign. Payload
 * hooks and the approvals endpoint call these; nothing here touches the database.
 */

/** What an entry in the approval log means. */
export type ApprovalMeaning = 'proposed' | 'reviewed' | 'approved' | 'rejected'

/** A person the office designates (DOMAIN.md → People and roles) who may act on a step. */
export type Designation = 'office-head' | 'department-head'

export type ChainStep = {
  /** A stable key for the step, e.g. `propose`, `review`, `sign`. */
  key: string
  /** The roles that may act at this step. */
  roles: readonly Role[]
  /** Besides the roles, the designated person (the office head, the case's department head). */
  designation?: Designation | null
  /** What approving this step means in the log. */
  meaning: Exclude<ApprovalMeaning, 'rejected'>
  label: { zh: string; en: string }
}

export type Chain = {
  /** Identifies the chain a document follows (stored on it, so its steps can be found again). */
  key: string
  steps: readonly ChainStep[]
  /** The stored chain (`approval-chains`) and its version, when the chain is office data. */
  id?: number | string
  version?: number
}

export type ApprovalStatus = 'none' | 'pending' | 'approved' | 'rejected'

/** The approval state stored on a document (`approval` group). */
export type ApprovalState = {
  status: ApprovalStatus
  chain?: string | null
  /** Index of the step waiting for an action (0 = the proposer's). */
  step: number
  /** Each revision of the content starts a new round; signatures count only in their round. */
  round: number
  contentHash?: string | null
}

export const initialApprovalState = (): ApprovalState => ({
  status: 'none',
  chain: null,
  step: 0,
  round: 1,
  contentHash: null,
})

/**
 * The roles a document waits for, stored as text (`,property-manager,director,`) so that a
 * `contains` query finds it on every database without a join table.
 */
export const encodeRoles = (roles: readonly string[]) =>
  roles.length ? `,${roles.join(',')},` : ''
export const decodeRoles = (value: unknown): string[] =>
  typeof value === 'string' ? value.split(',').filter(Boolean) : []
/** The query for documents waiting for any of these roles. */
export const waitingForAny = (roles: readonly string[], path = 'approval.awaitingRoles') => ({
  or: roles.map((role) => ({ [path]: { contains: `,${role},` } })),
})

export type Signature = { step: number; userId: number | string }

export type ApprovalAction = 'approve' | 'reject'

export type PlanInput = {
  chain: Chain
  state: ApprovalState
  action: ApprovalAction
  actor: { id: number | string; roles: readonly Role[] }
  comment?: string
  /** Step the client saw, if it said; a different current step means someone acted first. */
  expectedStep?: number
  /** Hash of the content now. */
  contentHash: string
  /** Who has signed earlier steps of the current round. */
  signatures: readonly Signature[]
  /** A small office may let one person sign two steps (setting). */
  allowSameSigner: boolean
  /** The actor is the person the current step designates (office head, department head). */
  designated?: boolean
}

export type PlanResult =
  | {
      ok: true
      /** The log entry to append. */
      entry: { round: number; step: number; stepKey: string; meaning: ApprovalMeaning }
      /** The state after the action. */
      state: ApprovalState
      /** Roles the document now waits for (empty when finished or returned). */
      awaitingRoles: Role[]
      /** True when this action completed the chain: the decision takes effect. */
      completed: boolean
    }
  | { ok: false; status: 400 | 403 | 409; field?: string; message: string }

const fail = (status: 400 | 403 | 409, message: string, field?: string): PlanResult => ({
  ok: false,
  status,
  message,
  field,
})

const stepLabel = (step: ChainStep) => `${step.label.zh} / ${step.label.en}`

/** Decides one approval action. Order of checks: conflicts of state, then rights, then input. */
export const planApproval = (input: PlanInput): PlanResult => {
  const { chain, state, action, actor, signatures, allowSameSigner } = input
  const comment = (input.comment ?? '').trim()
  if (state.status === 'approved') {
    return fail(409, '已审批完成，不能再次审批 / The approval is already complete')
  }
  const stepIndex = state.status === 'pending' ? state.step : 0
  const step = chain.steps[stepIndex]
  if (!step) return fail(409, '审批链没有这一步 / The chain has no such step')
  if (input.expectedStep !== undefined && input.expectedStep !== stepIndex) {
    return fail(
      409,
      '该步骤已由他人处理，请刷新后重试 / Someone acted on this step first; reload and try again',
    )
  }
  const holds = (roles: readonly Role[]) => roles.some((role) => actor.roles.includes(role))
  if (!holds(step.roles) && !(step.designation && input.designated)) {
    const who = [...step.roles, ...(step.designation ? [step.designation] : [])].join(', ')
    return fail(
      403,
      `本步骤（${stepLabel(step)}）只能由 ${who} 处理 / Only ${who} may act on this step`,
    )
  }
  if (action === 'reject') {
    if (stepIndex === 0 || state.status !== 'pending') {
      return fail(409, '尚未提交审批，无可驳回 / Nothing has been submitted to reject')
    }
    if (!comment) return fail(400, '驳回必须填写意见 / A rejection needs a comment', 'comment')
  }
  if (!allowSameSigner && stepIndex > 0 && signatures.some((s) => s.userId === actor.id)) {
    return fail(
      403,
      '同一人不能签署同一审批链的两个步骤 / One person may not sign two steps of the same chain',
    )
  }
  if (state.status === 'pending' && state.contentHash && state.contentHash !== input.contentHash) {
    return fail(
      409,
      '内容已修改，需重新提交审批 / The content changed since it was submitted; submit it again',
    )
  }

  const round = stepIndex === 0 && state.status !== 'none' ? state.round + 1 : state.round
  if (action === 'reject') {
    return {
      ok: true,
      entry: { round, step: stepIndex, stepKey: step.key, meaning: 'rejected' },
      state: { ...state, status: 'rejected', chain: chain.key, step: 0, round },
      awaitingRoles: [],
      completed: false,
    }
  }
  const next = stepIndex + 1
  const completed = next >= chain.steps.length
  return {
    ok: true,
    entry: { round, step: stepIndex, stepKey: step.key, meaning: step.meaning },
    state: {
      status: completed ? 'approved' : 'pending',
      chain: chain.key,
      step: completed ? stepIndex : next,
      round,
      contentHash: input.contentHash,
    },
    awaitingRoles: completed ? [] : [...chain.steps[next].roles],
    completed,
  }
}

/**
 * What a content edit does to the approval: while it is pending, the signatures given so far were
 * for other content, so the chain starts again in a new round (the proposer submits again).
 */
export const stateAfterEdit = (state: ApprovalState, contentHash: string): ApprovalState => {
  if (state.status !== 'pending' || !state.contentHash || state.contentHash === contentHash) {
    return state
  }
  return { ...state, status: 'none', step: 0, round: state.round + 1, contentHash: null }
}

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && Object.keys(record).length > 2 && 'createdAt' in record) return record.id
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => record[key] !== undefined && key !== 'id')
        .sort()
        .map((key) => [key, canonical(record[key])]),
    )
  }
  if (value === undefined || value === '') return null
  // A form sends related ids as text ("5"); stored documents hold numbers.
  if (typeof value === 'string' && /^\d+$/.test(value)) return Number(value)
  return value
}

/**
 * SHA-256 of the approved content: the listed fields of the document, canonically ordered, with
 * related documents reduced to their ids. A signature is for this hash; a later edit changes it.
 */
export const contentHash = (
  collection: string,
  id: number | string,
  doc: Record<string, unknown>,
  fields: readonly string[],
): string =>
  createHash('sha256')
    .update(
      JSON.stringify({
        collection,
        id: String(id),
        content: canonical(Object.fromEntries(fields.map((field) => [field, doc[field] ?? null]))),
      }),
    )
    .digest('hex')

/**
 * The seal on a log entry: an HMAC over the document, the round and step, the signer and the
 * content hash, keyed with the server's secret. Copying an entry to another document, another step
 * or other content breaks it.
 */
export const sealEntry = (
  secret: string,
  entry: {
    collectionSlug: string
    documentId: string
    round: number
    step: number
    meaning: string
    userId: number | string
    contentHash: string
    at: string
  },
): string =>
  createHmac('sha256', secret)
    .update(
      [
        entry.collectionSlug,
        entry.documentId,
        entry.round,
        entry.step,
        entry.meaning,
        String(entry.userId),
        entry.contentHash,
        entry.at,
      ].join('|'),
    )
    .digest('hex')
