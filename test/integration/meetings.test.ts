import fs from 'fs'
import path from 'path'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { nextWeeklyMeeting } from '@/domain/meetings'
import { ensureWeeklyMeeting } from '@/jobs/scheduleWeeklyMeeting'
import { lexicalFromText } from '@/lib/lexical'
import type { ArchivedDocument, Meeting } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import { runJobs } from '../helpers/fixtures'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { StaffMember } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>

const DAY = 86_400_000
const iso = (ms: number) => new Date(Date.now() + ms).toISOString()

beforeAll(async () => {
  tb = await startTestbed('meetings')
  ;({ payload, rest, staff, tokenOf } = tb)
})

afterAll(async () => {
  await tb?.shutdown()
})

type Answer = { doc: Meeting } & ErrorBody

const organise = async (body: Record<string, unknown>, member: StaffMember = staff['cs-clerk']) =>
  rest.post<Answer>('/meetings', { token: await tokenOf(member), body })

/** A department meeting an hour ago, chaired by the site captain, the engineer attending. */
const departmentMeeting = (extra: Record<string, unknown> = {}) => ({
  kind: 'department',
  department: 'engineering',
  title: '工程部月度会议',
  scheduledAt: iso(-3_600_000),
  place: '工程部办公室',
  chair: staff['site-captain'].id,
  attendees: [staff.engineer.id],
  agenda: [{ item: '电梯维保情况' }, { item: '下月维修计划' }],
  minutes: '讨论了电梯维保和下月计划。',
  decisions: [
    { text: '复查1栋电梯门机', owner: staff.engineer.id, deadline: iso(3 * DAY) },
    { text: '编制下月维修计划', owner: staff['site-captain'].id, deadline: iso(7 * DAY) },
  ],
  ...extra,
})

const followUpsOf = (meetingId: number) =>
  payload.find({
    collection: slugs.followUps,
    where: {
      and: [
        { 'source.relationTo': { equals: slugs.meetings } },
        { 'source.value': { equals: meetingId } },
      ],
    },
    sort: 'id',
    depth: 0,
  })

describe('organising a meeting, and who may see it', () => {
  it('should let the office staff organise a meeting, planned, and refuse a guard with 403', async () => {
    const created = await organise(departmentMeeting())
    expect(created.status).toBe(201)
    expect(created.body.doc).toMatchObject({ status: 'planned', kind: 'department' })

    const before = await payload.count({ collection: slugs.meetings })
    const refused = await organise(departmentMeeting(), staff['security-guard'])
    expect(refused.status).toBe(403)
    expect((await payload.count({ collection: slugs.meetings })).totalDocs).toBe(before.totalDocs)
  })

  it('should refuse a client setting the status with 403 and a department meeting without its department with 400', async () => {
    const before = await payload.count({ collection: slugs.meetings })
    expect((await organise(departmentMeeting({ status: 'closed' }))).status).toBe(403)
    const noDepartment = await organise(departmentMeeting({ department: null }))
    expect(noDepartment.status).toBe(400)
    expect(errorPaths(noDepartment.body)).toContain('department')
    expect((await payload.count({ collection: slugs.meetings })).totalDocs).toBe(before.totalDocs)
  })

  it('should let attendees read their meeting but not edit it, and hide it from others', async () => {
    const { id } = (await organise(departmentMeeting())).body.doc
    const asEngineer = await rest.get<Answer>(`/meetings/${id}`, {
      token: await tokenOf(staff.engineer),
    })
    expect(asEngineer.status).toBe(200)
    const before = await tb.reread(slugs.meetings, id)
    const edit = await rest.patch(`/meetings/${id}`, {
      token: await tokenOf(staff.engineer),
      body: { title: '改名' },
    })
    expect(edit.status).toBe(403)
    expectUnchanged(before, await tb.reread(slugs.meetings, id))
    const asGuard = await rest.get(`/meetings/${id}`, {
      token: await tokenOf(staff['security-guard']),
    })
    expect(asGuard.status).toBe(404)
    const list = await rest.get<{ docs: Meeting[] }>('/meetings?limit=100', {
      token: await tokenOf(staff['security-guard']),
    })
    expect(list.body.docs.map((m) => m.id)).not.toContain(id)
  })

  it('should refuse a client linking a decision to a follow-up by hand', async () => {
    const fake = await payload.create({
      collection: slugs.followUps,
      data: {
        title: '别处的事项',
        owner: staff.engineer.id,
        deadline: iso(DAY),
        sourceKind: 'other',
      },
    })
    const decisions = departmentMeeting().decisions.map((d) => ({ ...d, followUp: fake.id }))
    expect((await organise(departmentMeeting({ decisions }))).status).toBe(403)
  })
})

