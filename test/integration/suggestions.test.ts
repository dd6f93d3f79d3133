import fs from 'fs'

import type { Payload } from 'payload'

import { relationId } from '@/domain/relations'
import type { FollowUp, Suggestion, Unit } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import { createComplaint, createResident, createStaffMember } from '../helpers/factories'
import { runJobs } from '../helpers/fixtures'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { Mailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

/**
 * Issue 16, items 3 and 4: suggestions (合理化建议) recorded, sent to the director, adopted with a
 * rectification plan followed as follow-ups or declined, thanked with a notice; and the review
 * (检讨) of a serious complaint by the responsible department's head. Every refusal re-reads.
 */

let tb: Testbed & { mailbox: Mailbox }
let payload: Payload
let rest: RestClient
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>
let unit: Unit
let residentId: number

const DAY = 86_400_000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

beforeAll(async () => {
  tb = await startTestbed('suggestions', { mail: true })
  ;({ payload, rest, staff, tokenOf } = tb)
  const resident = await createResident(payload, { name: '王小梅' })
  residentId = resident.id
  unit = (await payload.findByID({
    collection: slugs.units,
    id: relationId(resident.units[0]) as number,
    depth: 0,
  })) as Unit
})

afterAll(async () => {
  await tb?.shutdown()
})

const followUpsOf = (collection: 'suggestions' | 'complaints', id: number) =>
  payload.find({
    collection: slugs.followUps,
    where: {
      and: [{ 'source.relationTo': { equals: collection } }, { 'source.value': { equals: id } }],
    },
    sort: 'id',
    depth: 0,
  })
const followUpCount = async () => (await payload.count({ collection: slugs.followUps })).totalDocs

describe('suggestions (合理化建议)', () => {
  type Answer = { doc: Suggestion } & ErrorBody
  const record = async (member: StaffMember = staff['cs-clerk'], extra = {}) =>
    rest.post<Answer>('/suggestions', {
      token: await tokenOf(member),
      body: {
        channel: 'visit',
        unit: unit.id,
        residentName: '王女士',
        subject: '地下车库增设行人通道',
        text: '车库人车混行，建议增设行人通道标线和减速带。',
        ...extra,
      },
    })
  const reread = (id: number) => tb.reread(slugs.suggestions, id)
  const thanks = async (id: number, member: StaffMember = staff['cs-clerk']) =>
    rest.get<Uint8Array>(`/suggestions/${id}/thanks.pdf`, { token: await tokenOf(member) })
  const waitingFor = async (member: StaffMember) =>
    (
      await rest.get<{ waiting: Array<{ collection: string; id: number }> }>('/approvals/mine', {
        token: await tokenOf(member),
      })
    ).body.waiting
      .filter((w) => w.collection === slugs.suggestions)
      .map((w) => w.id)
  const adoptBody = () => ({
    plan: '电梯厅至车位增设行人通道标线\n车库转弯处加装减速带',
    owner: staff.engineer.id,
    deadline: inDays(14),
    note: '建议合理，列入本月整改',
  })

  let id: number

  it('should let the front desk record one, waiting for the director, and refuse a guard or a status', async () => {
    tb.mailbox.clear()
    const res = await record()
    expect(res.status).toBe(201)
    id = res.body.doc.id
    expect(res.body.doc.status).toBe('submitted')
    expect(relationId(res.body.doc.recordedBy)).toBe(staff['cs-clerk'].id)

    const before = (await payload.count({ collection: slugs.suggestions })).totalDocs
    expect((await record(staff['security-guard'])).status).toBe(403)
    expect((await record(staff['cs-clerk'], { status: 'adopted' })).status).toBe(403)
    expect((await payload.count({ collection: slugs.suggestions })).totalDocs).toBe(before)
  })

  it('should mail the director and list it in what waits for them (not for others)', async () => {
    await runJobs(payload)
    const mail = tb.mailbox.to(staff.director.email)
    expect(mail.map((m) => m.subject)).toEqual([expect.stringContaining('【合理化建议】')])
    expect(mail[0].text).toContain('地下车库增设行人通道')
    expect(tb.mailbox.to(staff['property-manager'].email)).toHaveLength(0)
    expect(await waitingFor(staff.director)).toContain(id)
    expect(await waitingFor(staff['property-manager'])).not.toContain(id)
  })

  it('should refuse a thank-you notice before it is adopted (409)', async () => {
    expect((await thanks(id)).status).toBe(409)
  })

  it.each<[string, () => StaffMember]>([
    ['the property manager', () => staff['property-manager']],
    ['the general manager (reads as the director, does not act)', () => staff['general-manager']],
    ['the administrator', () => staff.admin],
    ['the clerk who recorded it', () => staff['cs-clerk']],
  ])('should refuse %s adopting or declining with 403, changing nothing', async (_who, who) => {
    const before = await reread(id)
    const count = await followUpCount()
    for (const [action, body] of [
      ['adopt', adoptBody()],
      ['decline', { reason: '不采纳' }],
    ] as const) {
      const res = await tb.act(who(), slugs.suggestions, id, action, body)
      expect(res.status).toBe(403)
    }
    expectUnchanged(before, await reread(id))
    expect(await followUpCount()).toBe(count)
  })

  it.each([
    ['owner', { owner: undefined }],
    ['deadline', { deadline: undefined }],
    ['deadline', { deadline: inDays(-1) }],
    ['plan', { plan: '' }],
    ['plan.1.owner', { plan: [{ text: '标线', owner: 0 }, { text: '减速带' }], owner: undefined }],
  ])(
    'should refuse adopting without a valid %s (400 naming it), nothing written',
    async (field, patch) => {
      const before = await reread(id)
      const count = await followUpCount()
      const body = { ...adoptBody(), ...patch } as Record<string, unknown>
      if (field === 'plan.1.owner')
        (body.plan as Array<Record<string, unknown>>)[0].owner = staff.engineer.id
      const res = await tb.act(staff.director, slugs.suggestions, id, 'adopt', body)
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toEqual([field])
      expectUnchanged(before, await reread(id))
      expect(await followUpCount()).toBe(count)
    },
  )

  it('should refuse an owner who is not on the staff (the administrator), rolling back every write', async () => {
    const before = await reread(id)
    const count = await followUpCount()
    const res = await tb.act(staff.director, slugs.suggestions, id, 'adopt', {
      ...adoptBody(),
      plan: [
        { text: '标线', owner: staff.engineer.id },
        { text: '减速带', owner: staff.admin.id },
      ],
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['plan.1.owner'])
    expectUnchanged(before, await reread(id))
    expect(await followUpCount()).toBe(count)
  })

  it('should let the director adopt it: the plan kept, each measure a follow-up with its owner and deadline', async () => {
    const body = adoptBody()
    const res = await tb.act(staff.director, slugs.suggestions, id, 'adopt', body)
    expect(res.status).toBe(200)
    const doc = await reread(id)
    expect(doc).toMatchObject({
      status: 'adopted',
      decidedBy: staff.director.id,
      decisionNote: '建议合理，列入本月整改',
    })
    const items = (await followUpsOf('suggestions', id)).docs as FollowUp[]
    expect(items.map((f) => [f.sourceKind, f.owner, f.status, f.deadline])).toEqual([
      ['suggestion', staff.engineer.id, 'open', body.deadline],
      ['suggestion', staff.engineer.id, 'open', body.deadline],
    ])
    expect(items[0].title).toContain('增设行人通道标线')
    expect(doc.plan?.map((p) => [p.text, p.followUp])).toEqual([
      ['电梯厅至车位增设行人通道标线', items[0].id],
      ['车库转弯处加装减速带', items[1].id],
    ])
    expect(await waitingFor(staff.director)).not.toContain(id)
    // Decided once.
    const again = await tb.act(staff.director, slugs.suggestions, id, 'decline', { reason: 'x' })
    expect(again.status).toBe(409)
    expectUnchanged(doc, await reread(id))
  })

  it('should print the thank-you notice, uncontrolled while the form is not under document control', async () => {
    const res = await thanks(id)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/pdf')
    if (process.env.THANKS_PDF) fs.writeFileSync(process.env.THANKS_PDF, res.body)
    const { text } = await pdfText(res.body)
    for (const expected of [
      '合理化建议感谢函',
      '未受控副本',
      `${unit.code} 王女士`,
      '地下车库增设行人通道',
      '车库转弯处加装减速带',
      '盖章处',
    ]) {
      expect(text.replace(/\s+/g, ' ')).toContain(expected)
    }
    // Nobody who may not read the suggestion gets it.
    expect((await thanks(id, staff['security-guard'])).status).toBe(403)
  })

  it('should let the director decline one with a reason, and refuse it without (400)', async () => {
    const other = (await record()).body.doc.id
    const before = await reread(other)
    const bare = await tb.act(staff.director, slugs.suggestions, other, 'decline', { reason: ' ' })
    expect(bare.status).toBe(400)
    expect(errorPaths(bare.body)).toEqual(['reason'])
    expectUnchanged(before, await reread(other))
    const res = await tb.act(staff.director, slugs.suggestions, other, 'decline', {
      reason: '车库已列入明年改造计划',
    })
    expect(res.status).toBe(200)
    expect(await reread(other)).toMatchObject({
      status: 'declined',
      decisionNote: '车库已列入明年改造计划',
    })
    expect((await thanks(other)).status).toBe(409)
    expect((await followUpsOf('suggestions', other)).totalDocs).toBe(0)
  })

  it('should refuse a PATCH of a suggestion, even by the director', async () => {
    const before = await reread(id)
    const res = await rest.patch(`/suggestions/${id}`, {
      token: await tokenOf(staff.director),
      body: { subject: '改' },
    })
    expect(res.status).toBe(403)
    expectUnchanged(before, await reread(id))
  })
})

describe('the review of a serious complaint (检讨)', () => {
  let head: StaffMember
  let headsManager: StaffMember
  const reread = (id: number) => tb.reread(slugs.complaints, id)

  beforeAll(async () => {
    headsManager = await createStaffMember(payload, {
      email: 'review-eng-manager@test.local',
      password: TEST_PASSWORD,
      roles: ['site-manager'],
      department: 'engineering',
    })
    head = await createStaffMember(payload, {
      email: 'review-eng-head@test.local',
      password: TEST_PASSWORD,
      roles: ['site-captain'],
      department: 'engineering',
      manager: headsManager.id,
    })
    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { departmentHeads: [{ department: 'engineering', user: head.id }] },
    })
  })

  /** A complaint dispatched to engineering, being handled; resolved with `verdict` if given. */
  const complaint = async (category: string, verdict?: string) => {
    const { id } = await createComplaint(
      payload,
      { unit: unit.id, resident: residentId, category },
      { as: staff['cs-clerk'] },
    )
    expect(
      (
        await tb.act(staff.dispatcher, slugs.complaints, id, 'dispatch', {
          department: 'engineering',
          handler: staff['site-captain'].id,
          deadline: inDays(1),
        })
      ).status,
    ).toBe(200)
    expect((await tb.act(staff['site-captain'], slugs.complaints, id, 'start')).status).toBe(200)
    if (verdict) {
      const resolved = await tb.act(head, slugs.complaints, id, 'resolve', {
        result: '已更换楼道灯',
        verdict,
        verdictNote: '经核实',
      })
      expect(resolved.status).toBe(200)
    }
    return id
  }
  const reviewBody = () => ({
    cause: '巡查不到位，报修单未及时派工',
    measures: '每日巡查楼道照明并登记\n报修单当日派工复核',
    owner: staff['site-captain'].id,
    deadline: inDays(7),
  })

  let substantiated: number

  it('should refuse a review of a complaint that is neither major nor substantiated (409)', async () => {
    const id = await complaint('public-facilities', 'unsubstantiated')
    const before = await reread(id)
    expect(before.reviewStatus).toBe('none')
    const res = await tb.act(head, slugs.complaints, id, 'review', reviewBody())
    expect(res.status).toBe(409)
    expectUnchanged(before, await reread(id))
    expect((await followUpsOf('complaints', id)).totalDocs).toBe(0)
  })

  it('should mark a substantiated complaint as needing its review, offered to its head only', async () => {
    substantiated = await complaint('public-facilities', 'substantiated')
    expect((await reread(substantiated)).reviewStatus).toBe('needed')
    const offered = async (as: StaffMember) =>
      (
        await rest.get<{ actions: Array<{ key: string }> }>(
          `/complaints/${substantiated}/actions`,
          { token: await tokenOf(as) },
        )
      ).body.actions.map((a) => a.key)
    expect(await offered(head)).toContain('review')
    expect(await offered(staff['site-manager'])).not.toContain('review')
  })

  it.each<[string, () => StaffMember]>([
    ['a manager of another line', () => staff['site-manager']],
    ['the handler', () => staff['site-captain']],
    ['a dispatcher', () => staff.dispatcher],
  ])('should refuse %s with 403, changing nothing', async (_who, who) => {
    const before = await reread(substantiated)
    const count = await followUpCount()
    const res = await tb.act(who(), slugs.complaints, substantiated, 'review', reviewBody())
    expect(res.status).toBe(403)
    expectUnchanged(before, await reread(substantiated))
    expect(await followUpCount()).toBe(count)
  })

  it.each(['cause', 'measures', 'owner', 'deadline'])(
    'should refuse a review without its %s (400 naming it), nothing written',
    async (field) => {
      const before = await reread(substantiated)
      const count = await followUpCount()
      const body: Record<string, unknown> = { ...reviewBody(), [field]: '' }
      const res = await tb.act(head, slugs.complaints, substantiated, 'review', body)
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toEqual([field])
      expectUnchanged(before, await reread(substantiated))
      expect(await followUpCount()).toBe(count)
    },
  )

  it('should let the head record it, each measure a follow-up, and show it done when all are done', async () => {
    const body = reviewBody()
    const res = await tb.act(head, slugs.complaints, substantiated, 'review', body)
    expect(res.status).toBe(200)
    const doc = await reread(substantiated)
    expect(doc).toMatchObject({
      reviewStatus: 'recorded',
      reviewCause: body.cause,
      reviewResponsible: staff['site-captain'].id,
      reviewDeadline: body.deadline,
      reviewedBy: head.id,
    })
    const items = (await followUpsOf('complaints', substantiated)).docs as FollowUp[]
    expect(items.map((f) => [f.sourceKind, f.owner, f.deadline])).toEqual([
      ['complaint-review', staff['site-captain'].id, body.deadline],
      ['complaint-review', staff['site-captain'].id, body.deadline],
    ])
    expect(doc.reviewMeasures?.map((m) => m.followUp)).toEqual(items.map((f) => f.id))

    // Recorded once.
    const again = await tb.act(head, slugs.complaints, substantiated, 'review', reviewBody())
    expect(again.status).toBe(409)
    expectUnchanged(doc, await reread(substantiated))

    const complete = (item: FollowUp) =>
      tb.act(staff['property-manager'], slugs.followUps, item.id, 'complete', { note: '已落实' })
    expect((await complete(items[0])).status).toBe(200)
    expect((await reread(substantiated)).reviewStatus).toBe('recorded')
    expect((await complete(items[1])).status).toBe(200)
    expect((await reread(substantiated)).reviewStatus).toBe('done')
  })

  it('should mark a major complaint as needing review from registration, and let the head’s manager record it', async () => {
    const id = await complaint('flooding')
    const before = await reread(id)
    expect(before).toMatchObject({ severity: 'major', reviewStatus: 'needed' })
    const res = await tb.act(headsManager, slugs.complaints, id, 'review', {
      ...reviewBody(),
      measures: [
        { text: '地下室排水泵加装液位报警', owner: staff.engineer.id, deadline: inDays(10) },
      ],
    })
    expect(res.status).toBe(200)
    expect(await reread(id)).toMatchObject({
      reviewStatus: 'recorded',
      reviewedBy: headsManager.id,
    })
    expect((await followUpsOf('complaints', id)).docs.map((f) => f.owner)).toEqual([
      staff.engineer.id,
    ])
  })
})
