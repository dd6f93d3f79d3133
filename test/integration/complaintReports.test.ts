import fs from 'fs'
import path from 'path'

import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import type { ComplaintStatistics } from '@/lib/reports/complaintStatistics'
import { householdSatisfaction } from '@/domain/complaints/returnVisits'
import { loadDashboard } from '@/lib/dashboard'
import { keptMonthFigures, refreshClosedMonths } from '@/lib/dashboard/monthFigures'
import type { TrendPoint } from '@/lib/dashboard/queries'
import { monthlyTrend } from '@/lib/dashboard/queries'
import { countTrendMonths } from '@/lib/dashboard/trendCounts'
import { TREND_MONTHS } from '@/domain/monthFigures'
import { monthStarts } from '@/domain/reportPeriods'
import { localYearMonth } from '@/domain/time'
import { querySql } from '@/lib/sql'
import { householdKey } from '@/lib/households'
import { visitSatisfactionByPeriod } from '@/lib/reports/visitSatisfaction'
import { slugs } from '@/slugs'

import type { HistoricComplaint } from '../../seed/complaintHistory'
import { recordHistoricComplaint } from '../../seed/complaintHistory'
import { createComplaint, createWorkOrder } from '../helpers/factories'
import { complaintBody, makeResident, makeUnit } from '../helpers/fixtures'
import type { Booted } from '../helpers/payload'
import { bootPayload, errorPaths, restClient } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
/** A household for the complaints the refusal and escalation tests register today. */
let home: { unit: number; resident: number }

beforeAll(async () => {
  booted = await bootPayload('complaint-reports')
  payload = booted.payload
  rest = restClient(booted.config)
  staff = await createStaff(payload)
  const [u1, u2, u3] = await Promise.all(
    ['501', '502', '503'].map((n) => makeUnit(payload, '5栋', n)),
  )
  const shop = await makeUnit(payload, '商业街', 'S001', 'commercial')
  const [r1, r2, r3] = [
    await makeResident(payload, u1.id, '周一'),
    await makeResident(payload, u2.id, '吴二'),
    await makeResident(payload, u3.id, '郑三'),
  ]
  const tenant = await makeResident(payload, shop.id, '钱老板', 'commercial-tenant')
  home = { unit: u1.id, resident: r1.id }
  const handling = (
    verified: number | undefined,
    resolved: number | undefined,
    more: Partial<NonNullable<HistoricComplaint['handling']>> = {},
  ) => ({
    department: 'customer-service',
    handlerId: staff['site-captain'].id as number,
    dispatcherId: staff.dispatcher.id as number,
    resolverId: staff['site-manager'].id as number,
    verifiedAfterMinutes: verified,
    resolvedAfterMinutes: resolved,
    ...more,
  })
  // August 2026 in Shanghai (UTC+8): 2026-07-31T16:00Z … 2026-08-31T16:00Z. Every figure of the
  // month is worked out by hand in the first test's comments.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-03T02:00:00Z'),
    category: 'renovation-noise',
    unitId: u1.id,
    residentId: r1.id,
    description: '周末装修电钻声',
    handling: handling(60, 300),
    visit: { overall: 'A', afterDays: 4 },
    close: { byId: staff['cs-clerk'].id as number, afterDays: 5 },
  })
  // The slip gave three days: resolved in 30 h is late for the 24 h rate, on time for the slip.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-10T01:00:00Z'),
    channel: 'visit',
    category: 'renovation-noise',
    unitId: u2.id,
    residentId: r2.id,
    description: '中午施工',
    handling: handling(16 * 60, 30 * 60, {
      deadlineAfterMinutes: 72 * 60,
      verdict: 'unsubstantiated',
      verdictNote: '施工在允许时段内',
    }),
    visit: { overall: 'B', afterDays: 5 },
  })
  // The slip gave four hours: resolved in 10 h is within 24 h, and late.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-15T03:00:00Z'),
    channel: 'letter',
    category: 'pests',
    unitId: u3.id,
    residentId: r3.id,
    description: '地下室老鼠',
    handling: handling(30, 600, {
      writtenReply: '已投放鼠药并封堵洞口',
      deadlineAfterMinutes: 240,
    }),
    visit: { overall: 'C', solved: false, afterDays: 5, words: '还有老鼠' },
  })
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-20T06:00:00Z'),
    category: 'fire',
    unitId: shop.id,
    residentId: tenant.id,
    description: '后厨油烟机起火，已扑灭',
    handling: handling(10, 120),
    visit: { overall: 'A', afterDays: 2 },
  })
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-21T06:00:00Z'),
    kind: 'enquiry',
    category: 'other',
    unitId: u1.id,
    visitor: { name: '快递员', phone: '13700001111' },
    description: '询问快递柜位置',
  })
  // Local time decides the month: 01:00 on 1 August in Shanghai is still 31 July in UTC.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-07-31T17:00:00Z'),
    category: 'cleaning-greenery',
    unitId: u1.id,
    residentId: r1.id,
    description: '草坪未修剪',
  })
  // …and 00:30 on 1 September in Shanghai belongs to September.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-31T16:30:00Z'),
    category: 'pests',
    unitId: u2.id,
    residentId: r2.id,
    description: '蚊虫',
  })
  // Households visited twice: 周一 (A, then B: satisfied), 吴二 (B, then C: not satisfied).
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-12T02:00:00Z'),
    category: 'pests',
    unitId: u1.id,
    residentId: r1.id,
    description: '厨房蟑螂',
    handling: handling(30, 240),
    visit: { overall: 'B', afterDays: 3 },
  })
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-22T02:00:00Z'),
    category: 'cleaning-greenery',
    unitId: u2.id,
    residentId: r2.id,
    description: '垃圾桶未清',
    handling: handling(30, 200, { verdict: 'unsubstantiated', verdictNote: '当日已按时清运' }),
    visit: { overall: 'C', solved: true, afterDays: 4 },
  })
  // July: a valid complaint that counts in the rolling year, not in August.
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-07-10T02:00:00Z'),
    category: 'pests',
    unitId: u3.id,
    residentId: r3.id,
    description: '楼道蚊虫',
    handling: handling(30, 300),
  })
  // Repair visits in August: never in the complaint rate; their own, by household.
  const repairVisit = async (unit: number, resident: number, overall: 'A' | 'C', day: string) => {
    const order = await createWorkOrder(payload, { unit, resident })
    await payload.create({
      collection: slugs.returnVisits,
      data: {
        workOrder: order.id,
        method: 'phone',
        answeredBy: 'resident',
        quality: overall,
        effect: overall,
        overall,
        solved: overall !== 'C',
        residentWords: overall === 'C' ? '还在漏' : undefined,
        recordedAt: `${day}T04:00:00.000Z`,
      },
      context: { serverWrite: true },
    })
  }
  await repairVisit(u1.id, r1.id, 'A', '2026-08-05')
  await repairVisit(u2.id, r2.id, 'A', '2026-08-08')
  await repairVisit(u2.id, r2.id, 'A', '2026-08-18')
  await repairVisit(u3.id, r3.id, 'C', '2026-08-25')
})

