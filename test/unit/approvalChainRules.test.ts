import type { ChainDraft, RuleContext } from '@/domain/approvals/chainRules'
import {
  chainFromRecord,
  checkChain,
  conditionsOverlap,
  matchesConditions,
  pickChain,
} from '@/domain/approvals/chainRules'
import { planApproval, initialApprovalState } from '@/domain/approvals/chain'
import { DOCUMENT_KINDS } from '@/domain/documents/control'
import { ROLES } from '@/domain/roles'
import { approvalDefinitions } from '@/lib/approvals/registry'
import { defaultChainRecords } from '@/lib/approvals/chains'
import { OFFICE_DEFAULTS } from '@/lib/officeSettings'

const step = (
  roles: string[],
  meaning: string,
  designation?: 'office-head' | 'department-head',
) => ({
  roles,
  meaning,
  designation: designation ?? null,
})
const penalty: ChainDraft = {
  collection: 'violations',
  key: 'v',
  active: true,
  conditions: { severities: ['general'] },
  steps: [
    step(['site-manager'], 'proposed'),
    step(['property-manager'], 'reviewed'),
    step(['director'], 'approved'),
  ],
}
const context: RuleContext = {
  others: [],
  readers: ROLES.filter((r) => r !== 'engineer'),
  allowSameSigner: false,
  procedure: 'penalty',
  hasDepartment: false,
}

describe('chain conditions', () => {
  it('should match a case when every condition set holds (empty means any)', () => {
    expect(matchesConditions({}, { severity: 'major' })).toBe(true)
    expect(matchesConditions({ severities: ['major'] }, { severity: 'major' })).toBe(true)
    expect(matchesConditions({ severities: ['major'] }, { severity: 'general' })).toBe(false)
    // "amount over 500": above, exclusive; "up to 500": inclusive; no amount counts as 0.
    expect(matchesConditions({ amountOver: 500 }, { amount: 500 })).toBe(false)
    expect(matchesConditions({ amountOver: 500 }, { amount: 500.01 })).toBe(true)
    expect(matchesConditions({ amountUpTo: 500 }, { amount: 500 })).toBe(true)
    expect(matchesConditions({ amountUpTo: 500 }, {})).toBe(true)
    expect(matchesConditions({ documentKinds: ['rule'] }, { documentKind: 'form' })).toBe(false)
  })

  it('should find overlaps exactly: every dimension must meet', () => {
    expect(conditionsOverlap({ severities: ['general'] }, { severities: ['major'] })).toBe(false)
    expect(conditionsOverlap({ severities: ['general'] }, {})).toBe(true)
    expect(conditionsOverlap({ amountUpTo: 500 }, { amountOver: 500 })).toBe(false)
    expect(conditionsOverlap({ amountUpTo: 500 }, { amountOver: 499 })).toBe(true)
    expect(
      conditionsOverlap(
        { severities: ['general'], amountOver: 1000 },
        { severities: ['general', 'major'], amountUpTo: 1000 },
      ),
    ).toBe(false)
    expect(
      conditionsOverlap({ documentKinds: ['rule', 'form'] }, { documentKinds: ['form'] }),
    ).toBe(true)
  })

  it('should pick exactly one chain, or say none or several', () => {
    const chains = [
      { key: 'a', conditions: { severities: ['general'] } },
      { key: 'b', conditions: { severities: ['major'] } },
    ]
    expect(pickChain(chains, { severity: 'major' })).toMatchObject({
      ok: true,
      chain: { key: 'b' },
    })
    expect(pickChain(chains, { severity: 'other' })).toMatchObject({ ok: false, reason: 'none' })
    expect(
      pickChain([...chains, { key: 'c', conditions: {} }], { severity: 'major' }),
    ).toMatchObject({ ok: false, reason: 'several' })
  })
})

