import type { Payload } from 'payload'

import { globalSlugs, slugs } from '@/slugs'

import { makeResident, makeUnit, runJobs } from '../helpers/fixtures'
import type { Booted } from '../helpers/payload'
import type { ErrorBody } from '../helpers/payload'
import { bootPayload, errorPaths, restClient, tokenCache } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { Mailbox } from '../helpers/smtp'
import { smtpEnv, startMailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

type Doc = Record<string, unknown> & { id: number }

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let mailbox: Mailbox
let staff: Awaited<ReturnType<typeof createStaff>>
let engineerB: StaffMember
let tokenOf: (member: StaffMember) => Promise<string>

let flat: Doc
let shop: Doc
let owner: Doc
let tenant: Doc
let lock: Doc
let tap: Doc

beforeAll(async () => {
  mailbox = await startMailbox()
  booted = await bootPayload('work-orders', smtpEnv(mailbox))
  payload = booted.payload
  rest = restClient(booted.config)
  tokenOf = tokenCache(rest, TEST_PASSWORD)
  staff = await createStaff(payload)
  const b = await payload.create({
    collection: slugs.users,
    data: {
      email: 'engineer-b@test.local',
      password: TEST_PASSWORD,
      name: '维修员乙',
      roles: ['engineer'],
    },
  })
  engineerB = { id: b.id, email: b.email, role: 'engineer' }
  flat = (await makeUnit(payload, '8栋', '801')) as unknown as Doc
  shop = (await makeUnit(payload, '商业街', 'S008', 'commercial')) as unknown as Doc
  owner = (await makeResident(payload, flat.id, '孙业主')) as unknown as Doc
  tenant = (await makeResident(payload, shop.id, '李店主', 'commercial-tenant')) as unknown as Doc
  lock = (await payload.create({
    collection: slugs.priceList,
    data: { item: '更换门锁', unit: '把', price: 120, active: true },
  })) as unknown as Doc
  tap = (await payload.create({
    collection: slugs.priceList,
    data: { item: '更换水龙头', unit: '个', price: 45.5, active: true },
  })) as unknown as Doc
  await payload.updateGlobal({ slug: globalSlugs.officeSettings, data: { repairVisitRate: 100 } })
})

afterAll(async () => {
  await booted?.shutdown()
  await mailbox?.close()
})

beforeEach(() => mailbox.clear())

const register = async (body: Record<string, unknown>, member = staff['cs-clerk']) =>
  rest.post<{ doc: Doc } & ErrorBody>('/work-orders', { token: await tokenOf(member), body })
const act = async (
  id: number,
  action: string,
  member: StaffMember,
  body: Record<string, unknown> = {},
) =>
  rest.post<{ doc: Doc } & ErrorBody>(`/work-orders/${id}/actions/${action}`, {
    token: await tokenOf(member),
    body,
  })
const reread = (id: number) => payload.findByID({ collection: slugs.workOrders, id, depth: 0 })
const base = (extra: Record<string, unknown> = {}) => ({
  source: 'phone',
  category: 'plumbing',
  unit: flat.id,
  resident: owner.id,
  fault: '厨房水龙头漏水',
  location: '厨房',
  atHome: '工作日晚上 7 点后',
  ...extra,
})
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString()

describe('registration and paid services', () => {
  it('should number an order WX-YYYYMMDD-NNN and set its dispatch deadline by customer', async () => {
    const res = await register(base())
    expect(res.status).toBe(201)
    expect(res.body.doc.number).toMatch(/^WX-\d{8}-\d{3}$/)
    const registered = new Date(String(res.body.doc.registeredAt)).getTime()
    expect(new Date(String(res.body.doc.dispatchDueAt)).getTime() - registered).toBe(5 * 60_000)
    const commercial = await register(base({ unit: shop.id, resident: tenant.id }))
    expect(commercial.body.doc.commercial).toBe(true)
    expect(
      new Date(String(commercial.body.doc.dispatchDueAt)).getTime() -
        new Date(String(commercial.body.doc.registeredAt)).getTime(),
    ).toBe(20 * 60_000)
  })

  it('should price lines from the list and total them on the server, ignoring a forged price', async () => {
    const res = await register(
      base({
        paid: true,
        lines: [
          { item: lock.id, quantity: 1, unitPrice: 1 },
          { item: tap.id, quantity: 2 },
          {
            description: '疏通下水管（现场定价）',
            quantity: 1,
            unitPrice: 80,
            agreedByResident: true,
          },
        ],
      }),
    )
    expect(res.status).toBe(201)
    const lines = res.body.doc.lines as Array<{
      unitPrice: number
      amount: number
      onSitePrice: boolean
    }>
    expect(lines.map((l) => l.amount)).toEqual([120, 91, 80])
    expect(lines[0].unitPrice).toBe(120)
    expect(lines[2].onSitePrice).toBe(true)
    expect(res.body.doc.total).toBe(291)
  })

  it.each([
    ['lines.0.quantity', [{ item: 'lock', quantity: -1 }]],
    ['lines.0.item', [{ item: 999999, quantity: 1 }]],
    ['lines.0.agreedByResident', [{ description: '现场报价', quantity: 1, unitPrice: 50 }]],
  ])('should refuse a bad line with 400 naming %s, creating nothing', async (path, lines) => {
    const before = (await payload.count({ collection: slugs.workOrders })).totalDocs
    const res = await register(
      base({
        paid: true,
        lines: lines.map((l: Record<string, unknown>) => ({
          ...l,
          item: l.item === 'lock' ? lock.id : l.item,
        })),
      }),
    )
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toContain(path)
    expect((await payload.count({ collection: slugs.workOrders })).totalDocs).toBe(before)
  })

  it('should hold a paid order until it is paid when the office requires it', async () => {
    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { paymentBeforeDispatch: true },
    })
    try {
      const res = await register(base({ paid: true, lines: [{ item: lock.id, quantity: 1 }] }))
      const id = res.body.doc.id
      const early = await act(id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id })
      expect(early.status).toBe(400)
      expect(errorPaths(early.body)).toContain('payment')
      expect((await reread(id)).status).toBe('registered')
      await rest.patch(`/work-orders/${id}`, {
        token: await tokenOf(staff['cs-clerk']),
        body: { paymentReceived: true, receiptNo: 'SJ-0001' },
      })
      expect(
        (await act(id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id })).status,
      ).toBe(200)
    } finally {
      await payload.updateGlobal({
        slug: globalSlugs.officeSettings,
        data: { paymentBeforeDispatch: false },
      })
    }
  })
})

