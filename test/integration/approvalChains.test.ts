/**
 * Approval chains as office data (issue 20): the defaults equal the code's chains; the director
 * and the administrator edit them, nobody else; the procedure's guard rails refuse a bad chain with
 * 400 naming the field and the rule, nothing saved; a case in flight finishes on the version it
 * started on while new cases follow the new one; a chain cases are on is not deleted (409); every
 * change is audited and kept as a version.
 */
import type { Payload } from 'payload'

import type { ApprovalChain, Violation } from '@/payload-types'
import { slugs } from '@/slugs'

import { createResident, createStaffMember, createUnit } from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>
let unitId: number
let residentId: number
let generalManager: StaffMember

beforeAll(async () => {
  tb = await startTestbed('approvalChains')
  ;({ payload, rest, staff, tokenOf } = tb)
  generalManager = await createStaffMember(payload, {
    email: 'gm@test.local',
    password: TEST_PASSWORD,
    roles: ['general-manager'],
  })
  const unit = await createUnit(payload, { building: '5栋', number: '0601' })
  unitId = unit.id
  residentId = (await createResident(payload, { units: [unit.id], name: '钱业主' })).id
})

afterAll(async () => {
  await tb?.shutdown()
})

type ChainBody = { doc: ApprovalChain } & ErrorBody

