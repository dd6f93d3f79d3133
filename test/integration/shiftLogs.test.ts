import type { Payload } from 'payload'

import { currentShift } from '@/domain/shiftLogs/shifts'
import type { ShiftLog, User } from '@/payload-types'
import { slugs } from '@/slugs'

import { createShiftLog, createStaffMember } from '../helpers/factories'
import { runJobs } from '../helpers/fixtures'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { Mailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

let tb: Testbed
let payload: Payload
let rest: RestClient
let mailbox: Mailbox
let staff: Staff
let guardA: StaffMember
let guardB: StaffMember
let guardGate2: StaffMember
let tokenOf: (member: StaffMember) => Promise<string>

const TZ = 'Asia/Shanghai'

const makeGuard = (email: string, dutyPost: User['dutyPost']) =>
  createStaffMember(payload, {
    email,
    password: TEST_PASSWORD,
    roles: ['security-guard'],
    dutyPost,
  })

beforeAll(async () => {
  const started = await startTestbed('shift-logs', { mail: true })
  tb = started
  ;({ payload, rest, mailbox, staff, tokenOf } = started)
  guardA = await makeGuard('guard-a@test.local', 'gate-1')
  guardB = await makeGuard('guard-b@test.local', 'gate-1')
  guardGate2 = await makeGuard('guard-c@test.local', 'gate-2')
})

afterAll(async () => {
  await tb?.shutdown()
})

beforeEach(() => mailbox.clear())

const open = async (member: StaffMember, body: Record<string, unknown>) =>
  rest.post<{ doc: ShiftLog } & ErrorBody>('/shift-logs?depth=0', {
    token: await tokenOf(member),
    body,
  })
const act = (id: number, action: string, as: StaffMember, body?: Record<string, unknown>) =>
  tb.act(as, slugs.shiftLogs, id, action, body)
const reread = (id: number) => tb.reread(slugs.shiftLogs, id)
const checks = (log: ShiftLog, ok = true) =>
  (log.equipment ?? []).map((e) => ({ item: e.item, ok }))

/** The current gate-1 shift and the one before it (a log per shift: tests need several). */
const current = currentShift('gate-1', new Date(), TZ)!
const previousDay = (() => {
  const d = new Date(`${current.shiftDate}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
})()

describe('opening a log', () => {
  it('should open the current shift for the guard’s post with its equipment, once', async () => {
    const res = await open(guardA, { post: 'gate-1' })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({
      status: 'open',
      shiftDate: current.shiftDate,
      shift: current.shift.code,
      onDuty: guardA.id,
      key: `gate-1|${current.shiftDate}|${current.shift.code}`,
    })
    expect(res.body.doc.equipment?.length).toBeGreaterThan(0)
    const again = await open(guardB, { post: 'gate-1' })
    expect(again.status).toBe(400)
    expect(errorPaths(again.body)).toEqual(['shift'])
    const count = await payload.count({
      collection: slugs.shiftLogs,
      where: { key: { equals: res.body.doc.key } },
    })
    expect(count.totalDocs).toBe(1)
  })

  it('should refuse a guard opening another post’s log, creating nothing', async () => {
    const before = (await payload.count({ collection: slugs.shiftLogs })).totalDocs
    const other = await open(guardA, { post: 'gate-2' })
    expect(other.status).toBe(403)
    expect((await payload.count({ collection: slugs.shiftLogs })).totalDocs).toBe(before)
  })

  it('should refuse server fields from a client opening a log, creating nothing', async () => {
    const before = (await payload.count({ collection: slugs.shiftLogs })).totalDocs
    const forged = await open(guardGate2, { post: 'gate-2', status: 'accepted' })
    expect(forged.status).toBe(403)
    expect((await payload.count({ collection: slugs.shiftLogs })).totalDocs).toBe(before)
  })

  it('should show a guard only their post’s logs and a clerk only the front desk', async () => {
    await open(guardGate2, { post: 'gate-2', shiftDate: previousDay, shift: 'day' })
    const guardList = await rest.get<{ docs: ShiftLog[] }>('/shift-logs?limit=100', {
      token: await tokenOf(guardGate2),
    })
    expect(guardList.body.docs.length).toBeGreaterThan(0)
    expect(guardList.body.docs.every((d) => d.post === 'gate-2')).toBe(true)
    const clerkList = await rest.get<{ docs: ShiftLog[] }>('/shift-logs?limit=100', {
      token: await tokenOf(staff['cs-clerk']),
    })
    expect(clerkList.body.docs.every((d) => d.post === 'front-desk')).toBe(true)
  })
})

describe('entries and the handover', () => {
  let log: ShiftLog

  beforeAll(async () => {
    log = await createShiftLog(
      payload,
      { post: 'gate-1', shiftDate: previousDay, shift: 'evening' },
      { as: guardA },
    )
  })

  // The previous day's evening shift: entries are timed inside it.
  const inShift = () => new Date(new Date(String(log.startsAt)).getTime() + 3_600_000).toISOString()
  // Two hours before it began: outside the ±30 minutes an entry may stray, whatever the hour now.
  // (Timed "now", this test passed after midnight, within 30 minutes of the evening shift's end.)
  const beforeShift = () =>
    new Date(new Date(String(log.startsAt)).getTime() - 2 * 3_600_000).toISOString()

  it.each([
    ['vehicle without a plate', { kind: 'vehicle', text: '外来车辆' }, 'plate'],
    [
      'goods released without the owner’s confirmation',
      { kind: 'goods-release', items: '旧沙发', released: true },
      'ownerConfirmedBy',
    ],
    ['time outside the shift', { kind: 'event', text: '巡查', late: true }, 'at'],
  ])('should refuse an entry: %s (400, nothing saved)', async (_name, entry, field) => {
    const { late, ...body } = entry as Record<string, unknown>
    const at = late ? beforeShift() : inShift()
    const res = await act(log.id, 'add-entry', guardA, { ...body, at })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)[0]).toMatch(new RegExp(`^entries\\.\\d+\\.${field}$`))
    expect((await reread(log.id)).entries ?? []).toHaveLength(0)
  })

  it('should add register entries on the post', async () => {
    for (const entry of [
      { kind: 'vehicle', plate: '粤B·12345', vehicleClass: 'visitor', text: '访客车辆' },
      { kind: 'goods-release', items: '冰箱一台', carrier: '搬家公司', released: false },
      { kind: 'key', text: '3栋天台钥匙借给维修员' },
      { kind: 'incident', text: '2栋电梯困人，已通知维修', priority: 'high' },
    ]) {
      const res = await act(log.id, 'add-entry', guardA, { ...entry, at: inShift() })
      expect(res.status).toBe(200)
    }
    const saved = await reread(log.id)
    expect(saved.entries).toHaveLength(4)
    expect(saved.entries?.[0]).toMatchObject({ plate: '粤B·12345', recordedBy: guardA.id })
  })

  it('should refuse a guard of another post writing to the log (403, unchanged)', async () => {
    const res = await act(log.id, 'add-entry', guardGate2, {
      kind: 'note',
      text: '越岗记录',
      at: inShift(),
    })
    expect(res.status).toBe(403)
    const patch = await rest.patch(`/shift-logs/${log.id}`, {
      token: await tokenOf(guardGate2),
      body: { summary: '越岗修改' },
    })
    expect(patch.status).toBe(403)
    const saved = await reread(log.id)
    expect(saved.entries).toHaveLength(4)
    expect(saved.summary ?? null).toBeNull()
  })

  it('should refuse accepting before the handover is signed, and signing by another', async () => {
    expect((await act(log.id, 'accept', guardB, { equipment: checks(log) })).status).toBe(409)
    const wrong = await act(log.id, 'sign', guardB, { summary: 'x', equipment: checks(log) })
    expect(wrong.status).toBe(403)
    expect((await reread(log.id)).status).toBe('open')
  })

  it('should sign the handover with the open items pre-filled', async () => {
    const res = await act(log.id, 'sign', guardA, {
      summary: '本班正常，冰箱待业主确认，天台钥匙未还',
      equipment: checks(log),
    })
    expect(res.status).toBe(200)
    expect(res.body.doc.status).toBe('signed')
    const kinds = (res.body.doc.openItems ?? []).map((i) => i.kind)
    expect(kinds).toEqual(expect.arrayContaining(['goods-release', 'key', 'incident']))
    // Handed over: the outgoing person cannot add more.
    const more = await act(log.id, 'add-entry', guardA, { kind: 'note', text: 'x', at: inShift() })
    expect(more.status).toBe(409)
  })

  it('should refuse accepting your own handover', async () => {
    const res = await act(log.id, 'accept', guardA, { equipment: checks(log) })
    expect(res.status).toBe(403)
    expect((await reread(log.id)).status).toBe('signed')
  })

  it('should refuse a refusal of the handover without a reason, naming the field', async () => {
    const bare = await act(log.id, 'refuse', guardB, {})
    expect(bare.status).toBe(400)
    expect(errorPaths(bare.body)).toEqual(['refusalReason'])
    expect((await reread(log.id)).status).toBe('signed')
  })

  it('should record the refusal of a handover and email the supervisor', async () => {
    const res = await act(log.id, 'refuse', guardB, { reason: '充电器缺失，未说明去向' })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'refused', refusedBy: guardB.id })
    await runJobs(payload)
    const mail = mailbox.to(staff['site-manager'].email)
    expect(mail).toHaveLength(1)
    expect(mail[0].subject).toContain('交接班被拒收')
    expect(mail[0].text).toContain('充电器缺失')
    expect(mailbox.to(guardA.email)).toHaveLength(1) // the outgoing person, in copy
  })

  it('should let the outgoing person sign again and the incoming accept: the log locks', async () => {
    const fix = await act(log.id, 'add-entry', guardA, {
      kind: 'note',
      text: '充电器在值班室抽屉',
      at: inShift(),
    })
    expect(fix.status).toBe(200)
    expect(
      (await act(log.id, 'sign', guardA, { summary: '已说明充电器', equipment: checks(log) }))
        .status,
    ).toBe(200)
    const res = await act(log.id, 'accept', guardB, { equipment: checks(log) })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'accepted', incoming: guardB.id })
  })

  it('should refuse every edit of a locked log, by anyone, through every path', async () => {
    const before = await reread(log.id)
    const attempts = [
      await rest.patch(`/shift-logs/${log.id}`, {
        token: await tokenOf(staff.director),
        body: { summary: '改写' },
      }),
      await rest.patch(`/shift-logs?where[id][equals]=${log.id}`, {
        token: await tokenOf(staff.admin),
        body: { summary: '批量改写' },
      }),
      await act(log.id, 'add-entry', guardB, { kind: 'note', text: 'x', at: inShift() }),
      await act(log.id, 'refuse', guardB, { reason: '反悔' }),
      await rest.delete(`/shift-logs/${log.id}`, { token: await tokenOf(staff.admin) }),
    ]
    for (const res of attempts) expect([403, 409]).toContain(res.status)
    expect(attempts[0].status).toBe(409)
    const after = await reread(log.id)
    expect(after.summary).toBe(before.summary)
    expect(after.entries).toEqual(before.entries)
    expect(after.status).toBe('accepted')
  })

  it('should print the locked log', async () => {
    const res = await rest.get<Uint8Array>(`/shift-logs/${log.id}/pdf`, {
      token: await tokenOf(guardB),
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('application/pdf')
    const { text } = await pdfText(res.body)
    expect(text).toContain('值班及交接班记录表')
    expect(text).toContain('已说明充电器')
    expect(text).toContain('粤B·12345')
  })

  it('should refuse reviewing or printing a log that is not locked', async () => {
    const unlocked = await createShiftLog(
      payload,
      { post: 'gate-1', shiftDate: previousDay, shift: 'day' },
      { as: guardA },
    )
    const early = await act(unlocked.id, 'review', staff['site-manager'])
    expect(early.status).toBe(409)
    expect((await reread(unlocked.id)).status).toBe('open')
    const pdf = await rest.get(`/shift-logs/${unlocked.id}/pdf`, {
      token: await tokenOf(guardA),
    })
    expect(pdf.status).toBe(409)
  })

  it('should refuse a guard reviewing a locked log', async () => {
    expect((await act(log.id, 'review', guardB)).status).toBe(403)
    expect((await reread(log.id)).status).toBe('accepted')
  })

  it('should let a manager review a locked log, and keep the review as written', async () => {
    const res = await act(log.id, 'review', staff['site-manager'], { note: '已阅，注意充电器管理' })
    expect(res.status).toBe(200)
    expect(res.body.doc).toMatchObject({ status: 'reviewed', reviewedBy: staff['site-manager'].id })
    const again = await rest.patch(`/shift-logs/${log.id}`, {
      token: await tokenOf(staff['site-manager']),
      body: { reviewNote: '再改' },
    })
    expect([403, 409]).toContain(again.status)
    expect((await reread(log.id)).reviewNote).toBe('已阅，注意充电器管理')
  })
})

describe('the front desk', () => {
  let id: number

  it('should follow the schedule in the office settings and keep its registers', async () => {
    await payload.updateGlobal({
      slug: 'office-settings',
      data: { frontDeskShifts: [{ code: 'desk-all', start: 0, end: 24 }] },
    })
    const res = await open(staff['cs-clerk'], { post: 'front-desk' })
    expect(res.status).toBe(201)
    expect(res.body.doc.shift).toBe('desk-all')
    id = res.body.doc.id
    for (const entry of [
      { kind: 'mail', name: '3栋1201', text: '挂号信一封' },
      {
        kind: 'goods-release',
        items: '旧衣柜',
        released: true,
        ownerConfirmedBy: '李业主',
        ownerConfirmMethod: 'phone',
      },
      {
        kind: 'pass',
        name: '张师傅',
        company: '美家装修',
        validUntil: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      },
    ]) {
      expect((await act(id, 'add-entry', staff['cs-clerk'], entry)).status).toBe(200)
    }
  })

  it('should let a guard neither read nor write the front desk’s log', async () => {
    const read = await rest.get(`/shift-logs/${id}`, { token: await tokenOf(guardA) })
    expect([403, 404]).toContain(read.status)
    const write = await act(id, 'add-entry', guardA, { kind: 'note', text: '越岗' })
    expect(write.status).toBe(403)
    expect((await reread(id)).entries).toHaveLength(3)
  })
})
