import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { createFollowUp } from '@/lib/followUps'
import type { FollowUp } from '@/payload-types'
import { slugs } from '@/slugs'

import { complaintBody, makeUnit, runJobs } from '../helpers/fixtures'
import type { Booted, ErrorBody } from '../helpers/payload'
import { bootPayload, errorPaths, restClient, tokenCache } from '../helpers/payload'
import type { Mailbox } from '../helpers/smtp'
import { smtpEnv, startMailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

type Doc = FollowUp & ErrorBody

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let mailbox: Mailbox
let staff: Awaited<ReturnType<typeof createStaff>>
let tokenOf: (member: StaffMember) => Promise<string>
let complaintId: number

// The engineer owns the follow-ups, the clerk raises them, the guard is a bystander; the
// engineer's line manager is the site manager.
let owner: StaffMember
let raiser: StaffMember
let bystander: StaffMember
let lineManager: StaffMember
let manager: StaffMember

const DAY = 24 * 60 * 60 * 1000
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString()

beforeAll(async () => {
  mailbox = await startMailbox()
  booted = await bootPayload('follow_ups', smtpEnv(mailbox))
  payload = booted.payload
  rest = restClient(booted.config)
  tokenOf = tokenCache(rest, TEST_PASSWORD)
  staff = await createStaff(payload)
  owner = staff.engineer
  raiser = staff['cs-clerk']
  bystander = staff['security-guard']
  lineManager = staff['site-manager']
  manager = staff['property-manager']
  await payload.update({
    collection: slugs.users,
    id: owner.id,
    data: { manager: lineManager.id as number },
  })
  const unit = await makeUnit(payload, '7栋', '701')
  const complaint = await payload.create({
    collection: slugs.complaints,
    data: complaintBody({
      unit: unit.id,
      visitorName: '路人',
      visitorPhone: '13900000000',
    }) as never,
  })
  complaintId = complaint.id
  await runJobs(payload)
})

afterAll(async () => {
  await booted?.shutdown()
  await mailbox?.close()
})

beforeEach(() => mailbox.clear())

const raise = async (body: Record<string, unknown>, member: StaffMember = raiser) =>
  rest.post<{ doc: Doc } & ErrorBody>('/follow-ups', { token: await tokenOf(member), body })

const raiseOne = async (overrides: Record<string, unknown> = {}) => {
  const res = await raise({
    title: '复查7栋701渗水处理效果',
    owner: owner.id,
    deadline: inDays(3),
    sourceKind: 'return-visit',
    source: { relationTo: slugs.complaints, value: complaintId },
    ...overrides,
  })
  expect(res.status).toBe(201)
  return res.body.doc
}

const reread = (id: number | string) =>
  payload.findByID({ collection: slugs.followUps, id, depth: 0 })

const act = async (
  id: number | string,
  action: string,
  member: StaffMember,
  body: Record<string, unknown> = {},
) =>
  rest.post<{ doc: Doc } & ErrorBody>(`/follow-ups/${id}/actions/${action}`, {
    token: await tokenOf(member),
    body,
  })

/** A follow-up whose deadline has passed (written as the server would: the deadline is frozen). */
const raiseOverdue = async (title: string) => {
  const doc = await raiseOne({ title })
  await payload.update({
    collection: slugs.followUps,
    id: doc.id,
    data: { deadline: new Date(Date.now() - DAY).toISOString() },
    context: { serverWrite: true },
  })
  return doc
}

describe('raising a follow-up', () => {
  it('should be raised by any member of staff, open, with the raiser recorded', async () => {
    const doc = await reread((await raiseOne()).id)
    expect(doc).toMatchObject({
      status: 'open',
      raisedBy: raiser.id,
      owner: owner.id,
      overdue: false,
      source: { relationTo: slugs.complaints, value: complaintId },
    })
  })

  it('should refuse a client setting a server field on create with 403', async () => {
    const before = await payload.count({ collection: slugs.followUps })
    for (const extra of [
      { status: 'done' },
      { raisedBy: manager.id },
      { confirmedBy: manager.id },
      { escalatedAt: new Date().toISOString() },
    ]) {
      const res = await raise({
        title: '越权',
        owner: owner.id,
        deadline: inDays(1),
        sourceKind: 'other',
        ...extra,
      })
      expect(res.status).toBe(403)
    }
    expect((await payload.count({ collection: slugs.followUps })).totalDocs).toBe(before.totalDocs)
  })

  it('should refuse an anonymous caller', async () => {
    const res = await rest.post('/follow-ups', {
      body: { title: 'x', owner: owner.id, deadline: inDays(1), sourceKind: 'other' },
    })
    expect(res.status).toBe(403)
  })

  it('should refuse a PATCH of the status or of what was agreed, and change nothing', async () => {
    const doc = await raiseOne()
    const before = await reread(doc.id)
    for (const data of [
      { status: 'done' },
      { doneNote: 'done', confirmedBy: raiser.id },
      { title: '改过的内容' },
      { deadline: inDays(30) },
      { owner: bystander.id },
    ]) {
      const res = await rest.patch(`/follow-ups/${doc.id}`, {
        token: await tokenOf(manager),
        body: data,
      })
      expect(res.status).toBe(403)
    }
    expect(await reread(doc.id)).toEqual(before)
  })

  it('should never be deleted, even by a manager or the administrator', async () => {
    const doc = await raiseOne()
    for (const member of [manager, staff.admin, raiser]) {
      const res = await rest.delete(`/follow-ups/${doc.id}`, { token: await tokenOf(member) })
      expect(res.status).toBe(403)
    }
    expect((await reread(doc.id)).id).toBe(doc.id)
  })
})

describe('who reads a follow-up', () => {
  it('should be read by its owner, its raiser, managers and the administrator', async () => {
    const doc = await raiseOne()
    for (const member of [owner, raiser, lineManager, manager, staff.director, staff.admin]) {
      const res = await rest.get<Doc>(`/follow-ups/${doc.id}`, { token: await tokenOf(member) })
      expect([member.role, res.status]).toEqual([member.role, 200])
      expect(res.body.title).toBe(doc.title)
    }
  })

  it('should be hidden from other staff and refused to anonymous callers', async () => {
    const doc = await raiseOne()
    const other = await rest.get(`/follow-ups/${doc.id}`, { token: await tokenOf(bystander) })
    expect(other.status).toBe(404)
    const list = await rest.get<{ totalDocs: number }>('/follow-ups', {
      token: await tokenOf(bystander),
    })
    expect(list.body.totalDocs).toBe(0)
    expect((await rest.get(`/follow-ups/${doc.id}`)).status).toBe(403)
    expect((await rest.get('/follow-ups')).status).toBe(403)
  })
})

describe('the server helper', () => {
  it('should raise a follow-up in the caller’s name, or for the system with no raiser', async () => {
    const asManager = await createLocalReq(
      { user: await payload.findByID({ collection: slugs.users, id: manager.id }) },
      payload,
    )
    const mine = await createFollowUp(asManager, {
      title: '周例会决定：更换3栋门禁',
      owner: owner.id,
      deadline: inDays(7),
      sourceKind: 'meeting',
    })
    expect(mine).toMatchObject({ raisedBy: manager.id, status: 'open' })

    const system = await createFollowUp(await createLocalReq({}, payload), {
      title: '季度纠正措施：回访电话录音',
      owner: owner.id,
      deadline: inDays(7),
      sourceKind: 'corrective-action',
      source: { relationTo: slugs.complaints, value: complaintId },
    })
    expect(system.raisedBy ?? null).toBeNull()
    expect((await reread(system.id)).source).toEqual({
      relationTo: slugs.complaints,
      value: complaintId,
    })
  })
})

describe('overdue', () => {
  it('should be derived from the status and the deadline, never stored', async () => {
    const doc = await raiseOverdue('逾期未复查')
    const read = await rest.get<Doc>(`/follow-ups/${doc.id}`, { token: await tokenOf(owner) })
    expect(read.body.overdue).toBe(true)
    expect((await reread(doc.id)).overdue).toBe(true)
    expect((await reread((await raiseOne()).id)).overdue).toBe(false)
  })

  it('should show on the owner’s dashboard, and the office’s overdue on a manager’s', async () => {
    const doc = await raiseOverdue('仪表盘逾期')
    type Panel = {
      key: string
      data: {
        mine: { open: number; overdue: number; items: Array<{ id: number; overdue: boolean }> }
        office: { overdue: number; items: Array<{ id: number }> } | null
      }
    }
    const panelOf = async (member: StaffMember) =>
      (
        await rest.get<{ panels: Panel[] }>('/dashboard', { token: await tokenOf(member) })
      ).body.panels.find((p) => p.key === 'follow-ups')!
    const mine = await panelOf(owner)
    expect(mine.data.mine.overdue).toBeGreaterThanOrEqual(1)
    expect(mine.data.mine.items).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: doc.id, overdue: true })]),
    )
    expect(mine.data.office).toBeNull()
    const office = await panelOf(manager)
    expect(office.data.office?.items.map((i) => i.id)).toContain(doc.id)
    expect((await panelOf(bystander)).data.mine.open).toBe(0)
  })
})