describe('engineers on site', () => {
  let id: number

  beforeEach(async () => {
    const res = await register(base({ paid: true, lines: [{ item: tap.id, quantity: 1 }] }))
    id = res.body.doc.id
    expect(
      (await act(id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id })).status,
    ).toBe(200)
  })

  it('should show an engineer only their own orders', async () => {
    const mine = await rest.get<{ docs: Doc[] }>('/work-orders?limit=100', {
      token: await tokenOf(staff.engineer),
    })
    expect(mine.body.docs.map((d) => d.id)).toContain(id)
    const other = await rest.get<{ docs: Doc[] }>('/work-orders?limit=100', {
      token: await tokenOf(engineerB),
    })
    expect(other.body.docs.map((d) => d.id)).not.toContain(id)
    const byId = await rest.get(`/work-orders/${id}`, { token: await tokenOf(engineerB) })
    expect(byId.status).toBeGreaterThanOrEqual(403)
  })

  it('should refuse another engineer updating or acting on the order, changing nothing', async () => {
    const before = await reread(id)
    const patch = await rest.patch(`/work-orders/${id}`, {
      token: await tokenOf(engineerB),
      body: { engineerNotes: '我来' },
    })
    expect(patch.status).toBeGreaterThanOrEqual(403)
    const arrive = await act(id, 'arrive', engineerB)
    expect(arrive.status).toBeGreaterThanOrEqual(403)
    expect(await reread(id)).toEqual(before)
  })

  it('should let the engineer record materials but not change prices, the engineer or the fault', async () => {
    const token = await tokenOf(staff.engineer)
    const before = await reread(id)
    for (const body of [
      { lines: [{ item: tap.id, quantity: 5 }] },
      { engineer: engineerB.id },
      { fault: '改了' },
      { total: 0 },
    ]) {
      const res = await rest.patch(`/work-orders/${id}`, { token, body })
      expect(res.status).toBe(403)
    }
    expect(await reread(id)).toEqual(before)
    const unchecked = await rest.patch<ErrorBody>(`/work-orders/${id}`, {
      token,
      body: { materials: [{ source: 'resident', name: '住户自购龙头', quantity: 1 }] },
    })
    expect(unchecked.status).toBe(400)
    expect(errorPaths(unchecked.body)).toContain('materials.0.check')
    const negative = await rest.patch<ErrorBody>(`/work-orders/${id}`, {
      token,
      body: { materials: [{ source: 'company', name: '生料带', quantity: -2, unitCost: 3 }] },
    })
    expect(negative.status).toBe(400)
    expect(errorPaths(negative.body)).toContain('materials.0.quantity')
    const ok = await rest.patch<Doc>(`/work-orders/${id}`, {
      token,
      body: {
        materials: [
          { source: 'company', name: '生料带', quantity: 2, unitCost: 3.5 },
          { source: 'resident', name: '住户自购龙头', quantity: 1, check: 'pass' },
        ],
      },
    })
    expect(ok.status).toBe(200)
    expect((await reread(id)).materialsCost).toBe(7)
    // The admin form sends every field back: unchanged ones are not a change.
    const current = await reread(id)
    const { id: _id, createdAt: _c, updatedAt: _u, ...form } = current
    const formSave = await rest.patch(`/work-orders/${id}`, {
      token,
      body: { ...form, engineerNotes: '已更换生料带' },
    })
    expect(formSave.status).toBe(200)
    expect((await reread(id)).engineerNotes).toBe('已更换生料带')
  })

  it('should refuse a finish before arrival time and without the resident’s sign-off', async () => {
    const dispatchedAt = String((await reread(id)).dispatchedAt)
    // Times the engineer enters may be up to a minute ahead of the server's clock.
    const arrivedAt = new Date(new Date(dispatchedAt).getTime() + 2_000)
    expect((await act(id, 'arrive', staff.engineer, { at: arrivedAt.toISOString() })).status).toBe(
      200,
    )
    const before = await reread(id)
    const early = await act(id, 'finish', staff.engineer, {
      at: new Date(arrivedAt.getTime() - 1_000).toISOString(),
      result: '已更换',
      residentSignoffName: '孙业主',
    })
    expect(early.status).toBe(400)
    expect(errorPaths(early.body)).toContain('finishedAt')
    const finishedAt = new Date(arrivedAt.getTime() + 1_000).toISOString()
    const unsigned = await act(id, 'finish', staff.engineer, { at: finishedAt, result: '已更换' })
    expect(unsigned.status).toBe(400)
    expect(errorPaths(unsigned.body)).toContain('residentSignoffName')
    expect(await reread(id)).toEqual(before)
    const done = await act(id, 'finish', staff.engineer, {
      at: finishedAt,
      result: '已更换水龙头，试水无渗漏',
      residentSignoffName: '孙业主',
    })
    expect(done.status).toBe(200)
    const after = await reread(id)
    expect(after.status).toBe('completed')
    expect(after.arrivalMet).toBe(true)
    const visit = (
      await payload.find({ collection: slugs.returnVisits, where: { workOrder: { equals: id } } })
    ).docs[0]
    expect(typeof visit.assignee === 'object' ? visit.assignee?.id : visit.assignee).toBe(
      staff['site-captain'].id,
    )
    expect(
      new Date(String(visit.dueBy)).getTime() - new Date(String(after.finishedAt)).getTime(),
    ).toBe(7 * 86_400_000)
  })

  it('should send an unfinished repair back to customer service the same day', async () => {
    await act(id, 'arrive', staff.engineer)
    const past = await act(id, 'not-finished', staff.engineer, {
      reason: '缺配件',
      madeSafe: '已关闭总阀',
      nextAppointment: minutesAgo(10),
    })
    expect(past.status).toBe(400)
    expect(errorPaths(past.body)).toContain('nextAppointment')
    const res = await act(id, 'not-finished', staff.engineer, {
      reason: '缺配件',
      madeSafe: '已关闭总阀',
      nextAppointment: new Date(Date.now() + 86_400_000).toISOString(),
    })
    expect(res.status).toBe(200)
    expect((await reread(id)).status).toBe('pending-revisit')
    await runJobs(payload)
    expect(mailbox.to(staff['cs-clerk'].email)[0]?.subject).toContain('维修未完成')
  })
})

