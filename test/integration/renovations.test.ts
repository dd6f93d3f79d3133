import type { Payload } from 'payload'

import { relationId } from '@/domain/relations'
import { localDate, localParts, zonedTime } from '@/domain/time'
import type { TableReport } from '@/domain/tableReport'
import type { Renovation, Violation, WorkerPass } from '@/payload-types'
import { slugs } from '@/slugs'

import { createComplaint, createResident, createUnit } from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import { errorPaths } from '../helpers/payload'
import type { StaffMember } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

/**
 * Issue 18 item 4: renovation (装修) — the application inside the office's hours, the deposit and
 * agreement, the site manager's approval, workers' passes issued from the approved renovation
 * (never outliving it; in the passes register), inspections, breaches on the renovation procedure
 * of the violations, noise complaints linked, the deposit returned or withheld. Refusals re-read.
 */

const TZ = 'Asia/Shanghai'
const DAY = 86_400_000

let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>
let unitId: number
let residentId: number

/** Noon in Shanghai `days` from today, as the admin's date picker stores a day. */
const day = (days: number) => `${localDate(new Date(Date.now() + days * DAY), TZ)}T04:00:00.000Z`

/** The last weekday before today, at `hour:00` in Shanghai (a time in the past on a working day). */
const lastWeekdayAt = (hour: number) => {
  for (let back = 1; back <= 7; back++) {
    const p = localParts(new Date(Date.now() - back * DAY), TZ)
    const weekday = new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()
    if (weekday >= 1 && weekday <= 5)
      return zonedTime(TZ, p.year, p.month, p.day, hour).toISOString()
  }
  throw new Error('no weekday in the last week')
}

beforeAll(async () => {
  tb = await startTestbed('renovations')
  ;({ payload, rest, staff, tokenOf } = tb)
  const resident = await createResident(payload, { name: '孙业主' })
  residentId = resident.id
  unitId = relationId(resident.units[0]) as number
})

afterAll(async () => {
  await tb?.shutdown()
})

type Answer = { doc: Renovation } & ErrorBody
const application = (extra: Record<string, unknown> = {}, unit = unitId) => ({
  unit,
  resident: residentId,
  contractorName: '美家装饰工程有限公司',
  contractorLicence: '91310000MA1234567X',
  contractorContact: '李工 13900000001',
  scope: '厨房卫生间翻新，更换地砖，墙面刷漆',
  startDate: day(-7),
  endDate: day(30),
  requestedHours: [
    { start: '08:00', end: '12:00', noisy: false },
    { start: '14:30', end: '17:30', noisy: true },
  ],
  workers: [
    { name: '赵师傅', idNumber: '110101199003077777', phone: '13700000001' },
    { name: '钱师傅', idNumber: '110101199104088888', phone: '13700000002' },
  ],
  ...extra,
})
const apply = async (member: StaffMember, extra: Record<string, unknown> = {}, unit?: number) =>
  rest.post<Answer>('/renovations?depth=0', {
    token: await tokenOf(member),
    body: application(extra, unit),
  })
const reread = (id: number) => tb.reread(slugs.renovations, id)
const count = async (collection: 'renovations' | 'worker-passes' | 'violations') =>
  (await payload.count({ collection })).totalDocs

/** An application signed, paid and approved, through the real endpoints. */
const approvedRenovation = async (unit?: number) => {
  const { doc } = (await apply(staff['cs-clerk'], { agreement: { signedAt: day(-8) } }, unit)).body
  expect(
    (await tb.act(staff['cs-clerk'], slugs.renovations, doc.id, 'record-deposit', { amount: 2000 }))
      .status,
  ).toBe(200)
  expect((await tb.act(staff['site-manager'], slugs.renovations, doc.id, 'approve')).status).toBe(
    200,
  )
  return reread(doc.id)
}