describe('holding a meeting: minutes, and a follow-up for every decision', () => {
  it('should refuse a bystander with 403 and change nothing', async () => {
    const { id } = (await organise(departmentMeeting())).body.doc
    const before = await tb.reread(slugs.meetings, id)
    const res = await tb.act(staff['security-guard'], slugs.meetings, id, 'hold')
    expect([403, 404]).toContain(res.status)
    const attendee = await tb.act(staff.engineer, slugs.meetings, id, 'hold')
    expect(attendee.status).toBe(403)
    expectUnchanged(before, await tb.reread(slugs.meetings, id))
    expect((await followUpsOf(id)).totalDocs).toBe(0)
  })

  it('should record the minutes and create the decisions’ follow-ups, linked both ways, when the chair holds it', async () => {
    const { id } = (await organise(departmentMeeting())).body.doc
    const res = await tb.act(staff['site-captain'], slugs.meetings, id, 'hold', {
      minutes: '会议纪要：电梯维保正常，下月计划待编。',
    })
    expect(res.status).toBe(200)
    const meeting = await tb.reread(slugs.meetings, id)
    expect(meeting).toMatchObject({
      status: 'held',
      minutes: '会议纪要：电梯维保正常，下月计划待编。',
      recordedBy: staff['site-captain'].id,
    })
    const followUps = await followUpsOf(id)
    expect(followUps.docs.map((f) => [f.owner, f.sourceKind, f.status, f.raisedBy])).toEqual([
      [staff.engineer.id, 'meeting', 'open', staff['site-captain'].id],
      [staff['site-captain'].id, 'meeting', 'open', staff['site-captain'].id],
    ])
    expect(followUps.docs[0].title).toContain('复查1栋电梯门机')
    expect(meeting.decisions?.map((d) => d.followUp)).toEqual(followUps.docs.map((f) => f.id))
    expect(followUps.docs[0].deadline).toBe(meeting.decisions?.[0].deadline)

    // Held: a record. No edit, no second hold.
    const before = await tb.reread(slugs.meetings, id)
    const edit = await rest.patch(`/meetings/${id}`, {
      token: await tokenOf(staff['cs-clerk']),
      body: { minutes: '改写纪要' },
    })
    expect(edit.status).toBe(409)
    expect((await tb.act(staff.director, slugs.meetings, id, 'hold')).status).toBe(409)
    expectUnchanged(before, await tb.reread(slugs.meetings, id))
    expect((await followUpsOf(id)).totalDocs).toBe(2)

    // The clerk who wrote it does not approve it; the chair does.
    expect((await tb.act(staff['cs-clerk'], slugs.meetings, id, 'close')).status).toBe(403)
    expectUnchanged(before, await tb.reread(slugs.meetings, id))
    const closed = await tb.act(staff['site-captain'], slugs.meetings, id, 'close', {
      note: '同意',
    })
    expect(closed.status).toBe(200)
    expect(await tb.reread(slugs.meetings, id)).toMatchObject({
      status: 'closed',
      closedBy: staff['site-captain'].id,
      closeNote: '同意',
    })
  })

  it('should write nothing when one decision cannot be followed: not the minutes, not the follow-ups before it', async () => {
    const decisions = [
      ...departmentMeeting().decisions,
      // The administrator is not on the staff: owns no follow-up. Found only after two are written.
      { text: '系统维护', owner: staff.admin.id, deadline: iso(2 * DAY) },
    ]
    const { id } = (await organise(departmentMeeting({ decisions }))).body.doc
    const before = await tb.reread(slugs.meetings, id)
    const allFollowUps = await payload.count({ collection: slugs.followUps })
    const res = await tb.act(staff['cs-clerk'], slugs.meetings, id, 'hold', { minutes: '新纪要' })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['decisions.2.owner'])
    expectUnchanged(before, await tb.reread(slugs.meetings, id))
    expect((await payload.count({ collection: slugs.followUps })).totalDocs).toBe(
      allFollowUps.totalDocs,
    )
  })

  it('should refuse a decision without a deadline with 400 naming its row', async () => {
    const { id } = (await organise(departmentMeeting())).body.doc
    await payload.update({
      collection: slugs.meetings,
      id,
      data: { decisions: [{ text: '无期限', owner: staff.engineer.id, deadline: iso(-2 * DAY) }] },
    })
    const before = await tb.reread(slugs.meetings, id)
    const res = await tb.act(staff['cs-clerk'], slugs.meetings, id, 'hold')
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['decisions.0.deadline'])
    expectUnchanged(before, await tb.reread(slugs.meetings, id))
  })

  it('should cancel a planned meeting and keep it', async () => {
    const { id } = (await organise(departmentMeeting())).body.doc
    expect((await tb.act(staff['cs-clerk'], slugs.meetings, id, 'cancel')).status).toBe(400)
    const res = await tb.act(staff['cs-clerk'], slugs.meetings, id, 'cancel', {
      reason: '台风停会',
    })
    expect(res.status).toBe(200)
    expect(await tb.reread(slugs.meetings, id)).toMatchObject({
      status: 'cancelled',
      cancelReason: '台风停会',
    })
    const del = await rest.delete(`/meetings/${id}`, { token: await tokenOf(staff.director) })
    expect(del.status).toBe(403)
  })
})