afterAll(async () => {
  await booted?.shutdown()
})

describe('monthly complaint statistics', () => {
  it('should count August 2026 by local time, with every rate from its parts', async () => {
    const token = await rest.login(staff['site-manager'].email, TEST_PASSWORD)
    const res = await rest.get<ComplaintStatistics>('/reports/complaints/monthly?month=2026-08', {
      token,
    })
    expect(res.status).toBe(200)
    const s = res.body
    // Registered in August (local): seven complaints and one enquiry; 31 July (UTC) is 1 August
    // here, 31 August 16:30 (UTC) is September, and 10 July is July.
    expect(s.registered).toBe(8)
    expect(s.complaints).toBe(7)
    expect(s.byKind).toEqual({ complaint: 7, enquiry: 1 })
    expect(s.byCategory).toEqual({
      'renovation-noise': 2,
      pests: 2,
      fire: 1,
      'cleaning-greenery': 2,
    })
    expect(s.bySeverity).toEqual({ general: 6, major: 1 })
    expect(s.byChannel).toEqual({ phone: 5, visit: 1, letter: 1 })
    expect(s.byBuilding).toEqual({ '5栋': 6, 商业街: 1 })
    // Verified the same day: all but the one verified at 01:00 the next day and the unverified one.
    expect(s.verification).toEqual({ onTime: 5, of: 7, rate: 71.4 })
    // Within 24 h: all resolved but the 30-hour one; the unresolved one is not within.
    expect(s.resolution).toEqual({
      within24h: 5,
      of: 7,
      rate: 71.4,
      target: 80,
      met: false,
      resolvedInPeriod: 6,
    })
    // By the slip: the 30-hour one had three days (on time), the 10-hour one had four hours (late).
    expect(s.onTime).toEqual({ onTime: 5, of: 6, rate: 83.3 })
    expect(s.returnVisits).toEqual({ recorded: 6, required: 6, rate: 100, target: 100, met: true })
    // Complaint visits A A B B C C over four households: 周一 (A, B) and 钱老板 (A) satisfied;
    // 吴二 (B, C) and 郑三 (C) not. The four repair visits are not here.
    expect(s.satisfaction).toEqual({
      households: 4,
      satisfied: 2,
      visits: { A: 2, B: 2, C: 2 },
      rate: 50,
      target: 95,
      met: false,
    })
    // Repairs: 周一 A, 吴二 A and A (one household), 郑三 C.
    expect(s.repairSatisfaction).toEqual({
      households: 3,
      satisfied: 2,
      visits: { A: 3, B: 0, C: 1 },
      rate: 66.7,
      target: 95,
      met: false,
    })
    // Valid complaints: four found true; two not (they do not count); one still undecided.
    expect(s.validComplaints).toEqual({
      substantiated: 4,
      unsubstantiated: 2,
      undecided: 1,
      households: 4,
      rate: 100,
      target: 1,
      met: false,
      year: {
        from: '2025-08-31T16:00:00.000Z',
        substantiated: 5,
        rate: 125,
        met: false,
      },
    })
  })

  it('should print the same figures as a PDF', async () => {
    const token = await rest.login(staff.director.email, TEST_PASSWORD)
    const res = await rest.get<Uint8Array>('/reports/complaints/monthly.pdf?month=2026-08', {
      token,
    })
    expect(res.status).toBe(200)
    fs.mkdirSync(path.resolve('test/.tmp/pdf'), { recursive: true })
    fs.writeFileSync(path.resolve('test/.tmp/pdf/monthly.pdf'), res.body)
    const { text } = await pdfText(res.body)
    expect(text).toContain('客户月投诉统计表')
    expect(text).toContain('2026-08')
    for (const figure of [
      '71.4%（5/7）',
      '83.3%（5/6）',
      '100%（6/6）',
      '50%（2/4户）',
      '回访 A2 B2 C2',
      '66.7%（2/3户）',
      '回访 A3 B0 C1',
      '100%（4/4户）',
      '125%（5/4户）',
      '不属实 2，未定 1',
      '≥ 80%',
      '≥ 95%',
      '< 1%',
    ]) {
      expect(text).toContain(figure)
    }
    expect(text).toContain('装修噪音')
  })

  it('should show the dashboard the same month through the same functions', async () => {
    const user = await payload.findByID({ collection: slugs.users, id: staff.director.id })
    const midAugust = new Date('2026-08-16T04:00:00Z')
    const dashboard = await loadDashboard(
      { payload, user: { ...user, collection: 'users' } } as never,
      undefined,
      midAugust,
    )
    const data = (key: string) => dashboard.panels.find((p) => p.key === key)?.data
    expect(data('kpis')).toMatchObject({
      month: '2026-08',
      resolvedWithin24h: { rate: 71.4, count: 5, of: 7, target: 80, met: false },
      returnVisits: { rate: 100, count: 6, of: 6, target: 100, met: true },
      satisfaction: { rate: 50, count: 2, of: 4, target: 95, met: false },
      validComplaints: { rate: 100, count: 4, of: 4, target: 1, met: false },
    })
    const trend = data('trend') as TrendPoint[]
    expect(trend).toHaveLength(12)
    expect(trend[11]).toEqual({
      month: '2026-08',
      complaints: 7,
      valid: 4,
      rated: 4,
      satisfied: 2,
      satisfaction: 50,
    })
    expect(trend[10]).toEqual({
      month: '2026-07',
      complaints: 1,
      valid: 1,
      rated: 0,
      satisfied: 0,
      satisfaction: null,
    })
  })

  it('should compute in the database what the domain rule gives on the loaded visits', async () => {
    const visits = await payload.find({
      collection: slugs.returnVisits,
      where: { and: [{ status: { equals: 'done' } }, { complaint: { exists: true } }] },
      depth: 1,
      pagination: false,
    })
    const month = visits.docs.filter(
      (v) =>
        v.recordedAt! >= '2026-07-31T16:00:00.000Z' && v.recordedAt! < '2026-08-31T16:00:00.000Z',
    )
    const rule = householdSatisfaction(
      month.map((v) => ({
        household: householdKey(v.complaint as { resident?: unknown; unit?: unknown }),
        overall: v.overall!,
      })),
    )
    const [database] = await visitSatisfactionByPeriod(payload, undefined, 'complaint', [
      new Date('2026-07-31T16:00:00Z'),
      new Date('2026-08-31T16:00:00Z'),
    ])
    expect(database).toEqual(rule)
  })

  it.each(['2026-13', '2026-8', 'august', ''])(
    'should refuse month=%p with 400 naming the field',
    async (month) => {
      const token = await rest.login(staff.dispatcher.email, TEST_PASSWORD)
      const res = await rest.get<{
        errors?: Array<{ data?: { errors?: Array<{ path: string }> } }>
      }>(`/reports/complaints/monthly?month=${month}`, { token })
      expect(res.status).toBe(400)
      expect(res.body.errors?.[0]?.data?.errors?.[0]?.path).toBe('month')
    },
  )

  it('should refuse a clerk or a guard with 403', async () => {
    for (const role of ['cs-clerk', 'security-guard'] as const) {
      const token = await rest.login(staff[role].email, TEST_PASSWORD)
      const res = await rest.get('/reports/complaints/monthly?month=2026-08', { token })
      expect(res.status).toBe(403)
    }
  })
})