describe('checkChain: the guard rails', () => {
  const refused = (draft: ChainDraft, ctx: RuleContext = context) => {
    const result = checkChain(draft, ctx)
    return result.ok ? null : { field: result.field, rule: result.rule }
  }

  it('should accept today’s violation chain', () => {
    expect(checkChain(penalty, context)).toEqual({ ok: true })
  })

  it('should refuse an empty chain and a step without a role or designation', () => {
    expect(refused({ ...penalty, steps: [] })).toEqual({ field: 'steps', rule: 'empty' })
    expect(
      refused({ ...penalty, steps: [penalty.steps[0], step([], 'reviewed'), penalty.steps[2]] }),
    ).toEqual({ field: 'steps.1.roles', rule: 'step-without-signer' })
  })

  it('should keep the meanings in order: submit first, approve last', () => {
    expect(
      refused({ ...penalty, steps: [step(['site-manager'], 'reviewed'), penalty.steps[2]] }),
    ).toEqual({ field: 'steps.0.meaning', rule: 'meaning-order' })
    expect(
      refused({ ...penalty, steps: [penalty.steps[0], step(['director'], 'reviewed')] }),
    ).toEqual({ field: 'steps.1.meaning', rule: 'meaning-order' })
  })

  it('should end a penalty chain with the director alone (违章处理意见经物业总监签署后生效)', () => {
    for (const last of [
      step(['property-manager'], 'approved'),
      step(['director', 'property-manager'], 'approved'),
      step(['director'], 'approved', 'office-head'),
    ]) {
      expect(refused({ ...penalty, steps: [penalty.steps[0], last] })).toEqual({
        field: 'steps.1.roles',
        rule: 'penalty-director-signs',
      })
    }
  })

  it('should end a controlled document chain with manager roles only', () => {
    const doc = { ...context, procedure: 'controlled-document' as const, hasDepartment: true }
    const draft = {
      ...penalty,
      collection: 'archived-documents',
      conditions: {},
      steps: [step(['document-controller'], 'proposed'), step(['property-manager'], 'approved')],
    }
    expect(checkChain(draft, doc)).toEqual({ ok: true })
    expect(
      refused(
        { ...draft, steps: [draft.steps[0], step(['document-controller'], 'approved')] },
        doc,
      ),
    ).toEqual({ field: 'steps.1.roles', rule: 'document-manager-approves' })
  })

  it('should refuse a role that may not read the collection', () => {
    expect(
      refused({ ...penalty, steps: [step(['engineer'], 'proposed'), penalty.steps[2]] }),
    ).toEqual({ field: 'steps.0.roles', rule: 'role-cannot-read' })
  })

  it('should keep separation of duties unless the office allows one signer twice', () => {
    const twice = {
      ...penalty,
      steps: [
        step(['property-manager'], 'proposed'),
        step(['property-manager'], 'reviewed'),
        step(['director'], 'approved'),
      ],
    }
    expect(refused(twice)).toEqual({ field: 'steps.1.roles', rule: 'separation-of-duties' })
    expect(checkChain(twice, { ...context, allowSameSigner: true })).toEqual({ ok: true })
    const head = {
      ...penalty,
      steps: [
        step([], 'proposed', 'office-head'),
        step([], 'reviewed', 'office-head'),
        step(['director'], 'approved'),
      ],
    }
    expect(refused(head)).toEqual({ field: 'steps.1.designation', rule: 'separation-of-duties' })
  })

  it('should refuse conditions overlapping another active chain, not an inactive draft', () => {
    const others = [{ key: 'violation-major', conditions: { severities: ['major'] } }]
    expect(refused({ ...penalty, conditions: {} }, { ...context, others })).toEqual({
      field: 'conditions',
      rule: 'overlap',
    })
    expect(
      checkChain({ ...penalty, conditions: {}, active: false }, { ...context, others }),
    ).toEqual({ ok: true })
  })

  it('should refuse a department head where the records have no department', () => {
    expect(
      refused({
        ...penalty,
        steps: [step([], 'proposed', 'department-head'), penalty.steps[2]],
      }),
    ).toEqual({ field: 'steps.0.designation', rule: 'no-department' })
  })
})

describe('the defaults written from the code', () => {
  it('should pick the same chain as the code for every case, and keep the guard rails', () => {
    for (const definition of Object.values(approvalDefinitions)) {
      const records = defaultChainRecords(definition, OFFICE_DEFAULTS)
      const active = records.filter((r) => r.active)
      // No two defaults overlap.
      for (const a of active)
        for (const b of active)
          if (a !== b) expect(conditionsOverlap(a.conditions, b.conditions)).toBe(false)
      const cases =
        definition.collection === 'archived-documents'
          ? Object.keys(DOCUMENT_KINDS).map((kind) => ({ id: 1, kind }))
          : [
              { id: 1, severity: 'general', kind: 'renovation' },
              { id: 2, severity: 'major', kind: 'renovation', decision: { amount: 2000 } },
            ]
      for (const doc of cases) {
        const expected = definition.chainFor(doc, OFFICE_DEFAULTS)
        const picked = pickChain(active, definition.caseFacts?.(doc) ?? {})
        if (!picked.ok) throw new Error(`${definition.collection}: ${picked.reason}`)
        const chain = chainFromRecord(picked.chain)
        expect(chain.key).toBe(expected.key)
        expect(chain.steps.map((s) => [s.key, [...s.roles], s.meaning])).toEqual(
          expected.steps.map((s) => [s.key, [...s.roles], s.meaning]),
        )
        const others = active.filter((r) => r !== picked.chain)
        expect(
          checkChain(
            { ...picked.chain, collection: definition.collection },
            {
              others,
              readers: [...ROLES],
              allowSameSigner: false,
              procedure: definition.procedure ?? null,
              hasDepartment: Boolean(definition.departmentField),
            },
          ),
        ).toEqual({ ok: true })
      }
    }
  })
})

describe('planApproval with a designated step', () => {
  const chain = chainFromRecord({
    key: 'head',
    steps: [
      { key: 'propose', roles: ['site-manager'], meaning: 'proposed' },
      { key: 'head', roles: [], designation: 'office-head', meaning: 'approved' },
    ],
  })
  const state = { ...initialApprovalState(), status: 'pending' as const, step: 1, contentHash: 'h' }
  const input = {
    chain,
    state,
    action: 'approve' as const,
    actor: { id: 9, roles: ['cs-clerk' as const] },
    contentHash: 'h',
    signatures: [],
    allowSameSigner: false,
  }
  it('should let the designated person act, and no one else without the roles', () => {
    expect(planApproval({ ...input, designated: true })).toMatchObject({
      ok: true,
      completed: true,
    })
    expect(planApproval(input)).toMatchObject({ ok: false, status: 403 })
  })
})