describe('the minutes, printed', () => {
  it('should print attendees, agenda, long minutes over several pages, decisions and signature lines', async () => {
    const long = Array.from(
      { length: 60 },
      (_, i) =>
        `第${i + 1}条：关于小区公共区域清洁、绿化养护、电梯维保和装修管理的讨论意见，各部门须按期落实并在下次例会汇报进展情况。`,
    ).join('\n')
    const { id } = (await organise(departmentMeeting({ minutes: long }))).body.doc
    expect((await tb.act(staff.director, slugs.meetings, id, 'hold')).status).toBe(200)
    const res = await rest.get<Uint8Array>(`/meetings/${id}/minutes.pdf`, {
      token: await tokenOf(staff.engineer),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    if (process.env.KEEP_PDF) fs.writeFileSync(path.resolve(process.env.KEEP_PDF), res.body)
    const { pages, text } = await pdfText(res.body)
    expect(pages).toBeGreaterThanOrEqual(2)
    const flat = text.replace(/\s+/g, '')
    for (const expected of [
      '会议纪要',
      '工程部月度会议',
      '测试engineer',
      '电梯维保情况',
      '第60条',
      '复查1栋电梯门机',
      '测试site-captain',
      '记录人',
      '主持人',
      '记录人Recorder签名日期',
      '主持人Chair签名日期',
    ]) {
      expect(flat).toContain(expected)
    }
    const guard = await rest.get(`/meetings/${id}/minutes.pdf`, {
      token: await tokenOf(staff['security-guard']),
    })
    expect(guard.status).toBe(404)
    expect((await rest.get(`/meetings/${id}/minutes.pdf`)).status).toBe(401)
  })
})

describe('the weekly meeting, created in advance for the office head', () => {
  const weekly = (seriesKey: string) =>
    payload.find({
      collection: slugs.meetings,
      where: { seriesKey: { equals: seriesKey } },
      depth: 0,
    })

  it('should create the next weekly meeting once, however often the job runs', async () => {
    for (let i = 0; i < 2; i++) {
      await payload.jobs.queue({ task: 'scheduleWeeklyMeeting', queue: 'escalations', input: {} })
      await runJobs(payload)
    }
    const next = nextWeeklyMeeting(
      { weekday: 'fri', time: '09:00', timeZone: 'Asia/Shanghai' },
      new Date(),
    )
    const found = await weekly(`weekly:${next.localDate}`)
    expect(found.totalDocs).toBe(1)
    expect(found.docs[0]).toMatchObject({
      kind: 'weekly',
      status: 'planned',
      scheduledAt: next.at.toISOString(),
      // The office head: no designation yet, so the first property manager.
      chair: staff['property-manager'].id,
    })
    expect(found.docs[0].agenda?.length).toBeGreaterThan(0)
    expect(found.docs[0].attendees).toEqual(
      expect.arrayContaining([staff.director.id, staff['cs-clerk'].id]),
    )
  })

  it('should follow the office settings’ day and time', async () => {
    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { weeklyMeetingWeekday: 'mon', weeklyMeetingTime: '08:30' },
    })
    try {
      const req = await createLocalReq({}, payload)
      const now = new Date('2026-12-02T02:00:00Z') // Wednesday in Shanghai
      const result = await ensureWeeklyMeeting(req, now)
      expect(result).toMatchObject({ created: true, seriesKey: 'weekly:2026-12-07' })
      const meeting = await tb.reread(slugs.meetings, result.meeting!)
      expect(meeting.scheduledAt).toBe('2026-12-07T00:30:00.000Z')
    } finally {
      await payload.updateGlobal({
        slug: globalSlugs.officeSettings,
        data: { weeklyMeetingWeekday: 'fri', weeklyMeetingTime: '09:00' },
      })
    }
  })

  it('should create one meeting when five runs start at the same moment', async () => {
    const now = new Date(Date.now() + 21 * DAY)
    const results = await Promise.all(
      Array.from({ length: 5 }, async () =>
        ensureWeeklyMeeting(await createLocalReq({}, payload), now),
      ),
    )
    expect(results.filter((r) => r.created)).toHaveLength(1)
    expect(new Set(results.map((r) => r.meeting)).size).toBe(1)
    expect((await weekly(results[0].seriesKey)).totalDocs).toBe(1)
  })

  it('should not create again a weekly meeting that was cancelled', async () => {
    const now = new Date(Date.now() + 35 * DAY)
    const req = await createLocalReq({}, payload)
    const first = await ensureWeeklyMeeting(req, now)
    expect(
      (
        await tb.act(staff['property-manager'], slugs.meetings, first.meeting!, 'cancel', {
          reason: '节假日',
        })
      ).status,
    ).toBe(200)
    expect(await ensureWeeklyMeeting(req, now)).toMatchObject({
      created: false,
      meeting: first.meeting,
    })
  })
})

