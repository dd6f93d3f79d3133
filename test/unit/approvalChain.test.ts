import type { ApprovalState, Chain } from '@/domain/approvals/chain'
import {
  contentHash,
  decodeRoles,
  encodeRoles,
  waitingForAny,
  initialApprovalState,
  planApproval,
  sealEntry,
  stateAfterEdit,
} from '@/domain/approvals/chain'

const chain: Chain = {
  key: 'test',
  steps: [
    {
      key: 'propose',
      roles: ['site-manager'],
      meaning: 'proposed',
      label: { zh: '提议', en: 'Propose' },
    },
    {
      key: 'review',
      roles: ['property-manager'],
      meaning: 'reviewed',
      label: { zh: '审核', en: 'Review' },
    },
    { key: 'sign', roles: ['director'], meaning: 'approved', label: { zh: '签署', en: 'Sign' } },
  ],
}
const people = {
  proposer: { id: 1, roles: ['site-manager'] as const },
  reviewer: { id: 2, roles: ['property-manager'] as const },
  director: { id: 3, roles: ['director'] as const },
  both: { id: 4, roles: ['site-manager', 'property-manager'] as const },
  clerk: { id: 5, roles: ['cs-clerk'] as const },
}
const base = {
  chain,
  contentHash: 'h1',
  signatures: [] as Array<{ step: number; userId: number }>,
  allowSameSigner: false,
}
const pending = (step: number, round = 1): ApprovalState => ({
  status: 'pending',
  chain: 'test',
  step,
  round,
  contentHash: 'h1',
})

describe('planApproval', () => {
  it('should walk propose → review → sign and complete on the last step', () => {
    const first = planApproval({
      ...base,
      state: initialApprovalState(),
      action: 'approve',
      actor: people.proposer,
    })
    expect(first).toMatchObject({ ok: true, completed: false, awaitingRoles: ['property-manager'] })
    if (!first.ok) throw new Error()
    expect(first.entry).toEqual({ round: 1, step: 0, stepKey: 'propose', meaning: 'proposed' })
    const second = planApproval({
      ...base,
      state: first.state,
      action: 'approve',
      actor: people.reviewer,
      signatures: [{ step: 0, userId: 1 }],
    })
    expect(second).toMatchObject({
      ok: true,
      entry: { meaning: 'reviewed', step: 1 },
      awaitingRoles: ['director'],
    })
    if (!second.ok) throw new Error()
    const third = planApproval({
      ...base,
      state: second.state,
      action: 'approve',
      actor: people.director,
    })
    expect(third).toMatchObject({
      ok: true,
      completed: true,
      entry: { meaning: 'approved', step: 2 },
      state: { status: 'approved' },
    })
  })

  it('should refuse roles that do not hold the current step (403)', () => {
    for (const actor of [people.clerk, people.proposer, people.director]) {
      expect(planApproval({ ...base, state: pending(1), action: 'approve', actor })).toMatchObject({
        ok: false,
        status: 403,
      })
    }
    expect(
      planApproval({ ...base, state: pending(2), action: 'approve', actor: people.reviewer }),
    ).toMatchObject({ ok: false, status: 403 })
  })

  it('should require a comment to reject, and return the document to the proposer', () => {
    expect(
      planApproval({
        ...base,
        state: pending(1),
        action: 'reject',
        actor: people.reviewer,
        comment: '  ',
      }),
    ).toMatchObject({
      ok: false,
      status: 400,
      field: 'comment',
    })
    const rejected = planApproval({
      ...base,
      state: pending(1),
      action: 'reject',
      actor: people.reviewer,
      comment: '依据不足',
    })
    expect(rejected).toMatchObject({
      ok: true,
      entry: { meaning: 'rejected', round: 1, step: 1 },
      state: { status: 'rejected', step: 0 },
    })
    if (!rejected.ok) throw new Error()
    const again = planApproval({
      ...base,
      state: rejected.state,
      action: 'approve',
      actor: people.proposer,
    })
    expect(again).toMatchObject({
      ok: true,
      entry: { round: 2, step: 0 },
      state: { status: 'pending', round: 2, step: 1 },
    })
  })

  it('should not reject what was never submitted, nor act on a finished chain (409)', () => {
    expect(
      planApproval({
        ...base,
        state: initialApprovalState(),
        action: 'reject',
        actor: people.proposer,
        comment: 'x',
      }),
    ).toMatchObject({ ok: false, status: 409 })
    expect(
      planApproval({
        ...base,
        state: { ...pending(2), status: 'approved' },
        action: 'approve',
        actor: people.director,
      }),
    ).toMatchObject({ ok: false, status: 409 })
  })

  it('should keep one person to one step of a round unless allowed', () => {
    const args = {
      ...base,
      state: pending(1),
      action: 'approve' as const,
      actor: people.both,
      signatures: [{ step: 0, userId: 4 }],
    }
    expect(planApproval(args)).toMatchObject({ ok: false, status: 403 })
    expect(planApproval({ ...args, allowSameSigner: true })).toMatchObject({ ok: true })
    // A new round starts clean: the proposer of round 1 may propose round 2.
    expect(
      planApproval({ ...args, state: { ...pending(0), status: 'rejected' }, actor: people.both }),
    ).toMatchObject({ ok: true })
  })

  it('should answer 409 when the client acted on a step that is no longer current, or the content moved', () => {
    expect(
      planApproval({
        ...base,
        state: pending(2),
        action: 'approve',
        actor: people.director,
        expectedStep: 1,
      }),
    ).toMatchObject({ ok: false, status: 409 })
    expect(
      planApproval({
        ...base,
        state: pending(2),
        action: 'approve',
        actor: people.director,
        contentHash: 'h2',
      }),
    ).toMatchObject({ ok: false, status: 409 })
  })
})