describe('renovation applications (装修申请)', () => {
  let id: number

  it('should record an application from the front desk, numbered and waiting for approval', async () => {
    const res = await apply(staff['cs-clerk'])
    expect(res.status).toBe(201)
    id = res.body.doc.id
    expect(res.body.doc).toMatchObject({ status: 'applied', deposit: { status: 'none' } })
    expect(res.body.doc.number).toMatch(/^ZX-\d{6}-\d{4}$/)
  })

  it.each([
    ['requestedHours.0.end', { requestedHours: [{ start: '08:00', end: '19:00' }] }],
    ['requestedHours.0.start', { requestedHours: [{ start: '08:00', end: '11:00', noisy: true }] }],
    [
      'requestedHours.1.start',
      {
        requestedHours: [
          { start: '08:00', end: '12:00' },
          { start: '12:30', end: '13:30' },
        ],
      },
    ],
    ['endDate', { endDate: day(200) }],
    ['endDate', { startDate: day(3), endDate: day(1) }],
  ])(
    'should refuse an application outside the permitted hours or dates with 400 naming %s, writing nothing',
    async (path, extra) => {
      const before = await count(slugs.renovations)
      const res = await apply(staff['cs-clerk'], extra)
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toEqual([path])
      expect(await count(slugs.renovations)).toBe(before)
    },
  )

  it('should refuse editing the hours outside the setting, and a guard recording or a client setting the status', async () => {
    const before = await reread(id)
    const edit = await rest.patch<ErrorBody>(`/renovations/${id}`, {
      token: await tokenOf(staff['cs-clerk']),
      body: { requestedHours: [{ start: '07:00', end: '12:00' }] },
    })
    expect(edit.status).toBe(400)
    expect(errorPaths(edit.body)).toEqual(['requestedHours.0.start'])
    const status = await rest.patch(`/renovations/${id}`, {
      token: await tokenOf(staff['cs-clerk']),
      body: { status: 'approved' },
    })
    expect(status.status).toBe(403)
    expectUnchanged(before, await reread(id))
    const n = await count(slugs.renovations)
    expect((await apply(staff['security-guard'])).status).toBe(403)
    expect(await count(slugs.renovations)).toBe(n)
  })

  it("should keep workers' ID numbers and phones from a guard, as residents' phones", async () => {
    const read = async (member: StaffMember) =>
      (await rest.get<Renovation>(`/renovations/${id}?depth=0`, { token: await tokenOf(member) }))
        .body
    const byGuard = await read(staff['security-guard'])
    expect(byGuard.workers?.[0].name).toBe('赵师傅')
    expect(byGuard.workers?.[0]).not.toHaveProperty('idNumber')
    expect(byGuard.workers?.[0]).not.toHaveProperty('phone')
    expect((await read(staff['cs-clerk'])).workers?.[0]).toMatchObject({
      idNumber: '110101199003077777',
      phone: '13700000001',
    })
  })

  it('should refuse a pass for a worker of a renovation not approved (409), by the action or by a direct issue', async () => {
    const doc = await reread(id)
    const before = await count(slugs.workerPasses)
    const byAction = await tb.act(staff['cs-clerk'], slugs.renovations, id, 'issue-pass', {
      worker: doc.workers?.[0].id,
      validFrom: day(0),
      validUntil: day(5),
    })
    expect(byAction.status).toBe(409)
    const direct = await rest.post<ErrorBody>('/worker-passes', {
      token: await tokenOf(staff['cs-clerk']),
      body: {
        workerName: '赵师傅',
        company: 'x',
        unit: unitId,
        renovation: id,
        validFrom: day(0),
        validUntil: day(5),
      },
    })
    expect(direct.status).toBe(409)
    expect(await count(slugs.workerPasses)).toBe(before)
    expectUnchanged(doc, await reread(id))
  })

  it('should refuse approval by a clerk (403) and by the site manager before agreement and deposit (409), changing nothing', async () => {
    const before = await reread(id)
    for (const member of [staff['cs-clerk'], staff['property-manager'], staff.director]) {
      const res = await tb.act(member, slugs.renovations, id, 'approve')
      expect(res.status).toBe(403)
    }
    expect((await tb.act(staff['site-manager'], slugs.renovations, id, 'approve')).status).toBe(409)
    expectUnchanged(before, await reread(id))
  })

  it('should record the deposit once (received by the clerk), then let the site manager approve', async () => {
    const paid = await tb.act(staff['cs-clerk'], slugs.renovations, id, 'record-deposit', {
      amount: 3000,
    })
    expect(paid.status).toBe(200)
    const held = await reread(id)
    expect(held.deposit).toMatchObject({
      status: 'held',
      amount: 3000,
      receivedBy: staff['cs-clerk'].id,
    })
    expect(
      (await tb.act(staff['cs-clerk'], slugs.renovations, id, 'record-deposit', { amount: 1 }))
        .status,
    ).toBe(409)
    expectUnchanged(held, await reread(id))

    expect((await tb.act(staff['site-manager'], slugs.renovations, id, 'approve')).status).toBe(409)
    const signed = await rest.patch(`/renovations/${id}`, {
      token: await tokenOf(staff['cs-clerk']),
      body: { agreement: { number: 'ZXXY-2026-001', signedAt: day(-8) } },
    })
    expect(signed.status).toBe(200)
    const approved = await tb.act(staff['site-manager'], slugs.renovations, id, 'approve', {
      note: '同意',
    })
    expect(approved.status).toBe(200)
    expect(await reread(id)).toMatchObject({
      status: 'approved',
      decidedBy: staff['site-manager'].id,
    })
  })

  it('should refuse changing the approved dates (409), nothing changed', async () => {
    const before = await reread(id)
    const res = await rest.patch(`/renovations/${id}`, {
      token: await tokenOf(staff['cs-clerk']),
      body: { endDate: day(60) },
    })
    expect(res.status).toBe(409)
    expectUnchanged(before, await reread(id))
  })

  it('should issue passes from the approved renovation that never outlive it, listed in the passes register', async () => {
    const doc = await reread(id)
    const worker = doc.workers?.[0].id
    const before = await count(slugs.workerPasses)
    const late = await tb.act(staff['cs-clerk'], slugs.renovations, id, 'issue-pass', {
      worker,
      validFrom: day(0),
      validUntil: day(31),
    })
    expect(late.status).toBe(400)
    expect(errorPaths(late.body)).toEqual(['validUntil'])
    const direct = await rest.post<ErrorBody>('/worker-passes', {
      token: await tokenOf(staff['cs-clerk']),
      body: {
        workerName: '钱师傅',
        company: 'x',
        unit: unitId,
        renovation: id,
        validFrom: day(0),
        validUntil: day(45),
      },
    })
    expect(direct.status).toBe(400)
    expect(errorPaths(direct.body)).toEqual(['validUntil'])
    const stranger = await tb.act(staff['cs-clerk'], slugs.renovations, id, 'issue-pass', {
      worker: 'nobody',
      validFrom: day(0),
      validUntil: day(5),
    })
    expect(errorPaths(stranger.body)).toEqual(['worker'])
    expect(await count(slugs.workerPasses)).toBe(before)

    const res = await tb.act(staff['cs-clerk'], slugs.renovations, id, 'issue-pass', {
      worker,
      validFrom: day(0),
      validUntil: day(30),
    })
    expect(res.status).toBe(200)
    const pass = (res.body as unknown as { pass: WorkerPass }).pass
    expect(await tb.reread(slugs.workerPasses, pass.id)).toMatchObject({
      workerName: '赵师傅',
      idNumber: '110101199003077777',
      company: '美家装饰工程有限公司',
      unit: unitId,
      renovation: id,
      status: 'issued',
    })
    const today = localDate(new Date(), TZ)
    const register = await rest.get<TableReport & ErrorBody>(
      `/reports/registers/passes?from=${today}&to=${today}`,
      { token: await tokenOf(staff['site-manager']) },
    )
    expect(register.body.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ number: pass.number, workerName: '赵师傅' }),
      ]),
    )
  })

  it('should record an inspection and turn work seen outside the permitted hours into a renovation violation', async () => {
    const violations = await count(slugs.violations)
    const quiet = await tb.act(staff['site-captain'], slugs.renovations, id, 'inspect', {
      at: lastWeekdayAt(9),
      stage: 'during',
      result: 'pass',
      workObserved: 'quiet',
      note: '现场整洁',
    })
    expect(quiet.status).toBe(200)
    expect(await count(slugs.violations)).toBe(violations)
    const late = await tb.act(staff['site-captain'], slugs.renovations, id, 'inspect', {
      at: lastWeekdayAt(21),
      stage: 'during',
      result: 'fail',
      workObserved: 'noisy',
      note: '晚上九点仍在切割瓷砖',
    })
    expect(late.status).toBe(200)
    const violation = (late.body as unknown as { violation: Violation }).violation
    expect(await tb.reread(slugs.violations, violation.id)).toMatchObject({
      kind: 'renovation',
      subKind: 'noisy-hours',
      renovation: id,
      unit: unitId,
      nextMeasure: 'stop-work',
    })
    const doc = await reread(id)
    expect(doc.inspections?.map((i) => [i.inspector, Boolean(i.breach)])).toEqual([
      [staff['site-captain'].id, false],
      [staff['site-captain'].id, true],
    ])
  })

  it('should refuse a noise report within the permitted hours (400 naming at) and a clerk inspecting (403)', async () => {
    const before = await reread(id)
    const violations = await count(slugs.violations)
    const within = await tb.act(staff['security-guard'], slugs.renovations, id, 'report-breach', {
      subKind: 'noisy-hours',
      at: lastWeekdayAt(10),
      description: '电钻声',
    })
    expect(within.status).toBe(400)
    expect(errorPaths(within.body)).toEqual(['at'])
    const clerk = await tb.act(staff['cs-clerk'], slugs.renovations, id, 'inspect', {
      stage: 'during',
      result: 'pass',
    })
    expect(clerk.status).toBe(403)
    expect(await count(slugs.violations)).toBe(violations)
    expectUnchanged(before, await reread(id))
  })

  it('should link a noise complaint about the unit under renovation, and no other complaint', async () => {
    const household = { unit: unitId, resident: residentId }
    const noise = await createComplaint(payload, { ...household, category: 'renovation-noise' })
    expect(relationId(noise.renovation)).toBe(id)
    const other = await createComplaint(payload, { ...household, category: 'cleaning-greenery' })
    expect(other.renovation ?? null).toBeNull()
    const elsewhere = await createComplaint(payload, {
      unit: (await createUnit(payload, { number: '902' })).id,
      visitorName: '访客',
      visitorPhone: '13800000009',
      category: 'renovation-noise',
    })
    expect(elsewhere.renovation ?? null).toBeNull()
  })

  it('should print the approval form (装修申请审批表) as the reader may see it, uncontrolled while no entry controls it', async () => {
    const print = async (member: StaffMember) =>
      rest.get<Uint8Array>(`/renovations/${id}/approval.pdf`, { token: await tokenOf(member) })
    const byClerk = await print(staff['cs-clerk'])
    expect(byClerk.status).toBe(200)
    const { text } = await pdfText(byClerk.body)
    for (const expected of [
      '装修申请审批表',
      '未受控副本',
      (await reread(id)).number ?? '',
      '美家装饰工程有限公司',
      '14:30–17:30（噪音作业）',
      '赵师傅',
      '110101199003077777',
      '3000.00 元',
      '同意',
      '现场经理审批',
    ]) {
      expect(text).toContain(expected)
    }
    const byGuard = await pdfText((await print(staff['security-guard'])).body)
    expect(byGuard.text).toContain('赵师傅')
    expect(byGuard.text).not.toContain('110101199003077777')
    expect((await print(staff.engineer)).status).toBe(200)
  })

  it('should settle the deposit once after the completion inspection: returning twice is 409, withholding needs a reason', async () => {
    const noReason = await tb.act(
      staff['site-manager'],
      slugs.renovations,
      id,
      'withhold-deposit',
      { reason: ' ' },
    )
    expect(noReason.status).toBe(400)
    expect(errorPaths(noReason.body)).toEqual(['reason'])
    expect(
      (await tb.act(staff['site-manager'], slugs.renovations, id, 'return-deposit')).status,
    ).toBe(409)
    const done = await tb.act(staff['site-captain'], slugs.renovations, id, 'inspect', {
      stage: 'completion',
      result: 'pass',
      note: '竣工验收合格',
    })
    expect(done.status).toBe(200)
    expect((await reread(id)).status).toBe('completed')
    expect((await tb.act(staff['cs-clerk'], slugs.renovations, id, 'return-deposit')).status).toBe(
      403,
    )
    const returned = await tb.act(staff['site-manager'], slugs.renovations, id, 'return-deposit')
    expect(returned.status).toBe(200)
    const after = await reread(id)
    expect(after).toMatchObject({
      status: 'closed',
      deposit: { status: 'returned', settledBy: staff['site-manager'].id, amount: 3000 },
    })
    expect(
      (await tb.act(staff['site-manager'], slugs.renovations, id, 'return-deposit')).status,
    ).toBe(409)
    expect(
      (
        await tb.act(staff['site-manager'], slugs.renovations, id, 'withhold-deposit', {
          reason: '损坏公共设施',
        })
      ).status,
    ).toBe(409)
    expectUnchanged(after, await reread(id))
  })
})