describe('refusals', () => {
  it('should refuse arriving before dispatch, naming the field', async () => {
    const res = await register(base())
    const before = await reread(res.body.doc.id)
    const arrive = await act(res.body.doc.id, 'arrive', staff.dispatcher)
    expect(arrive.status).toBe(400)
    expect(errorPaths(arrive.body)).toContain('dispatchedAt')
    expect(await reread(res.body.doc.id)).toEqual(before)
  })

  it('should refuse dispatching to someone who is not an engineer', async () => {
    const res = await register(base())
    const bad = await act(res.body.doc.id, 'dispatch', staff.dispatcher, {
      engineer: staff['cs-clerk'].id,
    })
    expect(bad.status).toBe(400)
    expect(errorPaths(bad.body)).toContain('engineer')
  })

  it('should refuse a status PATCH from the desk', async () => {
    const res = await register(base())
    const patch = await rest.patch(`/work-orders/${res.body.doc.id}`, {
      token: await tokenOf(staff.director),
      body: { status: 'completed' },
    })
    expect(patch.status).toBe(403)
    expect((await reread(res.body.doc.id)).status).toBe('registered')
  })
})

describe('service levels across midnight in the office timezone', () => {
  it('should date numbers by the local day and escalate late dispatch once', async () => {
    const beforeMidnight = await payload.create({
      collection: slugs.workOrders,
      data: { ...base(), registeredAt: '2026-11-21T15:58:00.000Z' } as never,
      context: { serverWrite: true, importingHistory: true },
    })
    const afterMidnight = await payload.create({
      collection: slugs.workOrders,
      data: { ...base(), registeredAt: '2026-11-21T16:01:00.000Z' } as never,
      context: { serverWrite: true, importingHistory: true },
    })
    expect(beforeMidnight.number).toMatch(/^WX-20261121-/)
    expect(afterMidnight.number).toMatch(/^WX-20261122-/)
    expect(beforeMidnight.dispatchDueAt).toBe('2026-11-21T16:03:00.000Z')

    const late = await payload.create({
      collection: slugs.workOrders,
      data: { ...base(), registeredAt: minutesAgo(30) } as never,
      context: { serverWrite: true },
    })
    await runJobs(payload)
    mailbox.clear()
    await payload.jobs.queue({ task: 'escalateWorkOrders', queue: 'escalations', input: {} })
    await runJobs(payload)
    const subjects = mailbox.to(staff.dispatcher.email).map((m) => m.subject)
    expect(subjects.some((s) => s?.includes(String(late.number)))).toBe(true)
    expect(mailbox.to(staff['site-manager'].email).length).toBeGreaterThan(0)
    mailbox.clear()
    await payload.jobs.queue({ task: 'escalateWorkOrders', queue: 'escalations', input: {} })
    await runJobs(payload)
    expect(
      mailbox.to(staff.dispatcher.email).filter((m) => m.subject?.includes(String(late.number))),
    ).toHaveLength(0)
  })
})