describe('content hash, seal and edits', () => {
  it('should change the hash with the content and ignore key order and id spelling', () => {
    const a = contentHash(
      'violations',
      7,
      { decision: { measure: 'compensation', damage: 800 }, unit: 3 },
      ['decision', 'unit'],
    )
    const b = contentHash(
      'violations',
      '7',
      { unit: '3', decision: { damage: 800, measure: 'compensation' } },
      ['unit', 'decision'],
    )
    expect(a).toBe(b)
    expect(
      contentHash(
        'violations',
        7,
        { decision: { measure: 'compensation', damage: 801 }, unit: 3 },
        ['decision', 'unit'],
      ),
    ).not.toBe(a)
    expect(
      contentHash(
        'violations',
        8,
        { decision: { measure: 'compensation', damage: 800 }, unit: 3 },
        ['decision', 'unit'],
      ),
    ).not.toBe(a)
  })

  it('should seal an entry to its document, step, signer and content', () => {
    const entry = {
      collectionSlug: 'violations',
      documentId: '7',
      round: 1,
      step: 2,
      meaning: 'approved',
      userId: 3,
      contentHash: 'h',
      at: '2026-11-22T00:00:00.000Z',
    }
    const seal = sealEntry('secret', entry)
    expect(sealEntry('secret', { ...entry, documentId: '8' })).not.toBe(seal)
    expect(sealEntry('secret', { ...entry, contentHash: 'g' })).not.toBe(seal)
    expect(sealEntry('secret', { ...entry, userId: 4 })).not.toBe(seal)
    expect(sealEntry('other', entry)).not.toBe(seal)
    expect(sealEntry('secret', { ...entry })).toBe(seal)
  })

  it('should restart a pending chain in a new round when its content changes', () => {
    expect(stateAfterEdit(pending(2), 'h1')).toEqual(pending(2))
    expect(stateAfterEdit(pending(2), 'h2')).toMatchObject({ status: 'none', step: 0, round: 2 })
    expect(stateAfterEdit(initialApprovalState(), 'h2')).toEqual(initialApprovalState())
  })
})

describe('roles a document waits for', () => {
  it('should store roles as delimited text that a contains query cannot confuse', () => {
    expect(encodeRoles(['property-manager', 'director'])).toBe(',property-manager,director,')
    expect(decodeRoles(',property-manager,director,')).toEqual(['property-manager', 'director'])
    expect(encodeRoles([])).toBe('')
    // `manager` alone never matches `,property-manager,`: each role is fenced by commas.
    expect(',property-manager,'.includes(',manager,')).toBe(false)
    expect(waitingForAny(['director'])).toEqual({
      or: [{ 'approval.awaitingRoles': { contains: ',director,' } }],
    })
  })
})
