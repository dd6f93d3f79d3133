import path from 'path'

import type { Payload } from 'payload'

import type { User, Violation } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import { createResident, createStaffMember, createUnit } from '../helpers/factories'
import { runJobs } from '../helpers/fixtures'
import type { Booted, ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { Mailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

type Entry = {
  meaning: string
  round: number
  step: number
  contentHash: string
  sealValid: boolean
  signsCurrentContent: boolean
}

let tb: Testbed
let booted: Booted
let payload: Payload
let rest: RestClient
let mailbox: Mailbox
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>
let managerB: StaffMember
let directorB: StaffMember
let dualRole: StaffMember
let unitId: number
let residentId: number
let unitCode: string

const extraUser = (email: string, roles: User['roles']) =>
  createStaffMember(payload, { email, password: TEST_PASSWORD, roles })

beforeAll(async () => {
  const started = await startTestbed('violations', {
    mail: true,
    env: {
      UPLOAD_DIR: path.resolve('test/.tmp', `uploads-${process.pid}`),
      // On here, to prove the server-only fields hold through GraphQL too.
      ENABLE_GRAPHQL: 'true',
    },
  })
  tb = started
  ;({ booted, payload, rest, mailbox, staff, tokenOf } = started)
  managerB = await extraUser('pm-b@test.local', ['property-manager'])
  directorB = await extraUser('director-b@test.local', ['director'])
  dualRole = await extraUser('dual@test.local', ['site-manager', 'property-manager'])
  const unit = await createUnit(payload, { building: '3栋', number: '1202' })
  unitId = unit.id
  unitCode = String(unit.code)
  const resident = await createResident(payload, {
    units: [unit.id],
    name: '赵业主',
    email: 'zhao@resident.test',
  })
  residentId = resident.id
})

afterAll(async () => {
  await tb?.shutdown()
})

beforeEach(() => mailbox.clear())

const reread = (id: number) => tb.reread(slugs.violations, id)
const logOf = async (id: number) =>
  (
    await payload.find({
      collection: slugs.approvalLog,
      where: { documentId: { equals: String(id) }, collectionSlug: { equals: 'violations' } },
      sort: 'at',
      pagination: false,
    })
  ).docs
// Mail queued by a change (the scheduler may queue its own checks at a minute boundary).
const jobCount = async () =>
  (
    await payload.count({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
    })
  ).totalDocs
const record = async (member: StaffMember, extra: Record<string, unknown> = {}) =>
  rest.post<{ doc: Violation } & ErrorBody>('/violations', {
    token: await tokenOf(member),
    body: {
      kind: 'civility',
      subKind: 'hoarding',
      severity: 'general',
      unit: unitId,
      resident: residentId,
      location: '3栋12楼消防通道',
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      description: '楼道内堆放纸箱及旧家具',
      ...extra,
    },
  })
const act = (id: number, action: string, as: StaffMember, body?: Record<string, unknown>) =>
  tb.act(as, slugs.violations, id, action, body)
const approval = async (
  id: number,
  action: 'approve' | 'reject',
  member: StaffMember,
  body: Record<string, unknown> = {},
) =>
  rest.post<{ doc: Violation } & ErrorBody>(`/approvals/violations/${id}/${action}`, {
    token: await tokenOf(member),
    body,
  })
const patch = async (id: number, member: StaffMember, body: Record<string, unknown>) =>
  rest.patch<{ doc: Violation } & ErrorBody>(`/violations/${id}`, {
    token: await tokenOf(member),
    body,
  })
const history = async (id: number, member: StaffMember = staff.director) =>
  rest.get<{ entries: Entry[]; contentHash: string }>(`/approvals/violations/${id}`, {
    token: await tokenOf(member),
  })

/** A case with a compensation decision drafted by the site manager. */
const draftedCase = async (decision: Record<string, unknown> = {}) => {
  const created = await record(staff['security-guard'])
  const id = created.body.doc.id
  expect(
    (
      await act(id, 'record-measure', staff['security-guard'], {
        measure: 'persuasion',
        outcome: '当场劝阻，住户答应清理',
      })
    ).status,
  ).toBe(200)
  expect(
    (
      await act(id, 'record-measure', staff['site-captain'], {
        measure: 'rectification',
        outcome: '发出限期整改通知',
        deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      })
    ).status,
  ).toBe(200)
  const drafted = await patch(id, staff['site-manager'], {
    decision: {
      measure: 'compensation',
      facts: '逾期未清理，堵塞消防通道，清运产生费用',
      damage: 800,
      ...decision,
    },
  })
  expect(drafted.status).toBe(200)
  return id
}

describe('recording and the measures ladder', () => {
  it('should number a guard’s general case WZ-YYYYMM-NNNN, open, for the site manager', async () => {
    const res = await record(staff['security-guard'])
    expect(res.status).toBe(201)
    const doc = res.body.doc
    expect(doc.number).toMatch(/^WZ-\d{6}-\d{4}$/)
    expect(doc.status).toBe('open')
    expect(doc.responsibleRole).toBe('site-manager')
    expect(doc.nextMeasure).toBe('persuasion')
  })

  it('should route a major case to the property manager', async () => {
    const major = await record(staff['cs-clerk'], { severity: 'major' })
    expect(major.body.doc.responsibleRole).toBe('property-manager')
  })

  it('should let a guard record persuasion, the first measure of the ladder', async () => {
    const doc = (await record(staff['security-guard'])).body.doc
    const persuaded = await act(doc.id, 'record-measure', staff['security-guard'], {
      measure: 'persuasion',
      outcome: '已劝阻',
    })
    expect(persuaded.status).toBe(200)
    expect(persuaded.body.doc.nextMeasure).toBe('rectification')
    const row = persuaded.body.doc.measures?.[0]
    expect(row?.measure).toBe('persuasion')
    expect(row?.staff).toBe(staff['security-guard'].id)
  })

  it('should refuse a sub-kind of another kind, naming the field', async () => {
    const wrong = await record(staff['cs-clerk'], { subKind: 'rent' })
    expect(wrong.status).toBe(400)
    expect(errorPaths(wrong.body)).toContain('subKind')
  })

  it('should refuse a time in the future, naming the field', async () => {
    const future = await record(staff['cs-clerk'], {
      occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect(future.status).toBe(400)
    expect(errorPaths(future.body)).toContain('occurredAt')
  })

  it('should refuse a guard’s notice, a past deadline, skipping without a reason and a decision as a measure', async () => {
    const id = (await record(staff['security-guard'])).body.doc.id
    const before = await reread(id)
    const notice = await act(id, 'record-measure', staff['security-guard'], {
      measure: 'rectification',
      outcome: '限期整改',
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect(notice.status).toBe(403)
    const past = await act(id, 'record-measure', staff['site-captain'], {
      measure: 'rectification',
      outcome: '限期整改',
      deadline: new Date(Date.now() - 86_400_000).toISOString(),
      skipReason: '住户拒绝劝阻',
    })
    expect(past.status).toBe(400)
    expect(errorPaths(past.body)).toEqual(['deadline'])
    const skipped = await act(id, 'record-measure', staff['site-captain'], {
      measure: 'rectification',
      outcome: '限期整改',
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect(skipped.status).toBe(400)
    expect(errorPaths(skipped.body)).toEqual(['skipReason'])
    const decision = await act(id, 'record-measure', staff.director, {
      measure: 'compensation',
      outcome: 'x',
    })
    expect(decision.status).toBe(403)
    expectUnchanged(before, await reread(id))
  })

  it('should let a site captain skip persuasion with a reason, starting rectification', async () => {
    const id = (await record(staff['security-guard'])).body.doc.id
    const withReason = await act(id, 'record-measure', staff['site-captain'], {
      measure: 'rectification',
      outcome: '限期整改',
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
      skipReason: '堵塞消防通道，情况紧急',
    })
    expect(withReason.status).toBe(200)
    expect(withReason.body.doc.status).toBe('rectifying')
    expect(withReason.body.doc.measures?.[0]?.skipReason).toBe('堵塞消防通道，情况紧急')
  })
})

describe('server-only fields', () => {
  it('should refuse setting status or the effective flag by PATCH, bulk PATCH and on create; nothing changes', async () => {
    const id = await draftedCase()
    const before = await reread(id)
    const jobsBefore = await jobCount()
    for (const member of [staff['site-manager'], staff['property-manager'], staff.director]) {
      expect((await patch(id, member, { effective: true })).status).toBe(403)
      expect((await patch(id, member, { status: 'decided' })).status).toBe(403)
      expect((await patch(id, member, { approval: { status: 'approved', step: 2 } })).status).toBe(
        403,
      )
    }
    for (const member of [
      staff['cs-clerk'],
      staff['security-guard'],
      staff.engineer,
      staff['site-captain'],
    ]) {
      expect((await patch(id, member, { effective: true })).status).toBe(403)
    }
    const bulk = await rest.patch(`/violations?where[id][equals]=${id}`, {
      token: await tokenOf(staff.director),
      body: { effective: true, status: 'decided' },
    })
    expect(bulk.status).toBe(403)
    const forgedCreate = await record(staff.director, { effective: true, status: 'decided' })
    expect(forgedCreate.status).toBe(403)
    expectUnchanged(before, await reread(id))
    expect(await logOf(id)).toHaveLength(0)
    expect(await jobCount()).toBe(jobsBefore)
  })

  it('should refuse setting the effective flag or the status through GraphQL', async () => {
    const id = await draftedCase()
    const before = await reread(id)
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const graphql = GRAPHQL_POST(Promise.resolve(booted.config))
    for (const data of ['{ effective: true }', '{ status: decided }']) {
      const res = await graphql(
        new Request('http://localhost:3000/api/graphql', {
          method: 'POST',
          headers: {
            Authorization: `JWT ${await tokenOf(staff.director)}`,
            'Content-Type': 'application/json',
          },
          body: JSON.stringify({
            query: `mutation { updateViolation(id: ${id}, data: ${data}) { id effective status } }`,
          }),
        }),
      )
      const body = (await res.json()) as { errors?: Array<{ message: string }>; data?: unknown }
      expect(body.errors?.[0]?.message).toMatch(/set by the system/)
    }
    expectUnchanged(before, await reread(id))
  })

  it('should compute the amount on the server, ignoring a forged one', async () => {
    const id = await draftedCase({ amount: 1 })
    expect((await reread(id)).decision?.amount).toBe(800)
  })

  it('should refuse a negative damage and a past deadline in the decision, naming each', async () => {
    const id = await draftedCase()
    const before = await reread(id)
    const negative = await patch(id, staff['site-manager'], {
      decision: { ...before.decision, damage: -5 },
    })
    expect(negative.status).toBe(400)
    expect(errorPaths(negative.body)).toContain('decision.damage')
    const past = await patch(id, staff['site-manager'], {
      decision: { ...before.decision, deadline: new Date(Date.now() - 86_400_000).toISOString() },
    })
    expect(past.status).toBe(400)
    expect(errorPaths(past.body)).toContain('decision.deadline')
    expectUnchanged(before, await reread(id))
  })

  it('should cap a compensation at the office’s limit', async () => {
    const id = await draftedCase()
    const before = await reread(id)
    await payload.updateGlobal({ slug: globalSlugs.officeSettings, data: { compensationCap: 500 } })
    try {
      const capped = await patch(id, staff['site-manager'], {
        decision: { ...before.decision, damage: 800 },
      })
      expect(capped.body.doc.decision?.amount).toBe(500)
    } finally {
      await payload.updateGlobal({
        slug: globalSlugs.officeSettings,
        data: { compensationCap: 50000 },
      })
    }
  })

  it('should compute a late fee from the arrears, days overdue and the daily rate', async () => {
    const created = await record(staff['cs-clerk'], {
      kind: 'fee-refusal',
      subKind: 'service-fee',
      description: '拖欠物业管理费 3000 元',
    })
    const id = created.body.doc.id
    const drafted = await patch(id, staff['site-manager'], {
      decision: {
        measure: 'late-fee',
        facts: '经约谈、催缴仍未缴纳',
        arrears: 3000,
        overdueSince: new Date(Date.now() - 100.5 * 86_400_000).toISOString(),
        skipReason: '已电话约谈三次',
      },
    })
    expect(drafted.status).toBe(200)
    expect(drafted.body.doc.decision?.days).toBe(100)
    expect(drafted.body.doc.decision?.amount).toBe(90) // 3000 × 0.03 % × 100 days
  })
})

describe('the approval chain', () => {
  it('should take effect only when the director signs, with every step logged and sealed', async () => {
    const id = await draftedCase()
    // Nobody but the site manager proposes a general case's decision.
    for (const member of [
      staff['cs-clerk'],
      staff['security-guard'],
      staff.engineer,
      staff['site-captain'],
      staff['property-manager'],
    ]) {
      expect((await approval(id, 'approve', member)).status).toBe(403)
    }
    expect(await logOf(id)).toHaveLength(0)

    const proposed = await approval(id, 'approve', staff['site-manager'], {
      comment: '建议赔偿清运费',
    })
    expect(proposed.status).toBe(200)
    expect(proposed.body.doc.approval).toMatchObject({
      status: 'pending',
      step: 1,
      awaitingRoles: ',property-manager,',
    })
    expect(proposed.body.doc.status).toBe('pending-approval')
    expect(proposed.body.doc.effective).toBe(false)

    // The notice of an unsigned decision cannot be issued.
    await patch(id, staff['site-manager'], {}) // no-op
    const early = await rest.post(`/violations/${id}/notices`, {
      token: await tokenOf(staff['site-captain']),
      body: { type: 'public' },
    })
    expect(early.status).toBe(409)

    for (const member of [
      staff['cs-clerk'],
      staff['security-guard'],
      staff.engineer,
      staff['site-captain'],
      staff['site-manager'],
    ]) {
      expect((await approval(id, 'approve', member)).status).toBe(403)
    }
    const before = await reread(id)
    const noComment = await approval(id, 'reject', staff['property-manager'])
    expect(noComment.status).toBe(400)
    expect(errorPaths(noComment.body)).toEqual(['comment'])
    expectUnchanged(before, await reread(id))

    await runJobs(payload)
    mailbox.clear()
    const reviewed = await approval(id, 'approve', staff['property-manager'], { comment: '同意' })
    expect(reviewed.status).toBe(200)
    expect(reviewed.body.doc.approval).toMatchObject({
      status: 'pending',
      step: 2,
      awaitingRoles: ',director,',
    })
    await runJobs(payload)
    expect(mailbox.to(staff.director.email)).toHaveLength(1)

    // The property manager cannot sign the director's step.
    const afterReview = await reread(id)
    const byManager = await approval(id, 'approve', staff['property-manager'])
    expect(byManager.status).toBe(403)
    expectUnchanged(afterReview, await reread(id))
    expect(await logOf(id)).toHaveLength(2)

    const signed = await approval(id, 'approve', staff.director, { comment: '同意，按规定执行' })
    expect(signed.status).toBe(200)
    const doc = await reread(id)
    expect(doc.effective).toBe(true)
    expect(doc.status).toBe('decided')
    expect(doc.approval?.status).toBe('approved')
    expect(doc.amountDue).toBe(800)
    expect(doc.outstanding).toBe(800)
    const last = doc.measures?.at(-1)
    expect(last).toMatchObject({
      measure: 'compensation',
      amount: 800,
      approvedBy: staff.director.id,
    })
    expect(last?.staff).toBe(staff['site-manager'].id)

    const log = await history(id)
    expect(log.body.entries.map((e) => e.meaning)).toEqual(['proposed', 'reviewed', 'approved'])
    expect(new Set(log.body.entries.map((e) => e.contentHash)).size).toBe(1)
    expect(log.body.entries.every((e) => e.sealValid && e.signsCurrentContent)).toBe(true)

    // A second signature on a finished chain is refused.
    expect((await approval(id, 'approve', directorB)).status).toBe(409)
    // The site captains are told there is money to collect.
    await runJobs(payload)
    expect(mailbox.to(staff['site-captain'].email).length).toBeGreaterThan(0)
  })

  it('should return a rejected decision to the proposer and restart the chain on revision', async () => {
    const id = await draftedCase()
    await approval(id, 'approve', staff['site-manager'])
    const rejected = await approval(id, 'reject', staff['property-manager'], {
      comment: '金额依据不足，请附清运发票',
    })
    expect(rejected.status).toBe(200)
    expect(rejected.body.doc.approval).toMatchObject({ status: 'rejected', step: 0, round: 1 })
    expect(rejected.body.doc.effective).toBe(false)
    const mine = await rest.get<{ returned: Array<{ id: number }> }>('/approvals/mine', {
      token: await tokenOf(staff['site-manager']),
    })
    expect(mine.body.returned.map((r) => r.id)).toContain(id)

    // Only the proposer's step may act now: the director cannot sign a rejected decision.
    expect((await approval(id, 'approve', staff.director)).status).toBe(403)

    const doc = await reread(id)
    await patch(id, staff['site-manager'], {
      decision: { ...doc.decision, facts: `${String(doc.decision?.facts)}（附发票）` },
    })
    const again = await approval(id, 'approve', staff['site-manager'])
    expect(again.status).toBe(200)
    expect(again.body.doc.approval).toMatchObject({ status: 'pending', step: 1, round: 2 })
    const log = await history(id)
    expect(log.body.entries.map((e) => [e.round, e.meaning])).toEqual([
      [1, 'proposed'],
      [1, 'rejected'],
      [2, 'proposed'],
    ])
  })

  it('should void the signatures when the decision is edited during approval', async () => {
    const id = await draftedCase()
    await approval(id, 'approve', staff['site-manager'])
    await approval(id, 'approve', staff['property-manager'])
    const doc = await reread(id)
    const edited = await patch(id, staff['property-manager'], {
      decision: { ...doc.decision, damage: 2000 },
    })
    expect(edited.status).toBe(200)
    expect(edited.body.doc.approval).toMatchObject({ status: 'none', step: 0, round: 2 })
    expect(edited.body.doc.status).not.toBe('pending-approval')
    // The director can no longer sign what was reviewed: the chain starts again.
    expect((await approval(id, 'approve', staff.director)).status).toBe(403)
    const log = await history(id)
    expect(log.body.entries).toHaveLength(2)
    expect(log.body.entries.every((e) => e.sealValid && !e.signsCurrentContent)).toBe(true)
  })

  it('should not let one person sign two steps unless the office allows it', async () => {
    const id = await draftedCase()
    expect((await approval(id, 'approve', dualRole)).status).toBe(200)
    const before = await reread(id)
    const twice = await approval(id, 'approve', dualRole)
    expect(twice.status).toBe(403)
    expectUnchanged(before, await reread(id))
    const pm = await rest.get<{ waiting: Array<{ id: number }> }>('/approvals/mine', {
      token: await tokenOf(dualRole),
    })
    expect(pm.body.waiting.map((w) => w.id)).not.toContain(id)

    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { allowSameSigner: true },
    })
    try {
      expect((await approval(id, 'approve', dualRole)).status).toBe(200)
    } finally {
      await payload.updateGlobal({
        slug: globalSlugs.officeSettings,
        data: { allowSameSigner: false },
      })
    }
  })

  it('should list what waits for each user', async () => {
    const id = await draftedCase()
    await approval(id, 'approve', staff['site-manager'])
    const pm = await rest.get<{
      waiting: Array<{ id: number; collection: string; stepLabel: { zh: string } }>
    }>('/approvals/mine', { token: await tokenOf(staff['property-manager']) })
    const item = pm.body.waiting.find((w) => w.id === id && w.collection === 'violations')
    expect(item?.stepLabel.zh).toBe('物业管理经理审核')
    const director = await rest.get<{ waiting: Array<{ id: number }> }>('/approvals/mine', {
      token: await tokenOf(staff.director),
    })
    expect(director.body.waiting.map((w) => w.id)).not.toContain(id)
    const clerk = await rest.get<{ waiting: unknown[]; total: number }>('/approvals/mine', {
      token: await tokenOf(staff['cs-clerk']),
    })
    expect(clerk.body.waiting).toHaveLength(0)
    expect((await rest.get('/approvals/mine')).status).toBe(401)
  })

  it('should let exactly one of two approvers acting on the same step at once succeed', async () => {
    const id = await draftedCase()
    await approval(id, 'approve', staff['site-manager'])
    // Signed in beforehand, so that both requests really arrive together.
    for (const member of [staff['property-manager'], managerB, staff.director, directorB]) {
      await tokenOf(member)
    }
    const [a, b] = await Promise.all([
      approval(id, 'approve', staff['property-manager'], { comment: 'A' }),
      approval(id, 'approve', managerB, { comment: 'B' }),
    ])
    expect([a.status, b.status].sort()).toEqual([200, 409])
    const reviewed = (await logOf(id)).filter((e) => e.meaning === 'reviewed')
    expect(reviewed).toHaveLength(1)

    const [c, d] = await Promise.all([
      approval(id, 'approve', staff.director),
      approval(id, 'approve', directorB),
    ])
    expect([c.status, d.status].sort()).toEqual([200, 409])
    expect((await logOf(id)).filter((e) => e.meaning === 'approved')).toHaveLength(1)
    const doc = await reread(id)
    expect(doc.measures?.filter((m) => m.measure === 'compensation')).toHaveLength(1)
    expect(doc.amountDue).toBe(800)
  })

  it('should refuse any write to the approval log', async () => {
    const id = await draftedCase()
    await approval(id, 'approve', staff['site-manager'])
    const [entry] = await logOf(id)
    const director = await tokenOf(staff.director)
    expect(
      (
        await rest.patch(`/approval-log/${entry.id}`, {
          token: director,
          body: { documentId: '999' },
        })
      ).status,
    ).toBe(403)
    expect((await rest.delete(`/approval-log/${entry.id}`, { token: director })).status).toBe(403)
    expect(
      (await rest.post('/approval-log', { token: director, body: { ...entry, id: undefined } }))
        .status,
    ).toBe(403)
    await expect(
      payload.update({ collection: slugs.approvalLog, id: entry.id, data: { documentId: '999' } }),
    ).rejects.toThrow(/append-only/)
    expect((await logOf(id))[0]).toEqual(entry)
  })

  it('should refuse an approval on a collection without a chain', async () => {
    const unknown = await rest.post<ErrorBody>(`/approvals/units/${unitId}/approve`, {
      token: await tokenOf(staff.director),
    })
    expect(unknown.status).toBe(400)
  })
})

describe('collection and notices', () => {
  it('should refuse payments from anyone but the site captain, and beyond what is outstanding', async () => {
    const id = await draftedCase()
    for (const member of [staff['site-manager'], staff['property-manager'], staff.director]) {
      await approval(id, 'approve', member)
    }
    const before = await reread(id)
    expect(
      (await act(id, 'record-payment', staff['cs-clerk'], { amount: 100, receiptNo: 'R1' })).status,
    ).toBe(403)
    expect(
      (await act(id, 'record-payment', staff.director, { amount: 100, receiptNo: 'R1' })).status,
    ).toBe(403)
    const negative = await act(id, 'record-payment', staff['site-captain'], {
      amount: -1,
      receiptNo: 'R1',
    })
    expect(negative.status).toBe(400)
    expect(errorPaths(negative.body)).toEqual(['amount'])
    const tooMuch = await act(id, 'record-payment', staff['site-captain'], {
      amount: 900,
      receiptNo: 'R1',
    })
    expect(tooMuch.status).toBe(400)
    expectUnchanged(before, await reread(id))
  })

  it('should let the site captain record a payment, lowering what is outstanding', async () => {
    const id = await draftedCase()
    for (const member of [staff['site-manager'], staff['property-manager'], staff.director]) {
      await approval(id, 'approve', member)
    }
    const paid = await act(id, 'record-payment', staff['site-captain'], {
      amount: 300,
      receiptNo: 'SJ-0001',
    })
    expect(paid.status).toBe(200)
    expect(paid.body.doc.outstanding).toBe(500)
  })

  it('should refuse collecting money before the decision is signed', async () => {
    const id = await draftedCase()
    await approval(id, 'approve', staff['site-manager'])
    const early = await act(id, 'record-payment', staff['site-captain'], {
      amount: 100,
      receiptNo: 'R',
    })
    expect(early.status).toBe(409)
  })

  it('should issue a numbered rectification notice, store it, email it, and return the same bytes later', async () => {
    const id = await draftedCase()
    const captain = await tokenOf(staff['site-captain'])
    const bad = await rest.post<ErrorBody>(`/violations/${id}/notices`, {
      token: captain,
      body: { type: 'bogus' },
    })
    expect(bad.status).toBe(400)
    expect(errorPaths(bad.body)).toEqual(['type'])
    expect(
      (
        await rest.post(`/violations/${id}/notices`, {
          token: captain,
          body: { type: 'payment-reminder' },
        })
      ).status,
    ).toBe(409)

    // Issuing is a POST; the GET only serves what was issued.
    expect(
      (await rest.get(`/violations/${id}/notice.pdf?type=rectification`, { token: captain }))
        .status,
    ).toBe(404)
    const issuedNow = await rest.post(`/violations/${id}/notices`, {
      token: captain,
      body: { type: 'rectification' },
    })
    expect(issuedNow.status).toBe(201)
    const first = await rest.get<Uint8Array>(`/violations/${id}/notice.pdf?type=rectification`, {
      token: captain,
    })
    expect(first.status).toBe(200)
    const { text } = await pdfText(first.body)
    expect(text).toContain('限期整改通知书')
    expect(text).toMatch(/TZ-\d{6}-\d{4}/)
    expect(text).toContain(unitCode)
    expect(text).toContain('赵业主')
    expect(text).toContain('盖章')

    // The case changes; the notice handed out does not.
    await patch(id, staff['site-manager'], { location: '3栋12楼（已清理一半）' })
    const again = await rest.get<Uint8Array>(`/violations/${id}/notice.pdf?type=rectification`, {
      token: await tokenOf(staff['cs-clerk']),
    })
    expect(Buffer.from(again.body).equals(Buffer.from(first.body))).toBe(true)
    const issued = await payload.find({
      collection: slugs.issuedNotices,
      where: { violation: { equals: id } },
    })
    expect(issued.totalDocs).toBe(1)

    await runJobs(payload)
    const mails = mailbox.to('zhao@resident.test')
    expect(mails).toHaveLength(1)
    const attachment = mails[0].attachments[0]
    expect(attachment.contentType).toBe('application/pdf')
    expect(Buffer.from(attachment.content).equals(Buffer.from(first.body))).toBe(true)
  })

  it('should issue the public criticism with the approver and date only once the director has signed', async () => {
    const id = await draftedCase()
    for (const member of [staff['site-manager'], staff['property-manager'], staff.director]) {
      await approval(id, 'approve', member)
    }
    const doc = await reread(id)
    await patch(id, staff['site-manager'], {
      decision: { measure: 'public-criticism', facts: '多次整改不到位，予以通报批评' },
    })
    const token = await tokenOf(staff['site-captain'])
    await approval(id, 'approve', staff['site-manager'])
    const issuePublic = () =>
      rest.post(`/violations/${id}/notices`, { token, body: { type: 'public' } })
    expect((await issuePublic()).status).toBe(409)
    await approval(id, 'approve', staff['property-manager'])
    await approval(id, 'approve', staff.director)
    expect((await issuePublic()).status).toBe(201)
    const res = await rest.get<Uint8Array>(`/violations/${id}/notice.pdf?type=public`, { token })
    expect(res.status).toBe(200)
    const { text } = await pdfText(res.body)
    expect(text).toContain('公告')
    expect(text).toContain('通报批评')
    expect(text).toContain(`测试director`)
    expect(doc.amountDue).toBe(800)
    expect((await reread(id)).measures?.map((m) => m.measure)).toEqual([
      'persuasion',
      'rectification',
      'compensation',
      'public-criticism',
    ])
  })
})

describe('rectification deadlines', () => {
  it('should flag an overdue rectification and email the manager in charge once', async () => {
    const id = (await record(staff['cs-clerk'])).body.doc.id
    await act(id, 'record-measure', staff['site-captain'], {
      measure: 'rectification',
      outcome: '限期三日内清理',
      deadline: new Date(Date.now() + 86_400_000).toISOString(),
      skipReason: '紧急',
    })
    await payload.update({
      collection: slugs.violations,
      id,
      data: { rectificationDueAt: new Date(Date.now() - 60_000).toISOString() },
      context: { serverWrite: true },
    })
    const queue = () =>
      payload.jobs.queue({ task: 'flagOverdueRectifications', queue: 'escalations', input: {} })
    await queue()
    await runJobs(payload)
    expect((await reread(id)).rectificationOverdue).toBe(true)
    expect(
      mailbox.to(staff['site-manager'].email).filter((m) => m.subject?.includes('整改逾期')),
    ).toHaveLength(1)
    await queue()
    await runJobs(payload)
    expect(
      mailbox.to(staff['site-manager'].email).filter((m) => m.subject?.includes('整改逾期')),
    ).toHaveLength(1)
    const done = await act(id, 'rectified', staff['site-captain'], { outcome: '已清理完毕' })
    expect(done.status).toBe(200)
    expect(done.body.doc.rectificationOverdue).toBe(false)
    expect(done.body.doc.status).toBe('open')
  })
})