describe('monthly dispatch summary and quarterly analysis', () => {
  type ReportDoc = { id: number; status: string; figures: ComplaintStatistics; title: string }
  type Err = { errors?: Array<{ data?: { errors?: Array<{ path: string }> } }> }
  const tokenOf = (role: keyof typeof staff) => rest.login(staff[role].email, TEST_PASSWORD)
  const pathOf = (body: Err) => body.errors?.[0]?.data?.errors?.[0]?.path

  it('should compute the summary’s figures; only the office head writes and signs the comments', async () => {
    const dispatcher = await tokenOf('dispatcher')
    const count = async () => (await payload.count({ collection: 'complaint-reports' })).totalDocs
    const before = await count()
    const forged = await rest.post('/complaint-reports', {
      token: dispatcher,
      body: { kind: 'monthly-dispatch-summary', period: '2026-08', headComments: '调度员代写' },
    })
    expect(forged.status).toBe(403)
    expect(await count()).toBe(before)

    const res = await rest.post<{ doc: ReportDoc }>('/complaint-reports', {
      token: dispatcher,
      body: { kind: 'monthly-dispatch-summary', period: '2026-08' },
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.figures.complaints).toBe(7)
    expect(res.body.doc.title).toBe('投诉调度记录月总结表 2026-08')
    const id = res.body.doc.id

    const stored = await payload.findByID({ collection: 'complaint-reports', id })
    const byDispatcher = await rest.patch(`/complaint-reports/${id}`, {
      token: dispatcher,
      body: { headComments: '装修噪音投诉集中' },
    })
    expect(byDispatcher.status).toBe(403)
    expect(await payload.findByID({ collection: 'complaint-reports', id })).toEqual(stored)

    // The office head: by default the first property manager.
    const signed = await rest.patch<{ doc: Record<string, unknown> }>(`/complaint-reports/${id}`, {
      token: await tokenOf('property-manager'),
      body: { headComments: '装修噪音投诉集中，需加强巡查' },
    })
    expect(signed.status).toBe(200)
    expect(signed.body.doc).toMatchObject({
      headComments: '装修噪音投诉集中，需加强巡查',
      headCommentsBy: expect.objectContaining({ id: staff['property-manager'].id }),
      headCommentsAt: expect.any(String),
    })
    // The dispatcher may still edit the rest of the summary without touching the comments.
    const untouched = await rest.patch(`/complaint-reports/${id}`, {
      token: dispatcher,
      body: { headComments: '装修噪音投诉集中，需加强巡查' },
    })
    expect(untouched.status).toBe(200)

    const pdf = await rest.get<Uint8Array>(`/complaint-reports/${id}/report.pdf`, {
      token: dispatcher,
    })
    expect(pdf.status).toBe(200)
    const { text } = await pdfText(pdf.body)
    expect(text).toContain('投诉调度记录月总结表')
    expect(text).toContain('期间 2026-08')
    expect(text).toContain('投诉：7')
    expect(text).toContain('装修噪音投诉集中，需加强巡查')
    expect(text).toContain('测试property-manager')
    expect(text).toContain('客服中心主任 Office head')
  })

  it('should refuse a period of the wrong shape and forged figures', async () => {
    const token = await tokenOf('site-manager')
    const bad = await rest.post<Err>('/complaint-reports', {
      token,
      body: { kind: 'quarterly-analysis', period: '2026-Q5' },
    })
    expect(bad.status).toBe(400)
    expect(pathOf(bad.body)).toBe('period')
    const forged = await rest.post('/complaint-reports', {
      token,
      body: { kind: 'quarterly-analysis', period: '2026-Q2', figures: { complaints: 0 } },
    })
    expect(forged.status).toBe(403)
  })

  it('should make the quarterly analysis final only when the general manager approves it, its actions follow-ups', async () => {
    const manager = await tokenOf('site-manager')
    const created = await rest.post<{ doc: ReportDoc }>('/complaint-reports', {
      token: manager,
      body: { kind: 'quarterly-analysis', period: '2026-Q3' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    // July–September in Shanghai: August's seven, July's one, the one on 1 September (local),
    // one enquiry.
    expect(created.body.doc.figures.complaints).toBe(9)
    expect(created.body.doc.figures.registered).toBe(10)

    const director = await tokenOf('director')
    const gm = await tokenOf('general-manager')
    const approve = (token: string) =>
      rest.post<{ doc: ReportDoc & Record<string, unknown> } & Err>(
        `/approvals/complaint-reports/${id}/approve`,
        { token },
      )
    const signatures = async () =>
      (
        await payload.count({
          collection: 'approval-log',
          where: { documentId: { equals: String(id) } },
        })
      ).totalDocs
    const followUps = async () =>
      (
        await payload.find({
          collection: 'follow-ups',
          where: { 'source.value': { equals: id } },
          sort: 'deadline',
          depth: 0,
        })
      ).docs.filter(
        (f) => (f.source as { relationTo?: string })?.relationTo === 'complaint-reports',
      )

    // Nobody approves what the office head has not submitted.
    expect((await approve(director)).status).toBe(403)
    expect((await approve(gm)).status).toBe(403)
    const empty = await approve(manager)
    expect(empty.status).toBe(400)
    expect(pathOf(empty.body)).toBe('analysis')

    const inDays = (d: number) => new Date(Date.now() + d * 86_400_000).toISOString()
    await rest.patch(`/complaint-reports/${id}`, {
      token: manager,
      body: {
        analysis: '三季度装修噪音与虫鼠害为主要投诉来源。',
        correctiveActions: [
          { action: '装修巡查每日两次', owner: staff['site-captain'].id, dueDate: inDays(30) },
        ],
        preventiveActions: [{ action: '入住时发放装修守则并签收' }],
      },
    })
    // Every action is followed until done: an owner and a date.
    const noOwner = await approve(manager)
    expect(noOwner.status).toBe(400)
    expect(pathOf(noOwner.body)).toBe('preventiveActions.0.owner')
    await rest.patch(`/complaint-reports/${id}`, {
      token: manager,
      body: {
        preventiveActions: [
          { action: '入住时发放装修守则并签收', owner: staff['cs-clerk'].id, dueDate: inDays(60) },
        ],
      },
    })
    expect((await approve(manager)).status).toBe(200)
    expect((await approve(await tokenOf('property-manager'))).status).toBe(403)
    expect((await approve(gm)).status).toBe(403)

    const reviewed = await approve(director)
    expect(reviewed.status).toBe(200)
    expect(reviewed.body.doc.status).toBe('draft')
    // The director may not sign it twice: the last step is the general manager's.
    const beforeTwice = await payload.findByID({ collection: 'complaint-reports', id })
    const signed = await signatures()
    expect((await approve(director)).status).toBe(403)
    expect(await payload.findByID({ collection: 'complaint-reports', id })).toEqual(beforeTwice)
    expect(await signatures()).toBe(signed)
    expect(await followUps()).toHaveLength(0)

    const approved = await approve(gm)
    expect(approved.status).toBe(200)
    expect(approved.body.doc.status).toBe('approved')
    expect(approved.body.doc.approvedBy).toBe(staff['general-manager'].id)
    const items = await followUps()
    expect(items.map((f) => [f.title, f.owner, f.sourceKind, f.status])).toEqual([
      ['纠正措施：装修巡查每日两次', staff['site-captain'].id, 'corrective-action', 'open'],
      ['预防措施：入住时发放装修守则并签收', staff['cs-clerk'].id, 'corrective-action', 'open'],
    ])

    // Nor the general manager.
    const final = await payload.findByID({ collection: 'complaint-reports', id })
    expect((await approve(gm)).status).toBe(409)
    expect(await payload.findByID({ collection: 'complaint-reports', id })).toEqual(final)
    expect(await signatures()).toBe(signed + 1)
    expect(await followUps()).toHaveLength(2)

    const edit = await rest.patch(`/complaint-reports/${id}`, {
      token: manager,
      body: { analysis: '改写' },
    })
    expect(edit.status).toBe(403)
    expect(await payload.findByID({ collection: 'complaint-reports', id })).toEqual(final)

    // The general manager reads what the director reads, and changes nothing by PATCH.
    expect((await rest.get(`/complaint-reports/${id}`, { token: gm })).status).toBe(200)
    expect(
      (await rest.get('/reports/complaints/monthly?month=2026-08', { token: gm })).status,
    ).toBe(200)

    const pdf = await rest.get<Uint8Array>(`/complaint-reports/${id}/report.pdf`, { token: gm })
    expect(pdf.status).toBe(200)
    const bytes = pdf.body
    const outDir = path.resolve('test/.tmp/pdf')
    fs.mkdirSync(outDir, { recursive: true })
    fs.writeFileSync(path.join(outDir, 'quarterly-analysis.pdf'), bytes)
    const { text } = await pdfText(bytes)
    expect(text).toContain('用户投诉分析报告')
    expect(text).toContain('期间 2026-Q3（已批准）')
    expect(text).toContain('三季度装修噪音与虫鼠害为主要投诉来源。')
    expect(text).toContain('装修巡查每日两次')
    expect(text).toContain('总经理批准：测试general-manager')
    expect(text).toContain('物业总监审核：测试director')
    expect(text).toContain('总经理批准 General manager approves')
  })
})

type RefusalBody = {
  errors?: Array<{ message: string; data?: { errors?: Array<{ path: string }> } }>
}

describe('the resolver’s verdict (有效投诉)', () => {
  it('should refuse a resolve without a verdict, or a verdict without a note, changing nothing', async () => {
    const clerk = await rest.login(staff['cs-clerk'].email, TEST_PASSWORD)
    const created = await rest.post<{ doc: { id: number } }>('/complaints', {
      token: clerk,
      body: complaintBody(home),
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const dispatched = await rest.post(`/complaints/${id}/actions/dispatch`, {
      token: await rest.login(staff.dispatcher.email, TEST_PASSWORD),
      body: {
        department: 'customer-service',
        handler: staff['site-captain'].id,
        deadline: new Date(Date.now() + 48 * 3_600_000).toISOString(),
      },
    })
    expect(dispatched.status).toBe(200)
    const director = await rest.login(staff.director.email, TEST_PASSWORD)
    expect((await rest.post(`/complaints/${id}/actions/start`, { token: director })).status).toBe(
      200,
    )
    const before = await payload.findByID({ collection: slugs.complaints, id, depth: 0 })
    const jobsBefore = (await payload.count({ collection: 'payload-jobs' })).totalDocs
    for (const [body, field] of [
      [{ result: '已处理' }, 'verdict'],
      [{ result: '已处理', verdict: 'perhaps', verdictNote: '说明' }, 'verdict'],
      [{ result: '已处理', verdict: 'unsubstantiated' }, 'verdictNote'],
      [{ result: '已处理', verdict: 'unsubstantiated', verdictNote: '  ' }, 'verdictNote'],
    ] as const) {
      const refused = await rest.post<RefusalBody>(`/complaints/${id}/actions/resolve`, {
        token: director,
        body,
      })
      expect(refused.status).toBe(400)
      expect(errorPaths(refused.body)).toContain(field)
    }
    expect(await payload.findByID({ collection: slugs.complaints, id, depth: 0 })).toEqual(before)
    expect((await payload.count({ collection: 'payload-jobs' })).totalDocs).toBe(jobsBefore)

    const resolved = await rest.post(`/complaints/${id}/actions/resolve`, {
      token: director,
      body: { result: '已协调', verdict: 'unsubstantiated', verdictNote: '施工在允许时段内' },
    })
    expect(resolved.status).toBe(200)
    const after = await payload.findByID({ collection: slugs.complaints, id, depth: 0 })
    expect([after.status, after.verdict, after.verdictNote]).toEqual([
      'resolved',
      'unsubstantiated',
      '施工在允许时段内',
    ])
    // The verdict is the resolver's: a client cannot write it.
    const forged = await rest.patch(`/complaints/${id}`, {
      token: director,
      body: { verdict: 'substantiated' },
    })
    expect(forged.status).toBe(403)
    expect((await payload.findByID({ collection: slugs.complaints, id })).verdict).toBe(
      'unsubstantiated',
    )
  })
})

describe('the slip’s deadline is the deadline', () => {
  const escalate = async () => {
    await payload.jobs.queue({ task: 'escalateOverdueComplaints', queue: 'escalations', input: {} })
    await payload.jobs.run({ queue: 'escalations', limit: 100 })
  }
  const reread = (id: number) => payload.findByID({ collection: slugs.complaints, id, depth: 0 })
  const server = { context: { serverWrite: true } }

  it('should escalate on the slip’s deadline, not 24 hours after registration', async () => {
    // Five days old: verification (当天, on working time by default) is due by the close of the
    // working day it came in on, at most three days later with no holidays entered.
    const registeredAt = new Date(Date.now() - 5 * 24 * 3_600_000).toISOString()
    const complaint = await createComplaint(
      payload,
      { ...home, registeredAt },
      { serverWrite: true },
    )
    const inTwoDays = new Date(Date.now() + 48 * 3_600_000).toISOString()
    await payload.update({
      collection: slugs.complaints,
      id: complaint.id,
      data: {
        status: 'dispatched',
        department: 'customer-service',
        handler: staff.dispatcher.id,
        handlingDeadline: inTwoDays,
      },
      ...server,
    })
    expect((await reread(complaint.id)).resolveDueAt).toBe(inTwoDays)
    await escalate()
    // Not verified the day it came in: reported. Five days old, but the slip gave two more days.
    expect((await reread(complaint.id)).breachesNotified).toEqual(['verification'])

    const anHourAgo = new Date(Date.now() - 3_600_000).toISOString()
    await payload.update({
      collection: slugs.complaints,
      id: complaint.id,
      data: { handlingDeadline: anHourAgo },
      ...server,
    })
    await escalate()
    expect((await reread(complaint.id)).breachesNotified).toEqual(['verification', 'resolution'])

    // A new, later deadline is watched again.
    await payload.update({
      collection: slugs.complaints,
      id: complaint.id,
      data: { handlingDeadline: inTwoDays },
      ...server,
    })
    expect((await reread(complaint.id)).breachesNotified).toEqual(['verification'])
  })
})

describe('targets are office settings (目标)', () => {
  // The targets and when the settings were last saved (unsaved defaults get fresh row ids).
  const settings = async () => {
    const { targets, updatedAt } = await payload.findGlobal({ slug: 'office-settings', depth: 0 })
    return { targets, updatedAt }
  }
  const audits = async () =>
    (
      await payload.count({
        collection: slugs.auditLog,
        where: { collectionSlug: { equals: 'office-settings' } },
      })
    ).totalDocs

  it('should refuse a target outside 0–100% naming the field, and a clerk, changing nothing', async () => {
    const director = await rest.login(staff.director.email, TEST_PASSWORD)
    const before = await settings()
    const logged = await audits()
    for (const [targets, field] of [
      [{ complaintSatisfaction: 101 }, 'targets.complaintSatisfaction'],
      [{ validComplaints: -1 }, 'targets.validComplaints'],
      [{ resolvedWithin24h: 150 }, 'targets.resolvedWithin24h'],
    ] as const) {
      const res = await rest.post<RefusalBody>('/globals/office-settings', {
        token: director,
        body: { targets },
      })
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toContain(field)
    }
    const clerk = await rest.post('/globals/office-settings', {
      token: await rest.login(staff['cs-clerk'].email, TEST_PASSWORD),
      body: { targets: { complaintSatisfaction: 50 } },
    })
    expect(clerk.status).toBe(403)
    expect(await settings()).toEqual(before)
    expect(await audits()).toBe(logged)
  })

  it('should show a manager’s new targets in the JSON, the PDF and the dashboard, audited', async () => {
    const manager = await rest.login(staff['property-manager'].email, TEST_PASSWORD)
    const logged = await audits()
    const res = await rest.post('/globals/office-settings', {
      token: manager,
      body: { targets: { complaintSatisfaction: 50, resolvedWithin24h: 70 } },
    })
    expect(res.status).toBe(200)
    expect(await audits()).toBe(logged + 1)
    const entry = (
      await payload.find({
        collection: slugs.auditLog,
        where: { collectionSlug: { equals: 'office-settings' } },
        sort: '-createdAt',
        limit: 1,
      })
    ).docs[0]
    expect(entry.userEmail).toBe(staff['property-manager'].email)
    expect(JSON.stringify(entry.changedFields)).toContain('targets')

    const json = await rest.get<ComplaintStatistics>('/reports/complaints/monthly?month=2026-08', {
      token: manager,
    })
    expect(json.body.satisfaction).toMatchObject({ rate: 50, target: 50, met: true })
    expect(json.body.resolution).toMatchObject({ rate: 71.4, target: 70, met: true })
    const pdf = await rest.get<Uint8Array>('/reports/complaints/monthly.pdf?month=2026-08', {
      token: manager,
    })
    const { text } = await pdfText(pdf.body)
    expect(text).toContain('≥ 50%')
    expect(text).toContain('≥ 70%')
    const user = await payload.findByID({ collection: slugs.users, id: staff.director.id })
    const dashboard = await loadDashboard(
      { payload, user: { ...user, collection: 'users' } } as never,
      undefined,
      new Date('2026-08-16T04:00:00Z'),
    )
    expect(dashboard.panels.find((p) => p.key === 'kpis')?.data).toMatchObject({
      satisfaction: { target: 50, met: true },
      resolvedWithin24h: { target: 70, met: true },
    })
    await rest.post('/globals/office-settings', {
      token: manager,
      body: { targets: { complaintSatisfaction: 95, resolvedWithin24h: 80 } },
    })
  })
})

describe('the trend’s kept month figures (month-figures)', () => {
  const tz = 'Asia/Shanghai'
  /** The closed months the trend shows today, oldest first, and the fresh count of all twelve. */
  const freshTrend = async () => {
    const starts = monthStarts(new Date(), tz, TREND_MONTHS)
    return countTrendMonths(payload, undefined, starts, tz)
  }
  /** Every kept month equals a fresh count, and the dashboard's trend equals the fresh trend. */
  const expectKeptEqualsFresh = async () => {
    const fresh = await freshTrend()
    const closed = fresh.slice(0, -1)
    const kept = await keptMonthFigures(
      payload,
      undefined,
      tz,
      closed.map((p) => p.month),
    )
    expect(kept.size).toBe(closed.length)
    for (const point of closed) {
      expect({ month: point.month, ...kept.get(point.month) }).toEqual({
        month: point.month,
        complaints: point.complaints,
        valid: point.valid,
        rated: point.rated,
        satisfied: point.satisfied,
      })
    }
    expect(await monthlyTrend(payload, undefined, new Date(), tz)).toEqual(fresh)
    return fresh
  }
  /** Noon on the 10th of the month `back` months before this one, Shanghai time. */
  const monthsAgo = (back: number, day = 10) => {
    const start = monthStarts(new Date(), tz, back + 1)[0]
    return new Date(start.getTime() + ((day - 1) * 24 + 12) * 3600_000)
  }
  const label = (date: Date) => localYearMonth(date, tz)
  const historic = (registeredAt: Date, unitId: number, residentId: number, overall?: 'A' | 'C') =>
    recordHistoricComplaint(payload, {
      registeredAt,
      category: 'pests',
      unitId,
      residentId,
      description: '月度指标测试',
      handling: {
        department: 'customer-service',
        handlerId: staff['site-captain'].id as number,
        dispatcherId: staff.dispatcher.id as number,
        resolverId: staff['site-manager'].id as number,
        verifiedAfterMinutes: 30,
        resolvedAfterMinutes: 240,
      },
      visit: overall
        ? { overall, afterDays: 3, words: overall === 'C' ? '还有蟑螂' : undefined }
        : undefined,
    })
  const asServer = { context: { serverWrite: true, importingHistory: true } }

  it('should keep every closed month equal to a fresh count, and the trend read what is kept', async () => {
    await refreshClosedMonths(await createLocalReq({}, payload), tz)
    const before = await expectKeptEqualsFresh()
    // The trend reads the kept row, not a count: a row set by hand shows, and the nightly
    // refresh puts it right.
    const month = label(monthsAgo(2))
    await querySql(
      payload,
      undefined,
      (sql) => sql`UPDATE month_figures SET complaints = 999 WHERE key = ${`${tz}|${month}`}`,
    )
    const tampered = await monthlyTrend(payload, undefined, new Date(), tz)
    expect(tampered.find((p) => p.month === month)?.complaints).toBe(999)
    await refreshClosedMonths(await createLocalReq({}, payload), tz)
    expect(await expectKeptEqualsFresh()).toEqual(before)
  })

  it('should move a closed month’s figures in the change’s own transaction: registered, re-judged, re-dated, deleted', async () => {
    const unit = await makeUnit(payload, '9栋', '901')
    const resident = await makeResident(payload, unit.id, '冯九')
    await refreshClosedMonths(await createLocalReq({}, payload), tz)
    const lastMonth = label(monthsAgo(1))
    const before = (await freshTrend()).find((p) => p.month === lastMonth)!
    const a = await historic(monthsAgo(1, 5), unit.id, resident.id, 'A')
    const b = await historic(monthsAgo(1, 12), unit.id, resident.id, 'C')
    const after = (await expectKeptEqualsFresh()).find((p) => p.month === lastMonth)!
    expect(after.complaints - before.complaints).toBe(2)
    // Re-judged: not substantiated any more.
    await payload.update({
      collection: slugs.complaints,
      id: a.id,
      data: { verdict: 'unsubstantiated', verdictNote: '复核不属实' },
      ...asServer,
    })
    const rejudged = (await expectKeptEqualsFresh()).find((p) => p.month === lastMonth)!
    expect(rejudged.valid).toBe(after.valid - 1)
    // Re-dated into the month before: both months move.
    await payload.update({
      collection: slugs.complaints,
      id: b.id,
      data: { registeredAt: monthsAgo(2, 20).toISOString() },
      ...asServer,
    })
    const redated = await expectKeptEqualsFresh()
    expect(redated.find((p) => p.month === lastMonth)!.complaints).toBe(before.complaints + 1)
    // A recorded visit deleted: the household is no longer counted.
    const visit = await payload.find({
      collection: slugs.returnVisits,
      where: { complaint: { equals: b.id } },
      depth: 0,
    })
    await payload.delete({ collection: slugs.returnVisits, id: visit.docs[0].id })
    await expectKeptEqualsFresh()
  })

  it('should keep the count right when ten changes to one month are made at once', async () => {
    const unit = await makeUnit(payload, '9栋', '902')
    const resident = await makeResident(payload, unit.id, '陈十')
    await refreshClosedMonths(await createLocalReq({}, payload), tz)
    const complaints = []
    for (let i = 0; i < 10; i++)
      complaints.push(await historic(monthsAgo(2, 3 + i), unit.id, resident.id))
    await expectKeptEqualsFresh()
    const month = label(monthsAgo(2))
    const before = (await freshTrend()).find((p) => p.month === month)!
    // Ten transactions at once, each re-judging one complaint of the same closed month: on
    // PostgreSQL each claims the month's row before counting, so none keeps a count that misses
    // another's committed change.
    await Promise.all(
      complaints.map((c) =>
        payload.update({
          collection: slugs.complaints,
          id: c.id,
          data: { verdict: 'unsubstantiated', verdictNote: '复核不属实' },
          ...asServer,
        }),
      ),
    )
    const after = (await expectKeptEqualsFresh()).find((p) => p.month === month)!
    expect(after.valid).toBe(before.valid - 10)
  })
})
