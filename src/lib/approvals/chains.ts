import type { Payload, PayloadRequest, TypedUser } from 'payload'

import type { ApprovalState, Chain } from '@/domain/approvals/chain'
import type { ApprovalChain } from '@/payload-types'
import type { Designations } from '@/lib/designations'
import { departmentHeadOf, officeHeadOf } from '@/lib/designations'
import type { ChainConditions } from '@/domain/approvals/chainRules'
import { chainFromRecord, pickChain } from '@/domain/approvals/chainRules'
import { conflict } from '@/lib/errors'
import type { Office } from '@/lib/officeSettings'
import { officeSettings } from '@/lib/officeSettings'
import { DEFAULT_CHAINS } from '@/lib/requestContext'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

import type { ApprovalDefinition, Doc } from './definition'
import { approvalDefinitions } from './registry'

/**
 * The approval chains as office data (`approval-chains`): the engine asks here which chain a case
 * follows and which steps a case in flight is on. The code-defined chains in each definition
 * (`chains`, `defaultConditions`) are the defaults: while the collection of chains is empty (a new
 * database, a test database) reads use them as they would be written, and the first round that
 * starts writes them (a GET never writes), so an office that never edits a chain behaves exactly
 * as before.
 */

type ChainRecord = {
  id: number | string
  key: string
  collectionSlug: string
  active?: boolean | null
  version?: number | null
  conditions?: ChainConditions | null
  steps?: Parameters<typeof chainFromRecord>[0]['steps']
}

/** The defaults for one collection, as records of `approval-chains`. */
export const defaultChainRecords = (definition: ApprovalDefinition, office: Office) => {
  const conditions = definition.defaultConditions?.(office) ?? {}
  return definition.chains.map((chain) => {
    const own = conditions[chain.key] ?? {}
    // A default whose kinds came out empty (the settings gave every kind to the other chain)
    // would match anything: it is written inactive.
    const emptyList = own.documentKinds !== undefined && (own.documentKinds ?? []).length === 0
    return {
      collectionSlug: definition.collection,
      key: chain.key,
      name: `${definition.label.zh} ${chain.steps.map((s) => s.label.zh).join(' → ')}`,
      active: !emptyList,
      conditions: {
        severities: own.severities ?? [],
        violationKinds: own.violationKinds ?? [],
        documentKinds: own.documentKinds ?? [],
        amountOver: own.amountOver ?? null,
        amountUpTo: own.amountUpTo ?? null,
      },
      steps: chain.steps.map((step) => ({
        key: step.key,
        roles: [...step.roles],
        designation: step.designation ?? null,
        meaning: step.meaning,
        labelZh: step.label.zh,
        labelEn: step.label.en,
      })),
    }
  })
}

/** Payload instances whose chains are known to be written (the check costs a query). */
const written = new WeakSet<Payload>()

/**
 * Writes the default chains of every registered collection when `approval-chains` is empty (in
 * the caller's transaction). Once per process: after that the office's data is the truth.
 */
export const ensureDefaultChains = async (req: PayloadRequest) => {
  if (written.has(req.payload)) return
  const existing = await req.payload.count({ collection: slugs.approvalChains, req })
  if (existing.totalDocs === 0) {
    const office = await officeSettings(req)
    for (const definition of Object.values(approvalDefinitions)) {
      for (const data of defaultChainRecords(definition, office)) {
        await req.payload.create({
          collection: slugs.approvalChains,
          data: data as unknown as Omit<ApprovalChain, 'id' | 'createdAt' | 'updatedAt'>,
          depth: 0,
          overrideAccess: true,
          req: serverReq(req, { [DEFAULT_CHAINS]: true }),
        })
      }
    }
  }
  // Written in a transaction of the caller's, they could still be rolled back: checked again then.
  if (!req.transactionID) written.add(req.payload)
}

/**
 * The active chains of a collection, as stored; while none is stored at all (a fresh database
 * before its first approval), the defaults as they would be written. Reading never writes: a GET
 * changes nothing; the defaults are written when a round first starts (`startChain`).
 */
export const activeChains = async (
  req: PayloadRequest,
  collection: string,
): Promise<ChainRecord[]> => {
  if ((await req.payload.count({ collection: slugs.approvalChains, req })).totalDocs === 0) {
    const office = await officeSettings(req)
    const definition = Object.values(approvalDefinitions).find((d) => d.collection === collection)
    return definition
      ? (defaultChainRecords(definition, office) as unknown as ChainRecord[]).filter(
          (record) => record.active !== false,
        )
      : []
  }
  const found = await req.payload.find({
    collection: slugs.approvalChains,
    where: { and: [{ collectionSlug: { equals: collection } }, { active: { equals: true } }] },
    depth: 0,
    pagination: false,
    sort: 'id',
    req,
  })
  return found.docs as unknown as ChainRecord[]
}

/** The facts of a case that chains' conditions test. */
export const factsOf = (definition: ApprovalDefinition, doc: Doc) =>
  definition.caseFacts?.(doc) ?? {}

/**
 * The chain a case starts a round on: the one active chain of its collection whose conditions
 * match it. None, or several (the guard rails prevent it; a chain switched off leaves a gap), → 409.
 */