describe('printed form and reports', () => {
  it('should print the three-part form with prices, and the day’s dispatch register', async () => {
    const res = await register(base({ paid: true, lines: [{ item: lock.id, quantity: 1 }] }))
    const id = res.body.doc.id
    const form = await rest.get<Uint8Array>(`/work-orders/${id}/form.pdf`, {
      token: await tokenOf(staff.dispatcher),
    })
    expect(form.status).toBe(200)
    const { text, pages } = await pdfText(form.body)
    expect(pages).toBeGreaterThanOrEqual(3)
    for (const part of [
      '客户联',
      '工程联',
      '存根',
      '维修工作单',
      'WY-GC-JL-001',
      String(res.body.doc.number),
      '更换门锁',
      '120.00',
    ]) {
      expect(text).toContain(part)
    }
    const day = String(res.body.doc.number).slice(3, 11)
    const date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`
    const daily = await rest.get<{ counts: { opened: number }; opened: Array<{ number: string }> }>(
      `/reports/work-orders/daily?date=${date}`,
      { token: await tokenOf(staff.dispatcher) },
    )
    expect(daily.status).toBe(200)
    expect(daily.body.opened.map((o) => o.number)).toContain(res.body.doc.number)
    const pdf = await rest.get<Uint8Array>(`/reports/work-orders/daily.pdf?date=${date}`, {
      token: await tokenOf(staff.dispatcher),
    })
    expect((await pdfText(pdf.body)).text).toContain('派工单统计表')
    const bad = await rest.get<ErrorBody>('/reports/work-orders/daily?date=2026-02-30', {
      token: await tokenOf(staff.dispatcher),
    })
    expect(bad.status).toBe(400)
    expect(errorPaths(bad.body)).toContain('date')
  })

  it('should summarise service levels by engineer and category', async () => {
    const month = new Date().toISOString().slice(0, 7)
    const res = await rest.get<{
      overall: { orders: number; dispatched: number }
      byEngineer: Record<string, unknown>
    }>(`/reports/work-orders/summary?period=${month}`, {
      token: await tokenOf(staff['site-manager']),
    })
    expect(res.status).toBe(200)
    expect(res.body.overall.orders).toBeGreaterThan(5)
    expect(res.body.overall.dispatched).toBeGreaterThan(0)
    expect(Object.keys(res.body.byEngineer)).toContain('测试engineer')
  })
})
