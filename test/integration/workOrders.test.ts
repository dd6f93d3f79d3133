import type { Payload } from 'payload'

import type { PriceList, Resident, Unit, WorkOrder } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import {
  createPriceItem,
  createResident,
  createStaffMember,
  createUnit,
  createWorkOrder,
} from '../helpers/factories'
import { runJobs } from '../helpers/fixtures'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { Mailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

let tb: Testbed
let payload: Payload
let rest: RestClient
let mailbox: Mailbox
let staff: Staff
let engineerB: StaffMember
let tokenOf: (member: StaffMember) => Promise<string>

let flat: Unit
let shop: Unit
let owner: Resident
let tenant: Resident
let lock: PriceList
let tap: PriceList

beforeAll(async () => {
  const started = await startTestbed('work-orders', { mail: true })
  tb = started
  ;({ payload, rest, mailbox, staff, tokenOf } = started)
  engineerB = await createStaffMember(payload, {
    email: 'engineer-b@test.local',
    password: TEST_PASSWORD,
    name: '维修员乙',
    roles: ['engineer'],
  })
  flat = await createUnit(payload, { building: '8栋', number: '801' })
  shop = await createUnit(payload, { building: '商业街', number: 'S008', use: 'commercial' })
  owner = await createResident(payload, { units: [flat.id], name: '孙业主' })
  tenant = await createResident(payload, {
    units: [shop.id],
    name: '李店主',
    kind: 'commercial-tenant',
  })
  lock = await createPriceItem(payload, { item: '更换门锁', unit: '把', price: 120 })
  tap = await createPriceItem(payload, { item: '更换水龙头', unit: '个', price: 45.5 })
  await payload.updateGlobal({ slug: globalSlugs.officeSettings, data: { repairVisitRate: 100 } })
})

afterAll(async () => {
  await tb?.shutdown()
})

beforeEach(() => mailbox.clear())

const register = async (body: Record<string, unknown>, member = staff['cs-clerk']) =>
  rest.post<{ doc: WorkOrder } & ErrorBody>('/work-orders', { token: await tokenOf(member), body })
const act = (id: number, action: string, as: StaffMember, body?: Record<string, unknown>) =>
  tb.act(as, slugs.workOrders, id, action, body)
const reread = (id: number) => tb.reread(slugs.workOrders, id)
/** The body of a registration: the owner's leaking kitchen tap. */
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
  it('should number an order WX-YYYYMMDD-NNN and give a household 5 minutes to dispatch', async () => {
    const res = await register(base())
    expect(res.status).toBe(201)
    expect(res.body.doc.number).toMatch(/^WX-\d{8}-\d{3}$/)
    const registered = new Date(String(res.body.doc.registeredAt)).getTime()
    expect(new Date(String(res.body.doc.dispatchDueAt)).getTime() - registered).toBe(5 * 60_000)
  })

  it('should mark a shop’s order commercial and give it 20 minutes to dispatch', async () => {
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
    const lines = res.body.doc.lines ?? []
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
    const mine = await rest.get<{ docs: WorkOrder[] }>('/work-orders?limit=100', {
      token: await tokenOf(staff.engineer),
    })
    expect(mine.body.docs.map((d) => d.id)).toContain(id)
    const other = await rest.get<{ docs: WorkOrder[] }>('/work-orders?limit=100', {
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
    expectUnchanged(before, await reread(id))
  })

  it('should refuse the engineer changing prices, the engineer, the fault or the total', async () => {
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
    expectUnchanged(before, await reread(id))
  })

  it('should refuse a resident’s material without a check, naming the field', async () => {
    const unchecked = await rest.patch<ErrorBody>(`/work-orders/${id}`, {
      token: await tokenOf(staff.engineer),
      body: { materials: [{ source: 'resident', name: '住户自购龙头', quantity: 1 }] },
    })
    expect(unchecked.status).toBe(400)
    expect(errorPaths(unchecked.body)).toContain('materials.0.check')
  })

  it('should refuse a negative quantity of material, naming the field', async () => {
    const negative = await rest.patch<ErrorBody>(`/work-orders/${id}`, {
      token: await tokenOf(staff.engineer),
      body: { materials: [{ source: 'company', name: '生料带', quantity: -2, unitCost: 3 }] },
    })
    expect(negative.status).toBe(400)
    expect(errorPaths(negative.body)).toContain('materials.0.quantity')
  })

  it('should let the engineer record materials, costing the company’s', async () => {
    const ok = await rest.patch<WorkOrder>(`/work-orders/${id}`, {
      token: await tokenOf(staff.engineer),
      body: {
        materials: [
          { source: 'company', name: '生料带', quantity: 2, unitCost: 3.5 },
          { source: 'resident', name: '住户自购龙头', quantity: 1, check: 'pass' },
        ],
      },
    })
    expect(ok.status).toBe(200)
    expect((await reread(id)).materialsCost).toBe(7)
  })

  it('should accept the admin form sending every field back with the engineer’s note', async () => {
    // The admin form sends every field back: unchanged ones are not a change.
    const { id: _id, createdAt: _c, updatedAt: _u, ...form } = await reread(id)
    const formSave = await rest.patch(`/work-orders/${id}`, {
      token: await tokenOf(staff.engineer),
      body: { ...form, engineerNotes: '已更换生料带' },
    })
    expect(formSave.status).toBe(200)
    expect((await reread(id)).engineerNotes).toBe('已更换生料带')
  })

  /** The engineer arrives two seconds after dispatch (entered times may run a minute ahead). */
  const arrive = async () => {
    const dispatchedAt = String((await reread(id)).dispatchedAt)
    const arrivedAt = new Date(new Date(dispatchedAt).getTime() + 2_000)
    expect((await act(id, 'arrive', staff.engineer, { at: arrivedAt.toISOString() })).status).toBe(
      200,
    )
    return arrivedAt
  }

  it('should refuse a finish before arrival time and without the resident’s sign-off', async () => {
    const arrivedAt = await arrive()
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
    expectUnchanged(before, await reread(id))
  })

  it('should complete a signed-off repair and schedule the site captain’s visit within 7 days', async () => {
    const arrivedAt = await arrive()
    const done = await act(id, 'finish', staff.engineer, {
      at: new Date(arrivedAt.getTime() + 1_000).toISOString(),
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

  it('should refuse an unfinished repair’s next appointment in the past, naming the field', async () => {
    await act(id, 'arrive', staff.engineer)
    const past = await act(id, 'not-finished', staff.engineer, {
      reason: '缺配件',
      madeSafe: '已关闭总阀',
      nextAppointment: minutesAgo(10),
    })
    expect(past.status).toBe(400)
    expect(errorPaths(past.body)).toContain('nextAppointment')
  })

  it('should send an unfinished repair back to customer service the same day', async () => {
    await act(id, 'arrive', staff.engineer)
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
    expectUnchanged(before, await reread(res.body.doc.id))
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
  /** An order imported as registered at `registeredAt` (history: no mail about it). */
  const registeredAt = (at: string, importingHistory = true) =>
    createWorkOrder(
      payload,
      { unit: flat.id, resident: owner.id, registeredAt: at },
      { serverWrite: true, context: importingHistory ? { importingHistory: true } : {} },
    )

  it('should date numbers and deadlines by the local day', async () => {
    const beforeMidnight = await registeredAt('2026-11-21T15:58:00.000Z')
    const afterMidnight = await registeredAt('2026-11-21T16:01:00.000Z')
    expect(beforeMidnight.number).toMatch(/^WX-20261121-/)
    expect(afterMidnight.number).toMatch(/^WX-20261122-/)
    expect(beforeMidnight.dispatchDueAt).toBe('2026-11-21T16:03:00.000Z')
  })

  it('should escalate a late dispatch to the dispatcher and site manager once', async () => {
    const late = await registeredAt(minutesAgo(30), false)
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
  let order: WorkOrder
  let date: string

  beforeAll(async () => {
    const res = await register(base({ paid: true, lines: [{ item: lock.id, quantity: 1 }] }))
    expect(res.status).toBe(201)
    order = res.body.doc
    const day = String(order.number).slice(3, 11)
    date = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`
  })

  it('should print the three-part form with prices', async () => {
    const form = await rest.get<Uint8Array>(`/work-orders/${order.id}/form.pdf`, {
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
      '未受控副本',
      '工程部签收',
      String(order.number),
      '更换门锁',
      '120.00',
    ]) {
      expect(text).toContain(part)
    }
  })

  it('should list the order in the day’s dispatch register', async () => {
    const daily = await rest.get<{ counts: { opened: number }; opened: Array<{ number: string }> }>(
      `/reports/work-orders/daily?date=${date}`,
      { token: await tokenOf(staff.dispatcher) },
    )
    expect(daily.status).toBe(200)
    expect(daily.body.opened.map((o) => o.number)).toContain(order.number)
  })

  it('should print the day’s dispatch register', async () => {
    const pdf = await rest.get<Uint8Array>(`/reports/work-orders/daily.pdf?date=${date}`, {
      token: await tokenOf(staff.dispatcher),
    })
    expect((await pdfText(pdf.body)).text).toContain('派工单统计表')
  })

  it('should refuse a register for a day that does not exist, naming the field', async () => {
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
