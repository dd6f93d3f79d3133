import type { Payload } from 'payload'

import { SECURITY_SHIFTS, currentShift, shiftWindow } from '@/domain/shiftLogs/shifts'
import type { ShiftLog, ShiftPost, Unit, Violation } from '@/payload-types'
import { slugs } from '@/slugs'

import { createShiftLog, createStaffMember, createUnit } from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>
let guardA: StaffMember
let guardB: StaffMember
let guardC: StaffMember
let leader: StaffMember
let unit: Unit

const TZ = 'Asia/Shanghai'
const GATE_CHECKLIST = ['对讲机 Radio', '警具 Duty gear', '岗亭卫生 Booth hygiene']

const guard = (email: string, dutyPost: 'gate-1' | 'gate-2', shiftLeader = false) =>
  createStaffMember(payload, {
    email,
    password: TEST_PASSWORD,
    roles: ['security-guard'],
    dutyPost,
    shiftLeader,
  })

const createPost = (code: string, fields: Partial<ShiftPost> = {}) =>
  payload.create({
    collection: slugs.shiftPosts,
    data: { code, nameZh: `岗位 ${code}`, kind: 'security', ...fields },
  })

// Days before today: each test works its own past shift, whose entries are timed inside it.
const dayBefore = (days: number) => {
  const today = currentShift('gate-1', new Date(), TZ)!.shiftDate
  const d = new Date(`${today}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - days)
  return d.toISOString().slice(0, 10)
}
const inShift = (log: ShiftLog) =>
  new Date(new Date(String(log.startsAt)).getTime() + 3_600_000).toISOString()
const checks = (log: ShiftLog) => (log.equipment ?? []).map((e) => ({ item: e.item, ok: true }))
const reread = (id: number) => tb.reread(slugs.shiftLogs, id)
const open = async (as: StaffMember, body: Record<string, unknown>) =>
  rest.post<{ doc: ShiftLog } & ErrorBody>('/shift-logs?depth=0', {
    token: await tokenOf(as),
    body,
  })

beforeAll(async () => {
  tb = await startTestbed('shift-posts')
  ;({ payload, rest, staff, tokenOf } = tb)
  await createPost('front-desk', { nameZh: '客服前台', kind: 'front-desk', order: 1 })
  await createPost('gate-1', {
    nameZh: '1号岗（正门）',
    order: 2,
    equipment: GATE_CHECKLIST.map((item) => ({ item })),
  })
  await createPost('gate-2', { order: 3, equipment: [{ item: '对讲机 Radio' }] })
  guardA = await guard('posts-a@test.local', 'gate-1')
  guardB = await guard('posts-b@test.local', 'gate-1')
  guardC = await guard('posts-c@test.local', 'gate-1')
  leader = await guard('posts-leader@test.local', 'gate-2', true)
  unit = await createUnit(payload)
})

afterAll(async () => {
  await tb?.shutdown()
})

describe('posts as office data', () => {
  it('should let a manager add a post and a guard only read them', async () => {
    const made = await rest.post<{ doc: ShiftPost }>('/shift-posts', {
      token: await tokenOf(staff['site-manager']),
      body: { code: 'patrol', nameZh: '巡逻岗', kind: 'security', equipment: [{ item: '手电筒' }] },
    })
    expect(made.status).toBe(201)
    const before = (await payload.count({ collection: slugs.shiftPosts })).totalDocs
    const forged = await rest.post('/shift-posts', {
      token: await tokenOf(guardA),
      body: { code: 'gate-9', nameZh: '私设岗位', kind: 'security' },
    })
    expect(forged.status).toBe(403)
    expect((await payload.count({ collection: slugs.shiftPosts })).totalDocs).toBe(before)
    const list = await rest.get<{ docs: ShiftPost[] }>('/shift-posts', {
      token: await tokenOf(guardA),
    })
    expect(list.status).toBe(200)
    expect(list.body.docs.map((p) => p.code)).toContain('gate-1')
  })

  it('should open a log with the post’s own checklist and kind', async () => {
    const res = await open(guardA, { post: 'gate-1', shiftDate: dayBefore(1), shift: 'day' })
    expect(res.status).toBe(201)
    expect(res.body.doc.postKind).toBe('security')
    expect(res.body.doc.equipment?.map((e) => e.item)).toEqual(GATE_CHECKLIST)
  })

  it('should refuse a log for an unknown post with 400 naming post, creating nothing', async () => {
    const before = (await payload.count({ collection: slugs.shiftLogs })).totalDocs
    const res = await open(staff['site-manager'], {
      post: 'gate-77',
      shiftDate: dayBefore(1),
      shift: 'day',
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['post'])
    expect((await payload.count({ collection: slugs.shiftLogs })).totalDocs).toBe(before)
  })
})

describe('a post in use is retired, never deleted', () => {
  let post: ShiftPost

  beforeAll(async () => {
    post = await createPost('old-gate', { nameZh: '旧岗', equipment: [{ item: '钥匙' }] })
    await createShiftLog(payload, { post: 'old-gate', shiftDate: dayBefore(5), shift: 'day' })
  })

  it('should refuse deleting it by id with 409 and the reason, leaving it as it was', async () => {
    const before = await tb.reread(slugs.shiftPosts, post.id)
    const res = await rest.delete<ErrorBody>(`/shift-posts/${post.id}`, {
      token: await tokenOf(staff.director),
    })
    expect(res.status).toBe(409)
    expect(res.body.errors?.[0]?.message).toMatch(/retire it/)
    expectUnchanged(before, await tb.reread(slugs.shiftPosts, post.id))
  })

  it('should refuse a bulk delete by where, from a client and from server code', async () => {
    const before = await tb.reread(slugs.shiftPosts, post.id)
    const bulk = await rest.delete(`/shift-posts?where[code][equals]=old-gate`, {
      token: await tokenOf(staff.admin),
    })
    expect([403, 409]).toContain(bulk.status)
    await expect(
      payload.delete({ collection: slugs.shiftPosts, where: { code: { in: ['old-gate'] } } }),
    ).rejects.toMatchObject({ status: 409 })
    expectUnchanged(before, await tb.reread(slugs.shiftPosts, post.id))
  })

  it('should refuse changing its code: the logs keep it', async () => {
    const res = await rest.patch(`/shift-posts/${post.id}`, {
      token: await tokenOf(staff['site-manager']),
      body: { code: 'new-gate' },
    })
    expect(res.status).toBe(409)
    expect((await tb.reread(slugs.shiftPosts, post.id)).code).toBe('old-gate')
  })

  it('should retire it: its logs stay, and no new log opens for it', async () => {
    const res = await rest.patch(`/shift-posts/${post.id}`, {
      token: await tokenOf(staff['site-manager']),
      body: { retired: true },
    })
    expect(res.status).toBe(200)
    const before = (await payload.count({ collection: slugs.shiftLogs })).totalDocs
    const again = await open(staff['site-manager'], {
      post: 'old-gate',
      shiftDate: dayBefore(4),
      shift: 'day',
    })
    expect(again.status).toBe(400)
    expect(errorPaths(again.body)).toEqual(['post'])
    expect((await payload.count({ collection: slugs.shiftLogs })).totalDocs).toBe(before)
    const logs = await payload.count({
      collection: slugs.shiftLogs,
      where: { post: { equals: 'old-gate' } },
    })
    expect(logs.totalDocs).toBe(1)
  })

  it('should delete a post no log names', async () => {
    const unused = await createPost('spare-gate')
    const res = await rest.delete(`/shift-posts/${unused.id}`, {
      token: await tokenOf(staff.director),
    })
    expect(res.status).toBe(200)
    expect(
      (await payload.count({ collection: slugs.shiftPosts, where: { id: { equals: unused.id } } }))
        .totalDocs,
    ).toBe(0)
  })
})

describe('the shift leader countersigns the handover', () => {
  let log: ShiftLog

  beforeAll(async () => {
    log = (await open(guardA, { post: 'gate-1', shiftDate: dayBefore(2), shift: 'day' })).body.doc
    const signed = await tb.act(guardA, slugs.shiftLogs, log.id, 'sign', {
      summary: '本班正常',
      equipment: checks(log),
    })
    expect(signed.status).toBe(200)
    const accepted = await tb.act(guardB, slugs.shiftLogs, log.id, 'accept', {
      equipment: checks(log),
    })
    expect(accepted.status).toBe(200)
  })

  it('should let no guard make themselves a shift leader', async () => {
    const token = await tokenOf(guardC) // signing in adds a session: before reading
    const before = await tb.reread(slugs.users, guardC.id)
    const res = await rest.patch(`/users/${guardC.id}`, {
      token,
      body: { shiftLeader: true },
    })
    expect(res.status).toBe(403)
    expectUnchanged(before, await tb.reread(slugs.users, guardC.id))
  })

  it('should print blank lines for the shift leader before the countersignature', async () => {
    const res = await rest.get<Uint8Array>(`/shift-logs/${log.id}/pdf`, {
      token: await tokenOf(guardB),
    })
    expect(res.status).toBe(200)
    const { text } = await pdfText(res.body)
    // Unsigned: the leader's line is a signature line (签名 … 日期), not a name and time.
    expect(text).toMatch(/带班员 Shift leader\s*签名\s*日期/)
    expect(text).toContain('posts-a')
    expect(text).toContain('posts-b')
  })

  it('should refuse a guard who is not a shift leader with 403, changing nothing', async () => {
    const before = await reread(log.id)
    const res = await tb.act(guardC, slugs.shiftLogs, log.id, 'countersign', {})
    expect(res.status).toBe(403)
    expectUnchanged(before, await reread(log.id))
  })

  it('should offer the countersignature to a shift leader of another post and record it', async () => {
    const offered = await rest.get<{ actions: Array<{ key: string }> }>(
      `/shift-logs/${log.id}/actions`,
      { token: await tokenOf(leader) },
    )
    expect(offered.status).toBe(200)
    expect(offered.body.actions.map((a) => a.key)).toEqual(['countersign'])
    const res = await tb.act(leader, slugs.shiftLogs, log.id, 'countersign', { note: '已核对' })
    expect(res.status).toBe(200)
    const saved = await reread(log.id)
    expect(saved).toMatchObject({
      status: 'accepted',
      countersignedBy: leader.id,
      countersignNote: '已核对',
    })
    expect(Date.now() - new Date(String(saved.countersignedAt)).getTime()).toBeLessThan(60_000)
    const twice = await tb.act(leader, slugs.shiftLogs, log.id, 'countersign', {})
    expect(twice.status).toBe(409)
  })

  it('should print both shifts’ signatures and the shift leader’s name and time', async () => {
    const res = await rest.get<Uint8Array>(`/shift-logs/${log.id}/pdf`, {
      token: await tokenOf(leader),
    })
    expect(res.status).toBe(200)
    const { text } = await pdfText(res.body)
    expect(text).toMatch(/带班员 Shift leader：\s*posts-leader\s+\d{4}-\d{2}-\d{2}/)
    expect(text).not.toMatch(/带班员 Shift leader\s*签名/)
  })
})

describe('a violation seen on the shift', () => {
  let log: ShiftLog

  beforeAll(async () => {
    log = (await open(guardA, { post: 'gate-1', shiftDate: dayBefore(3), shift: 'day' })).body.doc
  })

  it('should open a violation record linked both ways', async () => {
    const res = await tb.act(guardA, slugs.shiftLogs, log.id, 'add-entry', {
      kind: 'violation',
      unit: unit.id,
      violationKind: 'fire-safety',
      text: '3栋消防通道堆放纸箱，已劝阻',
      at: inShift(log),
    })
    expect(res.status).toBe(200)
    const entry = (await reread(log.id)).entries?.[0]
    expect(entry?.violation).toEqual(expect.any(Number))
    const violation = (await tb.reread(slugs.violations, entry!.violation as number)) as Violation
    expect(violation).toMatchObject({
      shiftLog: log.id,
      unit: unit.id,
      kind: 'fire-safety',
      status: 'open',
      effective: false,
      foundBy: guardA.id,
      recordedBy: guardA.id,
      description: '3栋消防通道堆放纸箱，已劝阻',
    })
    expect(violation.decision?.measure ?? null).toBeNull()
  })

  it('should refuse a violation entry without the unit (400 naming it), opening nothing', async () => {
    const before = await reread(log.id)
    const count = (await payload.count({ collection: slugs.violations })).totalDocs
    const res = await tb.act(guardA, slugs.shiftLogs, log.id, 'add-entry', {
      kind: 'violation',
      violationKind: 'civility',
      text: '乱扔垃圾',
      at: inShift(log),
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual(['entries.1.unit'])
    expectUnchanged(before, await reread(log.id))
    expect((await payload.count({ collection: slugs.violations })).totalDocs).toBe(count)
  })

  it('should refuse a client naming the violation record of an entry', async () => {
    const before = await reread(log.id)
    const res = await rest.patch(`/shift-logs/${log.id}`, {
      token: await tokenOf(guardA),
      body: {
        entries: [
          ...(before.entries ?? []),
          {
            kind: 'violation',
            unit: unit.id,
            violationKind: 'civility',
            text: '伪造关联',
            at: inShift(log),
            violation: (before.entries?.[0]?.violation as number) ?? 1,
          },
        ],
      },
    })
    expect(res.status).toBe(403)
    expectUnchanged(before, await reread(log.id))
  })

  it('should link the record to a log created with the entry, in the same write', async () => {
    const shiftDate = dayBefore(3)
    const window = shiftWindow(shiftDate, SECURITY_SHIFTS[1], TZ)!
    const created = await createShiftLog(payload, {
      post: 'gate-2',
      shiftDate,
      shift: SECURITY_SHIFTS[1].code,
      entries: [
        {
          kind: 'violation',
          unit: unit.id,
          violationKind: 'civility',
          text: '高空抛物，已劝阻',
          at: new Date(window.startsAt.getTime() + 3_600_000).toISOString(),
        },
      ],
    })
    const id = created.entries?.[0]?.violation as number
    expect(id).toEqual(expect.any(Number))
    expect((await tb.reread(slugs.violations, id)).shiftLog).toBe(created.id)
  })
})

describe('visitor and vehicle classes', () => {
  let log: ShiftLog

  beforeAll(async () => {
    log = (await open(guardB, { post: 'gate-1', shiftDate: dayBefore(4), shift: 'day' })).body.doc
  })

  it.each([
    ['visitor', { kind: 'visitor', name: '张先生' }, 'entries.0.visitorClass'],
    ['vehicle', { kind: 'vehicle', plate: '粤B·88888' }, 'entries.0.vehicleClass'],
  ])('should refuse a %s without its class (400 naming it)', async (_kind, entry, path) => {
    const before = await reread(log.id)
    const res = await tb.act(guardB, slugs.shiftLogs, log.id, 'add-entry', {
      ...entry,
      at: inShift(log),
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toEqual([path])
    expectUnchanged(before, await reread(log.id))
  })

  it('should keep the class of each entry', async () => {
    for (const entry of [
      { kind: 'visitor', name: '张先生', visitorClass: 'contractor' },
      { kind: 'vehicle', plate: '粤B·88888', vehicleClass: 'service' },
    ]) {
      const res = await tb.act(guardB, slugs.shiftLogs, log.id, 'add-entry', {
        ...entry,
        at: inShift(log),
      })
      expect(res.status).toBe(200)
    }
    const saved = await reread(log.id)
    expect(saved.entries?.map((e) => [e.visitorClass ?? null, e.vehicleClass ?? null])).toEqual([
      ['contractor', null],
      [null, 'service'],
    ])
  })
})