describe('a renovation breach on the renovation procedure (停工 → 限期整改 → 扣除押金)', () => {
  it('should take stop work, rectification and withholding the deposit in order, not the generic ladder', async () => {
    const unit = (await createUnit(payload, { number: '1202' })).id
    const renovation = await approvedRenovation(unit)
    const reported = await tb.act(
      staff['site-captain'],
      slugs.renovations,
      renovation.id,
      'report-breach',
      {
        subKind: 'structural-change',
        description: '拆除承重墙',
      },
    )
    expect(reported.status).toBe(200)
    const vid = (reported.body as unknown as { violation: Violation }).violation.id
    const act = (member: StaffMember, body: Record<string, unknown>) =>
      tb.act(member, slugs.violations, vid, 'record-measure', body)

    const before = await tb.reread(slugs.violations, vid)
    const generic = await act(staff['site-captain'], { measure: 'persuasion', outcome: '劝阻' })
    expect(generic.status).toBe(400)
    expect(errorPaths(generic.body)).toEqual(['measure'])
    const skipped = await act(staff['site-manager'], {
      measure: 'withhold-deposit',
      outcome: '扣押金',
    })
    expect(errorPaths(skipped.body)).toEqual(['skipReason'])
    expectUnchanged(before, await tb.reread(slugs.violations, vid))

    expect(
      (await act(staff['site-captain'], { measure: 'stop-work', outcome: '已责令停工' })).status,
    ).toBe(200)
    const rectify = await act(staff['site-captain'], {
      measure: 'rectification',
      outcome: '限期恢复原状',
      deadline: new Date(Date.now() + 7 * DAY).toISOString(),
    })
    expect(rectify.status).toBe(200)
    expect(await tb.reread(slugs.violations, vid)).toMatchObject({
      status: 'rectifying',
      nextMeasure: 'withhold-deposit',
    })

    const byCaptain = await act(staff['site-captain'], {
      measure: 'withhold-deposit',
      outcome: '逾期未整改',
    })
    expect(byCaptain.status).toBe(403)
    const withheld = await act(staff['site-manager'], {
      measure: 'withhold-deposit',
      outcome: '逾期未恢复',
    })
    expect(withheld.status).toBe(200)
    const violation = await tb.reread(slugs.violations, vid)
    const after = await reread(renovation.id)
    expect(after.deposit).toMatchObject({
      status: 'withheld',
      withheldAmount: 2000,
      settledBy: staff['site-manager'].id,
    })
    expect(after.deposit?.reason).toContain(violation.number)
    expect(after.deposit?.reason).toContain('逾期未恢复')
    // The deposit is gone: a second withholding on the violation refuses, and records nothing.
    const again = await act(staff['site-manager'], { measure: 'withhold-deposit', outcome: '再扣' })
    expect(again.status).toBe(409)
    expectUnchanged(violation, await tb.reread(slugs.violations, vid))
    expectUnchanged(after, await reread(renovation.id))
  })
})
