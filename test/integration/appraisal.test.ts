/**
 * Staff appraisal input (员工考核, issue 16 item 5) over a hand-built October 2026, with records
 * that must not count beside those that must; and the dashboard's follow-ups per department
 * (item 6). Every expected figure is worked out in the comments of `beforeAll`.
 */
import ExcelJS from 'exceljs'
import { handleEndpoints } from 'payload'

import type { StaffAppraisal } from '@/lib/reports/appraisal'
import { slugs } from '@/slugs'

import { recordHistoricComplaint } from '../../seed/complaintHistory'
import { createWorkOrder } from '../helpers/factories'
import { makeResident, makeUnit } from '../helpers/fixtures'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { StaffMember } from '../helpers/staff'
import type { Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

let tb: Testbed
/** The person whose month is worked out: a site captain in customer service. */
let captain: StaffMember
/** Another person's cases: the clerk, also in customer service. */
let clerk: StaffMember
let engineer: StaffMember

const server = { context: { serverWrite: true } }
const iso = (s: string) => new Date(s).toISOString()

/** GET through the real handler: JSON parsed, anything else as bytes. */
const get = async (path: string, member?: StaffMember) => {
  const headers = new Headers()
  if (member) headers.set('Authorization', `JWT ${await tb.tokenOf(member)}`)
  const response = await handleEndpoints({
    config: tb.booted.config,
    request: new Request(`http://localhost:3000/api${path}`, { method: 'GET', headers }),
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  const json = response.headers.get('content-type')?.includes('json')
    ? (JSON.parse(bytes.toString('utf8')) as unknown)
    : undefined
  return { status: response.status, headers: response.headers, bytes, json }
}

/** A follow-up owned by `owner`, due at `deadline`, done at `doneAt` (or left open). */
const followUp = async (owner: StaffMember, title: string, deadline: string, doneAt?: string) => {
  const created = await tb.payload.create({
    collection: slugs.followUps,
    data: { title, owner: owner.id as number, deadline: iso(deadline), sourceKind: 'other' },
  })
  if (!doneAt) return created
  return tb.payload.update({
    collection: slugs.followUps,
    id: created.id,
    data: { status: 'done', doneAt: iso(doneAt), doneNote: '已办结' },
    ...server,
  })
}

beforeAll(async () => {
  tb = await startTestbed('appraisal')
  const { payload, staff } = tb
  captain = staff['site-captain']
  clerk = staff['cs-clerk']
  engineer = staff.engineer
  const department = async (member: StaffMember, value: string) =>
    payload.update({ collection: slugs.users, id: member.id, data: { department: value } as never })
  await department(captain, 'customer-service')
  await department(clerk, 'customer-service')
  await department(engineer, 'engineering')
  await department(staff['site-manager'], 'customer-service')
  await department(staff['property-manager'], 'engineering')

  const units = await Promise.all(['701', '702', '703'].map((n) => makeUnit(payload, '7栋', n)))
  const residents = [
    await makeResident(payload, units[0].id, '王一'),
    await makeResident(payload, units[1].id, '李二'),
    await makeResident(payload, units[2].id, '张三'),
  ]
  const home = (i: number) => ({ unitId: units[i].id, residentId: residents[i].id })
  const handling = (
    handler: StaffMember,
    resolvedAfterMinutes: number,
    more: Record<string, unknown> = {},
  ) => ({
    department: 'customer-service',
    handlerId: handler.id as number,
    dispatcherId: staff.dispatcher.id as number,
    resolverId: staff['site-manager'].id as number,
    verifiedAfterMinutes: 30,
    resolvedAfterMinutes,
    ...more,
  })
  // October 2026 in Shanghai (UTC+8): 2026-09-30T16:00Z … 2026-10-31T16:00Z.
  // Captain, C1: found true (属实), resolved in 5 h of a 24-hour slip (on time); visited A.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-10-05T02:00:00Z'),
    category: 'renovation-noise',
    ...home(0),
    description: '装修噪音',
    handling: handling(captain, 300),
    visit: { overall: 'A', afterDays: 4 },
  })
  // Captain, C2: NOT true (does not count as a valid complaint), resolved in 30 h of 24 (late);
  // visited C.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-10-08T02:00:00Z'),
    category: 'pests',
    ...home(1),
    description: '蟑螂',
    handling: handling(captain, 30 * 60, {
      verdict: 'unsubstantiated',
      verdictNote: '已按期消杀',
    }),
    visit: { overall: 'C', solved: true, afterDays: 3 },
  })
  // Captain, C3: true, dispatched to cleaning, a 4-hour slip resolved in 10 h (late); no visit.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-10-12T02:00:00Z'),
    category: 'cleaning-greenery',
    ...home(2),
    description: '垃圾未清运',
    handling: handling(captain, 600, { department: 'cleaning', deadlineAfterMinutes: 240 }),
  })
  // Captain, another month (September): true, on time, visited A in September — counts nowhere.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-09-20T02:00:00Z'),
    category: 'pests',
    ...home(0),
    description: '九月的投诉',
    handling: handling(captain, 300),
    visit: { overall: 'A', afterDays: 2 },
  })
  // Captain, an enquiry (咨询), not a complaint: never held against anyone.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-10-16T02:00:00Z'),
    kind: 'enquiry',
    category: 'other',
    ...home(1),
    description: '咨询停车',
    handling: handling(captain, 60),
  })
  // Another person's case: the clerk handled C5, true, on time; visited B.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-10-15T02:00:00Z'),
    category: 'renovation-noise',
    ...home(2),
    description: '夜间施工',
    handling: handling(clerk, 300),
    visit: { overall: 'B', afterDays: 3 },
  })

  // The engineer's work orders (targets: dispatched within 5 min, on site within 30 min).
  // W1: dispatched in 3 min (on time), on site 40 min later (late).
  const w1 = await createWorkOrder(
    payload,
    {
      unit: units[0].id,
      resident: residents[0].id,
      engineer: engineer.id as number,
      registeredAt: iso('2026-10-03T02:00:00Z'),
      dispatchedAt: iso('2026-10-03T02:03:00Z'),
      arrivedAt: iso('2026-10-03T02:43:00Z'),
    },
    { serverWrite: true },
  )
  // W2: dispatched in 10 min (late), on site 20 min later (on time).
  await createWorkOrder(
    payload,
    {
      unit: units[1].id,
      resident: residents[1].id,
      engineer: engineer.id as number,
      registeredAt: iso('2026-10-20T02:00:00Z'),
      dispatchedAt: iso('2026-10-20T02:10:00Z'),
      arrivedAt: iso('2026-10-20T02:30:00Z'),
    },
    { serverWrite: true },
  )
  // W3: September — not counted.
  await createWorkOrder(
    payload,
    {
      unit: units[2].id,
      resident: residents[2].id,
      engineer: engineer.id as number,
      registeredAt: iso('2026-09-10T02:00:00Z'),
      dispatchedAt: iso('2026-09-10T02:01:00Z'),
      arrivedAt: iso('2026-09-10T02:11:00Z'),
    },
    { serverWrite: true },
  )
  // A repair visit rated C in October: only complaint visits rate the cases handled.
  await payload.create({
    collection: slugs.returnVisits,
    data: {
      workOrder: w1.id,
      method: 'phone',
      answeredBy: 'resident',
      quality: 'C',
      effect: 'C',
      overall: 'C',
      solved: false,
      residentWords: '还在漏水',
      recordedAt: iso('2026-10-06T04:00:00Z'),
    },
    ...server,
  })

  // Follow-ups. Captain: F1 done two days late (counts), F2 done early (does not), F3 late but in
  // September (does not), F5 open past its 25 October deadline (overdue at the month's end),
  // F6 open, due in November (not overdue in October). Clerk: F4 done a day late.
  await followUp(captain, 'F1 复查楼道照明', '2026-10-10T02:00:00Z', '2026-10-12T02:00:00Z')
  await followUp(captain, 'F2 回复业主', '2026-10-20T02:00:00Z', '2026-10-18T02:00:00Z')
  await followUp(captain, 'F3 九月事项', '2026-09-10T02:00:00Z', '2026-09-15T02:00:00Z')
  await followUp(captain, 'F5 整改围挡', '2026-10-25T02:00:00Z')
  await followUp(captain, 'F6 十一月事项', '2026-11-05T02:00:00Z')
  await followUp(clerk, 'F4 补登记录', '2026-10-05T02:00:00Z', '2026-10-06T02:00:00Z')
})

