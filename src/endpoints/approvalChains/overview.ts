import type { Endpoint } from 'payload'

import type { CaseFacts, ChainConditions } from '@/domain/approvals/chainRules'
import {
  chainFromRecord,
  describeConditions,
  describeFacts,
  pickChain,
} from '@/domain/approvals/chainRules'
import { DOCUMENT_KINDS } from '@/domain/documents/control'
import { ROLE_LABELS, isRole } from '@/domain/roles'
import { VIOLATION_KINDS } from '@/domain/violations/ladder'
import { activeChains } from '@/lib/approvals/chains'
import { approvalDefinitions } from '@/lib/approvals/registry'
import { requireUser } from '@/lib/endpointUser'
import { slugs } from '@/slugs'

const SEVERITIES: Record<string, { zh: string; en: string }> = {
  general: { zh: '一般违章', en: 'General' },
  major: { zh: '重大违章', en: 'Major' },
}
const nameOf = (value: string): { zh: string; en: string } =>
  SEVERITIES[value] ??
  (VIOLATION_KINDS as Record<string, { zh: string; en: string }>)[value] ??
  (DOCUMENT_KINDS as Record<string, { zh: string; en: string }>)[value] ?? {
    zh: value,
    en: value,
  }

const DESIGNATIONS: Record<string, { zh: string; en: string }> = {
  'office-head': { zh: '客服中心主任', en: 'Office head' },
  'department-head': { zh: '部门负责人', en: 'Department head' },
}

/**
 * `GET /api/approval-chains/:id/overview?severity=&kind=&documentKind=&amount=` — the chain for its
 * view: the steps in order (who signs, what it means), its conditions in words, the cases now at
 * each step (read as the user), and, for the case the query describes, which chain applies.
 */
export const chainOverview: Endpoint = {
  path: '/:id/overview',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const record = await req.payload.findByID({
      collection: slugs.approvalChains,
      id: String(req.routeParams?.id),
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    const definition = approvalDefinitions[record.collectionSlug]
    const chain = chainFromRecord(record as Parameters<typeof chainFromRecord>[0])
    const pending = definition
      ? await req.payload
          .find({
            collection: definition.collection,
            where: {
              and: [
                { 'approval.status': { equals: 'pending' } },
                { 'approval.chainId': { equals: record.id } },
              ],
            },
            draft: definition.drafts === true,
            depth: 0,
            limit: 200,
            overrideAccess: false,
            user,
            req,
          })
          .then((r) => r.docs as unknown as Array<Record<string, unknown> & { id: number }>)
          .catch(() => [])
      : []
    const query = (req.query ?? {}) as Record<string, string | undefined>
    const facts: CaseFacts = {
      severity: query.severity || null,
      violationKind: query.kind || null,
      documentKind: query.documentKind || null,
      amount: query.amount ? Number(query.amount) : null,
    }
    const asked = Object.values(facts).some((v) => v !== null && v !== undefined)
    let preview = null
    if (asked && definition) {
      const chains = await activeChains(req, definition.collection)
      const picked = pickChain(
        chains.map((c) => ({ ...c, conditions: (c.conditions ?? {}) as ChainConditions })),
        facts,
      )
      const who = describeFacts(facts, nameOf)
      preview = picked.ok
        ? {
            applies: picked.chain.id === record.id,
            chain: { id: picked.chain.id, key: picked.chain.key },
            zh: `${who.zh}：适用审批链 ${picked.chain.key}${picked.chain.id === record.id ? '（本链）' : ''}`,
            en: `For ${who.en}, chain ${picked.chain.key} applies${picked.chain.id === record.id ? ' (this chain)' : ''}`,
          }
        : {
            applies: false,
            chain: null,
            zh: `${who.zh}：${picked.reason === 'none' ? '没有适用的审批链' : '多条审批链适用'}`,
            en: `For ${who.en}: ${picked.reason === 'none' ? 'no chain applies' : 'several chains apply'}`,
          }
    }
    return Response.json({
      id: record.id,
      key: record.key,
      version: record.version,
      active: record.active,
      collection: definition?.label ?? null,
      conditions: describeConditions((record.conditions ?? {}) as ChainConditions, nameOf),
      steps: chain.steps.map((step, index) => ({
        index,
        key: step.key,
        label: step.label,
        meaning: step.meaning,
        signers: [
          ...step.roles.map((role) => (isRole(role) ? ROLE_LABELS[role] : { zh: role, en: role })),
          ...(step.designation ? [DESIGNATIONS[step.designation]] : []),
        ],
        cases: pending
          .filter((doc) => Number((doc.approval as { step?: number })?.step ?? 0) === index)
          .map((doc) => ({
            id: doc.id,
            title: definition?.title(doc) ?? String(doc.id),
            version: (doc.approval as { chainVersion?: number })?.chainVersion ?? null,
          })),
      })),
      preview,
    })
  },
}
