import fs from 'fs'
import path from 'path'

import type { Payload } from 'payload'

import type { ComplaintStatistics } from '@/lib/reports/complaintStatistics'

import { recordHistoricComplaint } from '../../seed/complaintHistory'
import { makeResident, makeUnit } from '../helpers/fixtures'
import type { Booted } from '../helpers/payload'
import { bootPayload, restClient } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>

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
  const handling = (verified: number | undefined, resolved: number | undefined) => ({
    department: 'customer-service',
    handlerId: staff['site-captain'].id as number,
    dispatcherId: staff.dispatcher.id as number,
    resolverId: staff['site-manager'].id as number,
    verifiedAfterMinutes: verified,
    resolvedAfterMinutes: resolved,
  })
  // August 2026 in Shanghai (UTC+8): 2026-07-31T16:00Z … 2026-08-31T16:00Z.
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
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-10T01:00:00Z'),
    channel: 'visit',
    category: 'renovation-noise',
    unitId: u2.id,
    residentId: r2.id,
    description: '中午施工',
    handling: handling(16 * 60, 30 * 60),
    visit: { overall: 'B', afterDays: 5 },
  })
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-15T03:00:00Z'),
    channel: 'letter',
    category: 'pests',
    unitId: u3.id,
    residentId: r3.id,
    description: '地下室老鼠',
    handling: { ...handling(30, 600), writtenReply: '已投放鼠药并封堵洞口' },
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
    expect(s.registered).toBe(6)
    expect(s.complaints).toBe(5)
    expect(s.byKind).toEqual({ complaint: 5, enquiry: 1 })
    expect(s.byCategory).toEqual({
      'renovation-noise': 2,
      pests: 1,
      fire: 1,
      'cleaning-greenery': 1,
    })
    expect(s.bySeverity).toEqual({ general: 4, major: 1 })
    expect(s.byChannel).toEqual({ phone: 3, visit: 1, letter: 1 })
    expect(s.byBuilding).toEqual({ '5栋': 4, 商业街: 1 })
    expect(s.verification).toEqual({ onTime: 3, of: 5, rate: 60 })
    expect(s.resolution).toMatchObject({
      within24h: 3,
      of: 5,
      rate: 60,
      target: 80,
      met: false,
      resolvedInPeriod: 4,
    })
    expect(s.returnVisits).toMatchObject({ recorded: 4, required: 4, rate: 100, met: true })
    expect(s.satisfaction.overall).toEqual({ A: 2, B: 1, C: 1, returned: 4, rate: 75 })
    expect(s.satisfaction.met).toBe(false)
    expect(s.validComplaintsPerHousehold).toMatchObject({
      complaints: 5,
      households: 4,
      rate: 125,
      met: false,
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
    expect(text).toContain('60%（3/5）')
    expect(text).toContain('75%')
    expect(text).toContain('装修噪音')
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
    expect(res.body.doc.figures.complaints).toBe(5)
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
    expect(text).toContain('投诉：5')
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
    // July–September in Shanghai: August's five, the one on 1 September (local), one enquiry.
    expect(created.body.doc.figures.complaints).toBe(6)
    expect(created.body.doc.figures.registered).toBe(7)

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