afterAll(async () => {
  await tb?.shutdown()
})

const rowOf = (a: StaffAppraisal, member: StaffMember) =>
  a.staff.find((row) => String(row.user) === String(member.id))

describe('GET /api/reports/appraisal', () => {
  it('should count October by its handler, only what the procedures count', async () => {
    const res = await get('/reports/appraisal?month=2026-10', tb.staff['property-manager'])
    expect(res.status).toBe(200)
    const a = res.json as StaffAppraisal
    expect(a.period).toBe('2026-10')
    expect(a.from).toBe('2026-09-30T16:00:00.000Z')
    // Captain: C1 and C3 true (C2 not; September's and the enquiry not counted); three handled,
    // resolved on time only C1; visits A (C1) and C (C2); F1 done late, F5 overdue.
    expect(rowOf(a, captain)).toEqual({
      user: captain.id,
      name: '测试site-captain',
      department: 'customer-service',
      substantiated: 2,
      complaints: { handled: 3, resolved: 3, onTime: 1, rate: 33.3 },
      workOrders: {
        orders: 0,
        dispatched: 0,
        dispatchedOnTime: 0,
        dispatchRate: null,
        received: 0,
        receivedOnTime: 0,
        receiptRate: null,
        arrived: 0,
        arrivedOnTime: 0,
        arrivalRate: null,
      },
      ratings: { A: 1, B: 0, C: 1 },
      followUps: { done: 2, doneLate: 1, openOverdue: 1 },
    })
    // The clerk's own case, and only it.
    expect(rowOf(a, clerk)).toMatchObject({
      substantiated: 1,
      complaints: { handled: 1, resolved: 1, onTime: 1, rate: 100 },
      ratings: { A: 0, B: 1, C: 0 },
      followUps: { done: 1, doneLate: 1, openOverdue: 0 },
    })
    // The engineer: W1 and W2 (not September's W3); the repair visit's C is not a rating here.
    expect(rowOf(a, engineer)).toMatchObject({
      substantiated: 0,
      complaints: { handled: 0, resolved: 0, onTime: 0, rate: null },
      workOrders: {
        orders: 2,
        dispatched: 2,
        dispatchedOnTime: 1,
        dispatchRate: 50,
        arrived: 2,
        arrivedOnTime: 1,
        arrivalRate: 50,
      },
      ratings: { A: 0, B: 0, C: 0 },
    })
    // Per department dispatched to: customer service C1, C2, C5; cleaning C3.
    expect(a.departments).toEqual([
      { department: 'cleaning', complaints: 1, substantiated: 1, resolved: 1, onTime: 0, rate: 0 },
      {
        department: 'customer-service',
        complaints: 3,
        substantiated: 2,
        resolved: 3,
        onTime: 2,
        rate: 66.7,
      },
    ])
  })

  it('should print the same table landscape, and give it as a workbook', async () => {
    const director = tb.staff.director
    const json = (await get('/reports/appraisal?month=2026-10', director)).json as StaffAppraisal
    const pdf = await get('/reports/appraisal.pdf?month=2026-10', director)
    expect(pdf.status).toBe(200)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const { text } = await pdfText(new Uint8Array(pdf.bytes))
    expect(text).toContain('员工考核月度统计表')
    expect(text).toContain('考核月份 2026-10')
    expect(text).toContain('测试site-captain')
    expect(text).toContain('33.3%')
    expect(text).toContain('物业总监 Director')
    // A4 landscape: wider than high (the MediaBox is in the bytes).
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.bytes.toString('latin1'))
    expect(Number(box?.[1])).toBeGreaterThan(Number(box?.[2]))

    const xlsx = await get('/reports/appraisal.xlsx?month=2026-10', director)
    expect(xlsx.status).toBe(200)
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(xlsx.bytes as never)
    const [people, departments] = workbook.worksheets
    const header = (people.getRow(3).values as unknown[]).slice(1)
    expect(header).toContain('有效投诉')
    const rows = new Map<string, unknown[]>()
    people.eachRow((row, n) => {
      if (n > 3) rows.set(String(row.getCell(1).value), (row.values as unknown[]).slice(1))
    })
    const col = (name: string) => header.indexOf(name)
    const captainRow = rows.get('测试site-captain')!
    const captainJson = rowOf(json, captain)!
    expect(captainRow[col('有效投诉')]).toBe(captainJson.substantiated)
    expect(captainRow[col('按期率')]).toBeCloseTo(0.333, 3)
    expect(captainRow[col('回访C不满意')]).toBe(captainJson.ratings.C)
    expect(captainRow[col('跟进逾期完成')]).toBe(captainJson.followUps.doneLate)
    expect(rows.get('测试engineer')![col('派工及时率')]).toBe(0.5)
    expect(rows.get('合计')![col('有效投诉')]).toBe(3)
    expect(departments.getRow(4).getCell(1).value).toBe('环境部（清洁绿化）')
    expect(departments.getRow(5).getCell(3).value).toBe(2)
  })

  it('should refuse a guard, a clerk and an engineer (403), and a bad month naming it (400)', async () => {
    for (const member of [tb.staff['security-guard'], clerk, engineer, tb.staff.dispatcher]) {
      for (const suffix of ['', '.pdf', '.xlsx']) {
        const res = await get(`/reports/appraisal${suffix}?month=2026-10`, member)
        expect(res.status).toBe(403)
        expect(JSON.stringify(res.json)).not.toContain('测试site-captain')
      }
    }
    expect((await get('/reports/appraisal?month=2026-10')).status).toBe(401)
    // The general manager reads as the director; the administrator reads it too.
    expect(
      (await get('/reports/appraisal?month=2026-10', tb.staff['general-manager'])).status,
    ).toBe(200)
    expect((await get('/reports/appraisal?month=2026-10', tb.staff.admin)).status).toBe(200)
    for (const month of ['2026-13', '2026-1', '', '2026-Q4']) {
      const res = await get(`/reports/appraisal.pdf?month=${month}`, tb.staff.director)
      expect(res.status).toBe(400)
      expect(errorPaths(res.json as ErrorBody)).toEqual(['month'])
    }
  })
})