describe('read-and-sign by every role a document names', () => {
  const create = async (body: Record<string, unknown>) =>
    rest.post<{ doc: ArchivedDocument } & ErrorBody>('/archived-documents?draft=true', {
      token: await tokenOf(staff['document-controller']),
      body,
    })
  const approve = async (id: number, member: StaffMember) =>
    rest.post<ErrorBody>(`/approvals/archived-documents/${id}/approve`, {
      token: await tokenOf(member),
      body: {},
    })
  const sign = async (id: number, member: StaffMember, body: Record<string, unknown> = {}) =>
    rest.post<{ versionLabel?: string } & ErrorBody>(
      `/archived-documents/${id}/actions/acknowledge`,
      { token: await tokenOf(member), body },
    )
  type Status = {
    versionLabel: string
    roles: string[]
    signed: Array<{ user: number }>
    missing: Array<{ user: number }>
    versions: Array<{ versionLabel: string; stage: string; signed: Array<{ user: number }> }>
  }
  const status = async (id: number, member: StaffMember = staff['document-controller']) =>
    rest.get<Status>(`/archived-documents/${id}/acknowledgements`, {
      token: await tokenOf(member),
    })
  const acknowledgements = (id: number) =>
    payload.count({
      collection: slugs.documentAcknowledgements,
      where: { document: { equals: id } },
    })

  it('should let a named guard sign a company rule in review, and keep the signature when it takes effect', async () => {
    const created = await create({
      title: '秩序维护部岗位职责',
      kind: 'rule',
      department: 'security',
      content: lexicalFromText('岗位职责正文'),
      requiresAcknowledgement: true,
      acknowledgeRoles: ['security-guard', 'site-captain'],
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // A draft not yet submitted asks no one to sign.
    expect((await sign(id, staff['security-guard'])).status).toBe(404)

    expect((await approve(id, staff['document-controller'])).status).toBe(200)
    expect((await tb.reread(slugs.archivedDocuments, id, { draft: true })).status).toBe('in-review')
    // The guard, asked to sign, is offered the rule in review and signs its draft label, A/0.
    const offered = await rest.get<{ status: string; actions: Array<{ key: string }> }>(
      `/archived-documents/${id}/actions`,
      { token: await tokenOf(staff['security-guard']) },
    )
    expect(offered.body.status).toBe('in-review')
    expect(offered.body.actions.map((a) => a.key)).toEqual(['acknowledge'])
    // Someone not asked gets what they would get for a document they may not read.
    expect((await sign(id, staff.engineer)).status).toBe(404)
    const signed = await sign(id, staff['security-guard'])
    expect(signed.status).toBe(200)
    expect(signed.body.versionLabel).toBe('A/0')

    // The director reads every document but is not named: refused, nothing written.
    const count = (await acknowledgements(id)).totalDocs
    expect((await sign(id, staff.director)).status).toBe(403)
    expect((await acknowledgements(id)).totalDocs).toBe(count)

    const before = await status(id)
    expect(before.body.versions).toEqual([
      expect.objectContaining({ versionLabel: 'A/0', stage: 'in-review' }),
    ])
    expect(before.body.signed.map((s) => s.user)).toEqual([staff['security-guard'].id])
    expect(before.body.missing.map((m) => m.user)).toEqual([staff['site-captain'].id])

    for (const member of [staff['site-manager'], staff.director]) {
      expect((await approve(id, member)).status).toBe(200)
    }
    expect((await tb.reread(slugs.archivedDocuments, id)).status).toBe('effective')
    // The version that took effect is the one signed: signed once, not asked again.
    expect((await sign(id, staff['security-guard'])).status).toBe(409)
    expect((await sign(id, staff['site-captain'])).status).toBe(200)
    const after = await status(id, staff['security-guard'])
    expect(after.status).toBe(200)
    expect(after.body.missing).toEqual([])
    expect(after.body.signed).toHaveLength(2)
  })

  it('should ask a revision in review to be signed beside the version in effect', async () => {
    const created = await create({
      title: '前台接待规范',
      kind: 'rule',
      department: 'customer-service',
      content: lexicalFromText('规范正文'),
      requiresAcknowledgement: true,
      acknowledgeRoles: ['cs-clerk'],
    })
    const id = created.body.doc.id
    for (const member of [staff['document-controller'], staff['site-manager'], staff.director]) {
      expect((await approve(id, member)).status).toBe(200)
    }
    expect((await sign(id, staff['cs-clerk'])).body.versionLabel).toBe('A/0')
    const revised = await rest.patch(`/archived-documents/${id}?draft=true`, {
      token: await tokenOf(staff['document-controller']),
      body: { content: lexicalFromText('规范正文（修订）'), changeNote: '增加来访登记要求' },
    })
    expect(revised.status).toBe(200)
    expect((await approve(id, staff['document-controller'])).status).toBe(200)
    const res = await sign(id, staff['cs-clerk'])
    expect(res.status).toBe(200)
    expect(res.body.versionLabel).toBe('A/1')
    const view = await status(id)
    expect(view.body.versions.map((v) => [v.versionLabel, v.stage, v.signed.length])).toEqual([
      ['A/0', 'effective', 1],
      ['A/1', 'in-review', 1],
    ])
  })
})
