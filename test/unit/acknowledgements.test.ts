import type { DocumentState } from '@/domain/documents/workflow'
import {
  documentWorkflow,
  isAskedToSign,
  rolesToAcknowledge,
  versionsToAcknowledge,
} from '@/domain/documents/workflow'
import type { Role } from '@/domain/roles'

const rule = (over: Partial<DocumentState> = {}): DocumentState => ({
  status: 'effective',
  versionLabel: 'A/0',
  requiresAcknowledgement: true,
  acknowledgeRoles: ['site-captain', 'security-guard'],
  ...over,
})
const sign = (state: DocumentState, roles: Role[], body = {}, signed: string[] = []) =>
  documentWorkflow.plan({
    action: 'acknowledge',
    state,
    body,
    actor: { id: 1, roles },
    now: new Date(),
    context: { acknowledgedVersions: signed },
  })

describe('who signs a document as read (签阅)', () => {
  it('should ask the roles the document names, or the managers when it names none', () => {
    expect(rolesToAcknowledge({ requiresAcknowledgement: true, acknowledgeRoles: [] })).toEqual([
      'director',
      'property-manager',
      'site-manager',
    ])
    expect(
      rolesToAcknowledge({ requiresAcknowledgement: true, acknowledgeRoles: ['engineer', 'x'] }),
    ).toEqual(['engineer'])
    expect(isAskedToSign(rule(), ['security-guard'])).toBe(true)
    expect(isAskedToSign(rule(), ['director'])).toBe(false)
    expect(isAskedToSign(rule({ requiresAcknowledgement: false }), ['security-guard'])).toBe(false)
  })

  it('should let a named non-manager role sign the version in effect', () => {
    expect(sign(rule(), ['security-guard'])).toEqual({
      ok: true,
      data: {},
      extra: { acknowledge: { versionLabel: 'A/0' } },
    })
    expect(sign(rule(), ['director'])).toMatchObject({ ok: false, status: 403 })
    expect(sign(rule(), ['security-guard'], {}, ['A/0'])).toMatchObject({ status: 409 })
  })

  it('should sign a document in its first approval by its draft’s label', () => {
    const inReview = rule({ status: 'in-review', versionLabel: 'A/0' })
    expect(versionsToAcknowledge(inReview)).toEqual([{ versionLabel: 'A/0', stage: 'in-review' }])
    expect(sign(inReview, ['site-captain'])).toMatchObject({
      ok: true,
      extra: { acknowledge: { versionLabel: 'A/0' } },
    })
  })

  it('should offer both the version in effect and the revision in review, each by its terms', () => {
    const revised = rule({
      review: {
        versionLabel: 'A/1',
        requiresAcknowledgement: true,
        acknowledgeRoles: ['security-guard'],
      },
    })
    expect(versionsToAcknowledge(revised, ['security-guard'])).toEqual([
      { versionLabel: 'A/0', stage: 'effective' },
      { versionLabel: 'A/1', stage: 'in-review' },
    ])
    expect(versionsToAcknowledge(revised, ['site-captain'])).toEqual([
      { versionLabel: 'A/0', stage: 'effective' },
    ])
    // Without a choice: the first not yet signed.
    expect(sign(revised, ['security-guard'], {}, ['A/0'])).toMatchObject({
      extra: { acknowledge: { versionLabel: 'A/1' } },
    })
    expect(sign(revised, ['security-guard'], { versionLabel: 'A/1' })).toMatchObject({
      extra: { acknowledge: { versionLabel: 'A/1' } },
    })
    expect(sign(revised, ['site-captain'], { versionLabel: 'A/1' })).toMatchObject({
      status: 400,
      field: 'versionLabel',
    })
  })

  it('should ask nothing of a draft not yet submitted, an obsolete or a destroyed document', () => {
    for (const status of ['draft', 'obsolete', 'destroyed', 'superseded'] as const) {
      expect(versionsToAcknowledge(rule({ status }))).toEqual([])
      expect(sign(rule({ status }), ['security-guard'])).toMatchObject({ status: 409 })
    }
  })
})