describe('the dashboard’s follow-ups', () => {
  type Team = {
    scope: string
    departments: string[]
    open: number
    overdue: number
    items: Array<{ id: number; owner: string; overdue: boolean }>
  }
  type FollowUps = {
    mine: { open: number; overdue: number }
    team: Team | null
  }
  const panelOf = async (member: StaffMember) => {
    const res = await tb.rest.get<{ panels: Array<{ key: string; data: FollowUps }> }>(
      '/dashboard',
      { token: await tb.tokenOf(member) },
    )
    expect(res.status).toBe(200)
    return res.body.panels.find((p) => p.key === 'follow-ups')!.data
  }

  it('should show each person their own, and a manager their department’s', async () => {
    // Today's items: the captain one overdue and one not; the engineer one overdue.
    const day = 86_400_000
    const captainLate = await followUp(
      captain,
      '今日逾期',
      new Date(Date.now() - day).toISOString(),
    )
    await followUp(captain, '下周完成', new Date(Date.now() + 7 * day).toISOString())
    const engineerLate = await followUp(
      engineer,
      '工程逾期',
      new Date(Date.now() - 2 * day).toISOString(),
    )
    // The captain's open items: F5, F6 (both past by now), and the two above.
    const mine = await panelOf(captain)
    expect(mine.mine).toEqual(expect.objectContaining({ open: 4, overdue: 3 }))
    expect(mine.team).toBeNull()

    // The site manager (customer service): the captain's four; not the engineer's.
    const cs = (await panelOf(tb.staff['site-manager'])).team!
    expect(cs).toMatchObject({ scope: 'department', departments: ['customer-service'] })
    expect(cs.open).toBe(4)
    expect(cs.overdue).toBe(3)
    expect(cs.items.map((i) => i.id)).toContain(captainLate.id)
    expect(cs.items.map((i) => i.id)).not.toContain(engineerLate.id)
    expect(cs.items.find((i) => i.id === captainLate.id)).toMatchObject({
      owner: '测试site-captain',
      overdue: true,
    })

    // The property manager (engineering), who is also designated head of cleaning: the engineer's.
    await tb.payload.updateGlobal({
      slug: 'office-settings',
      data: {
        departmentHeads: [{ department: 'cleaning', user: tb.staff['property-manager'].id }],
      } as never,
    })
    const eng = (await panelOf(tb.staff['property-manager'])).team!
    expect(eng).toMatchObject({
      scope: 'department',
      departments: ['engineering', 'cleaning'],
      open: 1,
      overdue: 1,
    })
    expect(eng.items.map((i) => i.id)).toEqual([engineerLate.id])

    // The director: the whole office. A guard: their own only.
    const office = (await panelOf(tb.staff.director)).team!
    expect(office).toMatchObject({ scope: 'office', open: 5, overdue: 4 })
    expect((await panelOf(tb.staff['security-guard'])).team).toBeNull()
  })
})