export const chainFor = async (
  req: PayloadRequest,
  definition: ApprovalDefinition,
  doc: Doc,
): Promise<Chain> => {
  const chains = (await activeChains(req, definition.collection)).map((record) => ({
    record,
    conditions: record.conditions ?? {},
  }))
  const picked = pickChain(chains, factsOf(definition, doc))
  if (!picked.ok) {
    throw conflict(
      picked.reason === 'none'
        ? `没有适用于此记录的审批链，请管理员配置 / No approval chain applies to this record; ask the administrator`
        : `多条审批链适用于此记录（${picked.matched.map((c) => c.record.key).join(', ')}） / Several approval chains apply to this record`,
    )
  }
  return chainFromRecord(picked.chain.record)
}

/**
 * The steps of a stored chain at a version: the chain as it stands when the version is current,
 * otherwise the version kept by Payload (`approval-chains` keeps every version).
 */
export const chainAtVersion = async (
  req: PayloadRequest,
  id: number | string,
  version: number,
): Promise<Chain | null> => {
  const current = (await req.payload
    .findByID({ collection: slugs.approvalChains, id, depth: 0, req })
    .catch(() => null)) as unknown as ChainRecord | null
  if (current && Number(current.version ?? 1) === version) return chainFromRecord(current)
  const versions = await req.payload.findVersions({
    collection: slugs.approvalChains,
    where: { and: [{ parent: { equals: id } }, { 'version.version': { equals: version } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
  })
  const kept = versions.docs[0]?.version as unknown as ChainRecord | undefined
  return kept ? chainFromRecord({ ...kept, id, version }) : null
}

type StoredApproval = {
  status?: string | null
  chain?: string | null
  chainId?: number | string | null
  chainVersion?: number | null
}

/**
 * The chain a case in flight is on: the chain and version stored when its round started (an
 * edit of the chain applies to new rounds only). A case that started before chains were data
 * names only the chain's key: the stored chain of that key, or the code's.
 */
export const chainInFlight = async (
  req: PayloadRequest,
  definition: ApprovalDefinition,
  approval: StoredApproval,
): Promise<Chain | null> => {
  if (approval.chainId !== null && approval.chainId !== undefined && approval.chainVersion) {
    const kept = await chainAtVersion(req, approval.chainId, Number(approval.chainVersion))
    if (kept) return kept
  }
  if (!approval.chain) return null
  const byKey = await req.payload.find({
    collection: slugs.approvalChains,
    where: {
      and: [
        { collectionSlug: { equals: definition.collection } },
        { key: { equals: approval.chain } },
      ],
    },
    depth: 0,
    limit: 1,
    req,
  })
  const record = byKey.docs[0] as unknown as ChainRecord | undefined
  return record
    ? chainFromRecord(record)
    : (definition.chains.find((c) => c.key === approval.chain) ?? null)
}

/** The chain of a case: the one it is on while pending, the one it would start on otherwise. */
export const chainOfCase = async (
  req: PayloadRequest,
  definition: ApprovalDefinition,
  doc: Doc,
): Promise<Chain | null> => {
  const approval = (doc.approval ?? {}) as StoredApproval
  if (approval.status === 'pending') {
    const inFlight = await chainInFlight(req, definition, approval)
    if (inFlight) return inFlight
  }
  return chainFor(req, definition, doc).catch(() => null)
}

/**
 * Whether the user is the person the current step designates: the office head (指定人员 in the
 * office settings), or the head of the case's department.
 */
export const isDesignated = async (
  req: PayloadRequest,
  definition: ApprovalDefinition,
  chain: Chain,
  state: ApprovalState,
  doc: Doc,
  user: TypedUser,
  // A list asking for many cases passes the designations it read once.
  who: Pick<Designations, 'officeHead' | 'departmentHead'> = {
    officeHead: () => officeHeadOf(req),
    departmentHead: (department) => departmentHeadOf(req, department),
  },
): Promise<boolean> => {
  const step = chain.steps[state.status === 'pending' ? state.step : 0]
  if (!step?.designation) return false
  const person =
    step.designation === 'office-head'
      ? await who.officeHead()
      : definition.departmentField && doc[definition.departmentField]
        ? await who.departmentHead(String(doc[definition.departmentField]))
        : null
  return person !== null && String(person.id) === String(user.id)
}

/** Where the engine takes a case's chain from. */
export type ChainSource = {
  start: (req: PayloadRequest, definition: ApprovalDefinition, doc: Doc) => Promise<Chain>
  inFlight: (
    req: PayloadRequest,
    definition: ApprovalDefinition,
    approval: StoredApproval,
  ) => Promise<Chain | null>
}

/** The office's chains (`approval-chains`): what the engine uses. */
/** The chain a round starts on, the defaults written first if none is stored (a write path). */
export const startChain = async (
  req: PayloadRequest,
  definition: ApprovalDefinition,
  doc: Doc,
): Promise<Chain> => {
  await ensureDefaultChains(req)
  return chainFor(req, definition, doc)
}

export const DATABASE_CHAINS: ChainSource = { start: startChain, inFlight: chainInFlight }

/** The code-defined chains, as before chains were data: the bench's baseline, nothing else. */
export const CODE_CHAINS: ChainSource = {
  start: async (req, definition, doc) => definition.chainFor(doc, await officeSettings(req)),
  inFlight: async (_req, definition, approval) =>
    definition.chains.find((c) => c.key === approval.chain) ?? null,
}