describe('escalation', () => {
  it('should email the owner’s line manager once, and mark the follow-up', async () => {
    const doc = await raiseOverdue('逾期升级测试')
    const escalate = async () => {
      await payload.jobs.queue({ task: 'escalateFollowUps', queue: 'escalations', input: {} })
      await runJobs(payload)
    }
    await escalate()
    await escalate()
    const mails = mailbox.to(lineManager.email).filter((m) => m.subject?.includes('逾期升级测试'))
    expect(mails).toHaveLength(1)
    expect(mails[0].text).toContain('逾期升级测试')
    expect(mailbox.to(owner.email).filter((m) => m.subject?.includes('逾期升级测试'))).toHaveLength(
      1,
    )
    expect((await reread(doc.id)).escalatedAt).toEqual(expect.any(String))
  })

  it('should not escalate a follow-up before its deadline', async () => {
    const doc = await raiseOne({ title: '未到期' })
    await payload.jobs.queue({ task: 'escalateFollowUps', queue: 'escalations', input: {} })
    await runJobs(payload)
    expect(mailbox.messages.filter((m) => m.subject?.includes('未到期'))).toHaveLength(0)
    expect((await reread(doc.id)).escalatedAt ?? null).toBeNull()
  })
})

describe('completing a follow-up', () => {
  it('should refuse without a note, naming `note`, and change nothing', async () => {
    const doc = await raiseOne()
    const before = await reread(doc.id)
    const res = await act(doc.id, 'complete', raiser, { note: '  ' })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['note'])
    expect(await reread(doc.id)).toEqual(before)
  })

  it('should refuse the owner who is not a manager with 403, and change nothing', async () => {
    const doc = await raiseOne()
    const before = await reread(doc.id)
    const res = await act(doc.id, 'complete', owner, { note: '我已处理' })
    expect(res.status).toBe(403)
    expect(await reread(doc.id)).toEqual(before)
  })

  it('should be done when the raiser confirms it, with the note and who confirmed it', async () => {
    const doc = await raiseOne()
    const res = await act(doc.id, 'complete', raiser, { note: '已复查，无渗水' })
    expect(res.status).toBe(200)
    const after = await reread(doc.id)
    expect(after).toMatchObject({
      status: 'done',
      doneNote: '已复查，无渗水',
      confirmedBy: raiser.id,
      overdue: false,
    })
    expect(after.doneAt).toEqual(expect.any(String))
    const again = await act(doc.id, 'complete', manager, { note: '再次' })
    expect(again.status).toBe(409)
  })

  it('should list the actions each person may take', async () => {
    const doc = await raiseOne()
    const keys = async (member: StaffMember) =>
      (
        await rest.get<{ actions: Array<{ key: string }> }>(`/follow-ups/${doc.id}/actions`, {
          token: await tokenOf(member),
        })
      ).body.actions.map((a) => a.key)
    expect(await keys(raiser)).toEqual(['complete'])
    expect(await keys(owner)).toEqual([])
    expect(await keys(manager)).toEqual(['complete', 'reassign'])
  })
})

describe('reassigning a follow-up', () => {
  it('should give a manager a new owner and deadline, and re-arm the escalation', async () => {
    const doc = await raiseOverdue('改派测试')
    await payload.jobs.queue({ task: 'escalateFollowUps', queue: 'escalations', input: {} })
    await runJobs(payload)
    expect((await reread(doc.id)).escalatedAt).toEqual(expect.any(String))

    const past = await act(doc.id, 'reassign', manager, {
      deadline: new Date(Date.now() - DAY).toISOString(),
      reason: '延期',
    })
    expect(past.status).toBe(400)
    expect(errorPaths(past.body)).toEqual(['deadline'])
    expect(
      (await act(doc.id, 'reassign', raiser, { deadline: inDays(5), reason: 'x' })).status,
    ).toBe(403)

    const res = await act(doc.id, 'reassign', manager, {
      owner: String(staff['site-captain'].id),
      deadline: inDays(5),
      reason: '原负责人休假',
    })
    expect(res.status).toBe(200)
    expect(await reread(doc.id)).toMatchObject({
      owner: staff['site-captain'].id,
      reassignReason: '原负责人休假',
      escalatedAt: null,
      overdue: false,
    })
  })
})