const chainByKey = async (key: string) =>
  (
    await payload.find({
      collection: slugs.approvalChains,
      where: { key: { equals: key } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
  ).docs[0]
const chainCount = async () =>
  (await payload.count({ collection: slugs.approvalChains, overrideAccess: true })).totalDocs
const patchChain = async (id: number, member: StaffMember, body: Record<string, unknown>) =>
  rest.patch<ChainBody>(`/approval-chains/${id}`, { token: await tokenOf(member), body })
const createChain = async (member: StaffMember, body: Record<string, unknown>) =>
  rest.post<ChainBody>('/approval-chains', { token: await tokenOf(member), body })
const stepsOf = (chain: ApprovalChain) =>
  (chain.steps ?? []).map(({ key, roles, designation, meaning, labelZh, labelEn }) => ({
    key,
    roles,
    designation,
    meaning,
    labelZh,
    labelEn,
  }))
const approval = async (id: number, action: 'approve' | 'reject', member: StaffMember) =>
  rest.post<{ doc: Violation } & ErrorBody>(`/approvals/violations/${id}/${action}`, {
    token: await tokenOf(member),
    body: {},
  })

/** A general case with a compensation decision drafted by the site manager. */
const draftedCase = async (damage = 800, severity = 'general', drafter?: StaffMember) => {
  const created = await rest.post<{ doc: Violation } & ErrorBody>('/violations', {
    token: await tokenOf(staff['security-guard']),
    body: {
      kind: 'civility',
      subKind: 'hoarding',
      severity,
      unit: unitId,
      resident: residentId,
      location: '5栋6楼消防通道',
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      description: '楼道内堆放杂物',
    },
  })
  const id = created.body.doc.id
  for (const [member, body] of [
    [staff['security-guard'], { measure: 'persuasion', outcome: '当场劝阻' }],
    [
      staff['site-captain'],
      {
        measure: 'rectification',
        outcome: '限期整改',
        deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      },
    ],
  ] as const) {
    const res = await tb.act(member, slugs.violations, id, 'record-measure', { ...body })
    expect(res.status).toBe(200)
  }
  const drafted = await rest.patch<{ doc: Violation } & ErrorBody>(`/violations/${id}`, {
    token: await tokenOf(drafter ?? staff['site-manager']),
    body: { decision: { measure: 'compensation', facts: '逾期未清理，产生清运费', damage } },
  })
  expect(drafted.status).toBe(200)
  return id
}

describe('the chains as data', () => {
  it('should write the code’s chains as the defaults on first use, and run a case on them', async () => {
    const id = await draftedCase()
    const proposed = await approval(id, 'approve', staff['site-manager'])
    expect(proposed.status).toBe(200)
    const general = await chainByKey('violation-general')
    expect(general).toMatchObject({ collectionSlug: 'violations', version: 1, active: true })
    expect(general.conditions?.severities).toEqual(['general'])
    expect(stepsOf(general).map((s) => [s.key, s.roles, s.meaning])).toEqual([
      ['propose', ['site-manager'], 'proposed'],
      ['review', ['property-manager'], 'reviewed'],
      ['sign', ['director'], 'approved'],
    ])
    expect(proposed.body.doc.approval).toMatchObject({
      chain: 'violation-general',
      chainId: general.id,
      chainVersion: 1,
      awaitingRoles: ',property-manager,',
    })
    const keys = (
      await payload.find({ collection: slugs.approvalChains, pagination: false, depth: 0 })
    ).docs.map((c) => c.key)
    expect(keys.sort()).toEqual(
      [
        'destruction',
        'document-director',
        'document-manager',
        'loan',
        'quarterly-analysis',
        'violation-general',
        'violation-major',
      ].sort(),
    )
  })

  it('should let only the director and the administrator edit a chain (403, nothing changed)', async () => {
    const chain = await chainByKey('violation-major')
    const before = await chainByKey('violation-major')
    for (const member of [staff['property-manager'], staff['site-manager'], staff['cs-clerk']]) {
      expect((await patchChain(chain.id, member, { name: '改名' })).status).toBe(403)
      expect(
        (
          await rest.delete(`/approval-chains/${chain.id}`, {
            token: await tokenOf(member),
          })
        ).status,
      ).toBe(403)
    }
    const count = await chainCount()
    const created = await createChain(staff['property-manager'], {
      name: 'x',
      key: 'x',
      collectionSlug: 'violations',
      active: false,
      steps: [{ roles: ['director'], meaning: 'proposed' }],
    })
    expect(created.status).toBe(403)
    expect(await chainCount()).toBe(count)
    expectUnchanged(before, await chainByKey('violation-major'))
    // The administrator may: a rename is a change like any other (a new version).
    const renamed = await patchChain(chain.id, staff.admin, { name: '重大违章审批' })
    expect(renamed.status).toBe(200)
    expect(renamed.body.doc.version).toBe(2)
  })
})

describe('the guard rails (400 naming the field and the rule, nothing saved)', () => {
  const refusedWith = async (
    key: string,
    body: Record<string, unknown>,
    path: string,
    rule: string,
  ) => {
    const chain = await chainByKey(key)
    const res = await patchChain(chain.id, staff.director, body)
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual([path])
    expect(JSON.stringify(res.body)).toContain(rule)
    expectUnchanged(chain, await chainByKey(key))
  }

  it('should refuse a penalty chain whose last step is not the director alone', async () => {
    const chain = await chainByKey('violation-general')
    await refusedWith(
      'violation-general',
      {
        steps: [
          ...stepsOf(chain).slice(0, 2),
          { roles: ['property-manager'], meaning: 'approved' },
        ],
      },
      'steps.2.roles',
      'penalty-director-signs',
    )
  })

  it('should refuse an empty chain and a step without a role', async () => {
    await refusedWith('violation-general', { steps: [] }, 'steps', 'empty')
    const chain = await chainByKey('violation-general')
    const steps = stepsOf(chain)
    await refusedWith(
      'violation-general',
      { steps: [steps[0], { ...steps[1], roles: [] }, steps[2]] },
      'steps.1.roles',
      'step-without-signer',
    )
  })

  it('should refuse a role that may not read the collection', async () => {
    // Complaint reports are for managers: a guard cannot sign what they may not read.
    const chain = await chainByKey('quarterly-analysis')
    const steps = stepsOf(chain)
    await refusedWith(
      'quarterly-analysis',
      { steps: [steps[0], { ...steps[1], roles: ['security-guard'] }, steps[2]] },
      'steps.1.roles',
      'role-cannot-read',
    )
  })

  it('should refuse a controlled document chain that does not end with a manager', async () => {
    const chain = await chainByKey('document-manager')
    const steps = stepsOf(chain)
    await refusedWith(
      'document-manager',
      { steps: [steps[0], steps[1], { ...steps[2], roles: ['document-controller'] }] },
      'steps.2.roles',
      'document-manager-approves',
    )
  })

  it('should refuse one person signing two steps unless the office allows it', async () => {
    const chain = await chainByKey('violation-general')
    const steps = stepsOf(chain)
    await refusedWith(
      'violation-general',
      { steps: [steps[0], { ...steps[1], roles: ['site-manager'] }, steps[2]] },
      'steps.1.roles',
      'separation-of-duties',
    )
  })

  it('should refuse conditions that make two chains match the same case', async () => {
    const count = await chainCount()
    const general = await chainByKey('violation-general')
    const res = await createChain(staff.director, {
      name: '所有违章',
      key: 'violation-any',
      collectionSlug: 'violations',
      conditions: { severities: [] },
      steps: stepsOf(general).map(({ key, roles, meaning }) => ({ key, roles, meaning })),
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['conditions'])
    expect(JSON.stringify(res.body)).toContain('overlap')
    expect(await chainCount()).toBe(count)
    // Widening an existing chain into another's cases is refused the same way.
    await refusedWith(
      'violation-major',
      { conditions: { severities: ['major', 'general'] } },
      'conditions',
      'overlap',
    )
  })
})

describe('a chain edited while cases are in flight', () => {
  it('should finish the old case on its old chain, start new cases on the new one, and keep the history', async () => {
    const general = await chainByKey('violation-general')
    const oldCase = await draftedCase()
    expect((await approval(oldCase, 'approve', staff['site-manager'])).status).toBe(200)
    const startedOn = (await tb.reread(slugs.violations, oldCase)).approval
    expect(startedOn?.chainVersion).toBe(general.version)

    // The director adds the general manager's review before the signature.
    const steps = stepsOf(general)
    const edited = await patchChain(general.id, staff.director, {
      steps: [
        steps[0],
        steps[1],
        {
          key: 'gm-review',
          roles: ['general-manager'],
          meaning: 'reviewed',
          labelZh: '总经理审核',
          labelEn: 'General manager reviews',
        },
        steps[2],
      ],
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.version).toBe(Number(general.version) + 1)

    // A chain cases are on is not deleted.
    const count = await chainCount()
    const deleted = await rest.delete(`/approval-chains/${general.id}`, {
      token: await tokenOf(staff.director),
    })
    expect(deleted.status).toBe(409)
    expect(await chainCount()).toBe(count)
    expectUnchanged(edited.body.doc.version, (await chainByKey('violation-general')).version)

    // The old case: property manager, then straight to the director (its version has 3 steps).
    const reviewed = await approval(oldCase, 'approve', staff['property-manager'])
    expect(reviewed.body.doc.approval).toMatchObject({ step: 2, awaitingRoles: ',director,' })
    expect((await approval(oldCase, 'approve', staff.director)).status).toBe(200)
    const finished = await tb.reread(slugs.violations, oldCase)
    expect(finished.approval?.status).toBe('approved')
    expect(finished.effective).toBe(true)

    // A new case follows the new version: the general manager reviews before the director signs.
    const newCase = await draftedCase()
    const proposed = await approval(newCase, 'approve', staff['site-manager'])
    expect(proposed.body.doc.approval).toMatchObject({ chainVersion: edited.body.doc.version })
    expect((await approval(newCase, 'approve', staff['property-manager'])).status).toBe(200)
    const early = await tb.reread(slugs.violations, newCase)
    expect((await approval(newCase, 'approve', staff.director)).status).toBe(403)
    expectUnchanged(early, await tb.reread(slugs.violations, newCase))
    const gm = await approval(newCase, 'approve', generalManager)
    expect(gm.status).toBe(200)
    expect(gm.body.doc.approval).toMatchObject({ step: 3, awaitingRoles: ',director,' })
    expect((await approval(newCase, 'approve', staff.director)).status).toBe(200)
    expect((await tb.reread(slugs.violations, newCase)).effective).toBe(true)

    // The history: every version kept (old and new steps), every change audited with its author.
    const versions = await payload.findVersions({
      collection: slugs.approvalChains,
      where: { parent: { equals: general.id } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(versions.docs.map((v) => (v.version.steps ?? []).length)).toEqual([3, 4])
    const audit = await payload.find({
      collection: slugs.auditLog,
      where: {
        and: [
          { collectionSlug: { equals: slugs.approvalChains } },
          { docId: { equals: String(general.id) } },
          { action: { equals: 'update' } },
        ],
      },
      depth: 0,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({ user: staff.director.id })
    expect(audit.docs[0].changedFields).toEqual(['steps'])
    const changes = audit.docs[0].changes as Record<string, { from: unknown[]; to: unknown[] }>
    expect([changes.steps.from.length, changes.steps.to.length]).toEqual([3, 4])
  })

  it('should pick a chain by the decision’s amount', async () => {
    const general = await chainByKey('violation-general')
    // Up to ¥1,000 the general chain; above it a chain of its own (same steps here: the point is
    // which chain the amount picks).
    const small = await patchChain(general.id, staff.director, {
      conditions: { severities: ['general'], amountUpTo: 1000 },
    })
    expect(small.status).toBe(200)
    const steps = stepsOf(general)
    const large = await createChain(staff.director, {
      name: '一般违章（金额超过1000元）',
      key: 'violation-general-large',
      collectionSlug: 'violations',
      conditions: { severities: ['general'], amountOver: 1000 },
      steps: steps.map(({ key, roles, meaning, labelZh, labelEn }) => ({
        key,
        roles,
        meaning,
        labelZh,
        labelEn,
      })),
    })
    expect(large.status).toBe(201)
    const bigCase = await draftedCase(2000)
    const proposed = await approval(bigCase, 'approve', staff['site-manager'])
    expect(proposed.body.doc.approval).toMatchObject({
      chain: 'violation-general-large',
      chainId: large.body.doc.id,
    })
    const smallCase = await draftedCase(500)
    expect(
      (await approval(smallCase, 'approve', staff['site-manager'])).body.doc.approval,
    ).toMatchObject({
      chain: 'violation-general',
    })

    // The chain's view: its steps, the cases at each, and the preview for a case like this one.
    type Overview = {
      conditions: { en: string }
      steps: Array<{ key: string; cases: Array<{ id: number }> }>
      preview: { applies: boolean; en: string } | null
    }
    const overview = await rest.get<Overview>(
      `/approval-chains/${large.body.doc.id}/overview?severity=general&amount=2000`,
      { token: await tokenOf(staff.director) },
    )
    expect(overview.status).toBe(200)
    expect(overview.body.conditions.en).toBe('General · amount over ¥1,000')
    expect(overview.body.steps[1].cases.map((c) => c.id)).toEqual([bigCase])
    expect(overview.body.preview).toMatchObject({ applies: true })
    expect(overview.body.preview?.en).toContain('violation-general-large')
    const major = await chainByKey('violation-major')
    const elsewhere = await rest.get<Overview>(
      `/approval-chains/${large.body.doc.id}/overview?severity=major&amount=2000`,
      { token: await tokenOf(staff.director) },
    )
    expect(elsewhere.body.preview).toMatchObject({ applies: false })
    expect(elsewhere.body.preview?.en).toContain(major.key)
  })

  it('should let the designated office head act on a step that names the designation', async () => {
    // The office head (指定人员) is the site captain here; the major chain's review is theirs.
    await payload.updateGlobal({
      slug: 'office-settings',
      data: { officeHead: staff['site-captain'].id },
      overrideAccess: true,
    })
    const major = await chainByKey('violation-major')
    const steps = stepsOf(major)
    const edited = await patchChain(major.id, staff.director, {
      steps: [
        steps[0],
        {
          key: 'head',
          roles: [],
          designation: 'office-head',
          meaning: 'reviewed',
          labelZh: '主任审核',
        },
        steps[1],
      ],
    })
    expect(edited.status).toBe(200)
    const id = await draftedCase(600, 'major', staff['property-manager'])
    expect((await approval(id, 'approve', staff['property-manager'])).status).toBe(200)
    const waiting = await tb.reread(slugs.violations, id)
    // What waits for whom: the office head sees the case, a manager whose roles the step does
    // not name does not.
    const mine = async (member: StaffMember) =>
      (
        await rest.get<{ waiting: Array<{ collection: string; id: number }> }>('/approvals/mine', {
          token: await tokenOf(member),
        })
      ).body.waiting.filter((w) => w.collection === slugs.violations && w.id === id)
    expect(await mine(staff['site-captain'])).toHaveLength(1)
    expect(await mine(staff['site-manager'])).toHaveLength(0)
    for (const member of [staff.director, staff['site-manager']]) {
      expect((await approval(id, 'approve', member)).status).toBe(403)
    }
    expectUnchanged(waiting, await tb.reread(slugs.violations, id))
    const byHead = await approval(id, 'approve', staff['site-captain'])
    expect(byHead.status).toBe(200)
    expect(byHead.body.doc.approval).toMatchObject({ step: 2, awaitingRoles: ',director,' })
    expect((await approval(id, 'approve', staff.director)).status).toBe(200)
    expect((await tb.reread(slugs.violations, id)).effective).toBe(true)
  })
})
