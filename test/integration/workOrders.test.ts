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
/** The office's local date `days` from today (Asia/Shanghai, the default). */
const localDay = (days: number) =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10)
/** The body of a registration: the owner's leaking kitchen tap, visit agreed tomorrow evening. */
const base = (extra: Record<string, unknown> = {}) => ({
  source: 'phone',
  category: 'plumbing',
  unit: flat.id,
  resident: owner.id,
  fault: '厨房水龙头漏水',
  location: '厨房',
  appointment: { date: localDay(1), from: '19:00', to: '21:00' },
  ...extra,
})
const minutesAgo = (m: number) => new Date(Date.now() - m * 60_000).toISOString()
/** Every message any member of staff has received (the mailbox is cleared before each test). */
const mailCount = () =>
  [...Object.values(staff), engineerB].reduce((n, m) => n + mailbox.to(m.email).length, 0)
/** A paid order for a new lock, registered, its quote accepted and paid at finance: ready to dispatch. */
const paidAndAccepted = async (extra: Record<string, unknown> = {}) => {
  const res = await register(
    base({
      paid: true,
      lines: [{ item: tap.id, quantity: 1 }],
      paymentReceived: true,
      receiptNo: 'SJ-0100',
      ...extra,
    }),
  )
  expect(res.status).toBe(201)
  const id = res.body.doc.id
  expect((await act(id, 'accept-quote', staff['cs-clerk'], { acceptedBy: '孙业主' })).status).toBe(
    200,
  )
  return id
}

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

  it('should hold a paid order until its quote is accepted and it is paid (on by default), sending nothing', async () => {
    const res = await register(base({ paid: true, lines: [{ item: lock.id, quantity: 1 }] }))
    const id = res.body.doc.id
    const before = await reread(id)
    const unaccepted = await act(id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id })
    expect(unaccepted.status).toBe(400)
    expect(errorPaths(unaccepted.body)).toContain('quoteAcceptedAt')
    expect(
      (await act(id, 'accept-quote', staff['cs-clerk'], { acceptedBy: '孙业主' })).status,
    ).toBe(200)
    const accepted = await reread(id)
    expect(accepted).toMatchObject({ quoteAcceptedBy: '孙业主', quoteTotal: 120 })
    const unpaid = await act(id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id })
    expect(unpaid.status).toBe(400)
    expect(errorPaths(unpaid.body)).toContain('payment')
    expect(JSON.stringify(unpaid.body)).toContain('缴费')
    expectUnchanged(accepted, await reread(id))
    expect(before.status).toBe('registered')
    await runJobs(payload)
    expect(mailCount()).toBe(0)
    // The desk changes the lines after the resident accepted: the quote is to be accepted again.
    const token = await tokenOf(staff['cs-clerk'])
    const repriced = await rest.patch(`/work-orders/${id}`, {
      token,
      body: {
        lines: [{ item: lock.id, quantity: 2 }],
        paymentReceived: true,
        receiptNo: 'SJ-0001',
      },
    })
    expect(repriced.status).toBe(200)
    expect(await reread(id)).toMatchObject({ total: 240, quoteAcceptedAt: null, quoteTotal: null })
    const stale = await act(id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id })
    expect(errorPaths(stale.body)).toContain('quoteAcceptedAt')
    expect(
      (await act(id, 'accept-quote', staff['cs-clerk'], { acceptedBy: '孙业主' })).status,
    ).toBe(200)
    expect(
      (await act(id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id })).status,
    ).toBe(200)
  })

  it('should dispatch a paid order before payment when the office switched it off', async () => {
    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { paymentBeforeDispatch: false },
    })
    try {
      const res = await register(base({ paid: true, lines: [{ item: lock.id, quantity: 1 }] }))
      expect(
        (await act(res.body.doc.id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id }))
          .status,
      ).toBe(200)
    } finally {
      await payload.updateGlobal({
        slug: globalSlugs.officeSettings,
        data: { paymentBeforeDispatch: true },
      })
    }
  })

  it('should refuse a bad appointment with 400 naming the field, creating nothing', async () => {
    const before = (await payload.count({ collection: slugs.workOrders })).totalDocs
    const res = await register(
      base({ appointment: { date: localDay(1), from: '21:00', to: '19:00' } }),
    )
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toContain('appointment.to')
    expect((await payload.count({ collection: slugs.workOrders })).totalDocs).toBe(before)
  })

  it('should measure arrival against the agreed appointment, and keep an old free-text order readable', async () => {
    const res = await register(base())
    const id = res.body.doc.id
    expect(
      (await act(id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id })).status,
    ).toBe(200)
    const dispatched = await reread(id)
    // Due by the end of tomorrow's window (21:00 Shanghai), not 30 minutes after dispatch.
    expect(dispatched.arrivalDueAt).toBe(new Date(`${localDay(1)}T13:00:00.000Z`).toISOString())
    expect((await act(id, 'arrive', staff.engineer)).status).toBe(200)
    expect((await reread(id)).arrivalMet).toBe(true)
    const old = await createWorkOrder(payload, { unit: flat.id, resident: owner.id })
    expect(old.atHome).toBe('工作日晚上 7 点后')
    const form = await rest.get<Uint8Array>(`/work-orders/${old.id}/form.pdf`, {
      token: await tokenOf(staff.dispatcher),
    })
    expect((await pdfText(form.body)).text).toContain('工作日晚上 7 点后')
  })
})

describe('engineers on site', () => {
  let id: number

  beforeEach(async () => {
    id = await paidAndAccepted()
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

  it('should have engineering sign for the order once: who and when', async () => {
    const before = await reread(id)
    const other = await act(id, 'receive', engineerB)
    expect(other.status).toBeGreaterThanOrEqual(403)
    expectUnchanged(before, await reread(id))
    expect((await act(id, 'receive', staff.engineer)).status).toBe(200)
    const received = await reread(id)
    expect(received.receivedBy).toBe(staff.engineer.id)
    expect(Date.now() - new Date(String(received.receivedAt)).getTime()).toBeLessThan(60_000)
    const twice = await act(id, 'receive', staff.engineer)
    expect(twice.status).toBe(409)
    expect(JSON.stringify(twice.body)).toContain('工程部已签收')
    expectUnchanged(received, await reread(id))
  })

  it('should refuse a quote accepted after work started, changing nothing and sending nothing', async () => {
    await act(id, 'arrive', staff.engineer)
    const before = await reread(id)
    const late = await act(id, 'accept-quote', staff['cs-clerk'], { acceptedBy: '孙业主' })
    expect(late.status).toBe(409)
    expect(JSON.stringify(late.body)).toContain('维修已开始')
    expectUnchanged(before, await reread(id))
    await runJobs(payload)
    expect(mailCount()).toBe(0)
  })

  it('should record a price agreed on site only with the resident’s agreement', async () => {
    await act(id, 'arrive', staff.engineer)
    const before = await reread(id)
    const item = { description: '更换角阀（价目表外）', quantity: 2, unitPrice: 35 }
    const unagreed = await act(id, 'price-on-site', staff.engineer, item)
    expect(unagreed.status).toBe(400)
    expect(errorPaths(unagreed.body)).toContain('agreedBy')
    expectUnchanged(before, await reread(id))
    const agreed = await act(id, 'price-on-site', staff.engineer, { ...item, agreedBy: '孙业主' })
    expect(agreed.status).toBe(200)
    const after = await reread(id)
    expect(after.total).toBe(45.5 + 70)
    expect(after.lines?.[1]).toMatchObject({
      onSitePrice: true,
      agreedByResident: true,
      agreedBy: '孙业主',
      amount: 70,
    })
    // The line already priced from the list keeps its price.
    expect(after.lines?.[0]).toMatchObject({ amount: 45.5, onSitePrice: false })
  })

  it('should have the resident sign an unfinished visit and engineering return it the same day', async () => {
    await act(id, 'arrive', staff.engineer)
    const visit = {
      reason: '缺配件',
      madeSafe: '已关闭总阀',
      nextAppointment: new Date(Date.now() + 86_400_000).toISOString(),
    }
    const before = await reread(id)
    const unsigned = await act(id, 'not-finished', staff.engineer, visit)
    expect(unsigned.status).toBe(400)
    expect(errorPaths(unsigned.body)).toContain('unfinishedSignoffName')
    expectUnchanged(before, await reread(id))
    const res = await act(id, 'not-finished', staff.engineer, {
      ...visit,
      residentSignoffName: '孙业主',
    })
    expect(res.status).toBe(200)
    const pending = await reread(id)
    expect(pending).toMatchObject({ status: 'pending-revisit', unfinishedSignoffName: '孙业主' })
    expect(pending.informedCustomerServiceAt ?? null).toBeNull()
    // Customer service cannot send it out again before engineering has returned it.
    const early = await act(id, 'dispatch', staff.dispatcher, { engineer: staff.engineer.id })
    expect(early.status).toBe(409)
    expect(JSON.stringify(early.body)).toContain('尚未将未完成工单退回客服')
    expectUnchanged(pending, await reread(id))
    await runJobs(payload)
    expect(mailbox.to(staff['cs-clerk'].email)).toHaveLength(0)

    expect((await act(id, 'return-to-service', staff.engineer)).status).toBe(200)
    const returned = await reread(id)
    expect(returned.returnedToServiceBy).toBe(staff.engineer.id)
    expect(returned.informedCustomerServiceAt).toBeTruthy()
    const again = await act(id, 'return-to-service', staff.engineer)
    expect(again.status).toBe(409)
    expectUnchanged(returned, await reread(id))
    await runJobs(payload)
    const mail = mailbox.to(staff['cs-clerk'].email)
    expect(mail).toHaveLength(1)
    expect(mail[0].subject).toContain('维修未完成')
    expect(mail[0].text).toContain('孙业主')

    const daily = await rest.get<{
      unfinished: Array<{
        number: string
        reason: string
        expected: string
        returnedToServiceAt: string
        returnedSameDay: boolean
      }>
    }>(`/reports/work-orders/daily?date=${localDay(0)}`, { token: await tokenOf(staff.dispatcher) })
    expect(daily.body.unfinished.find((o) => o.number === returned.number)).toMatchObject({
      reason: '缺配件',
      expected: returned.nextAppointment,
      returnedToServiceAt: returned.informedCustomerServiceAt,
      returnedSameDay: true,
    })
    const form = await rest.get<Uint8Array>(`/work-orders/${id}/form.pdf`, {
      token: await tokenOf(staff.dispatcher),
    })
    const { text } = await pdfText(form.body)
    expect(text).toContain('退回客服')
    expect(text).toContain('未完成：缺配件')
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

describe('engineering’s receipt escalated once', () => {
  it('should escalate an order engineering has not signed for within the dispatch target, once', async () => {
    const order = await createWorkOrder(
      payload,
      { unit: flat.id, resident: owner.id, registeredAt: minutesAgo(30) },
      { serverWrite: true, context: { importingHistory: true } },
    )
    await payload.update({
      collection: slugs.workOrders,
      id: order.id,
      data: {
        status: 'dispatched',
        engineer: staff.engineer.id,
        dispatchedAt: minutesAgo(20),
      },
      context: { serverWrite: true },
    })
    const dispatched = await reread(order.id)
    // Dispatched 20 minutes ago, due at engineering 5 minutes later; arrival still in time.
    expect(new Date(String(dispatched.receiptDueAt)).getTime()).toBeLessThan(Date.now())
    expect(new Date(String(dispatched.arrivalDueAt)).getTime()).toBeGreaterThan(Date.now())
    await runJobs(payload)
    mailbox.clear()
    const escalate = async () => {
      await payload.jobs.queue({ task: 'escalateWorkOrders', queue: 'escalations', input: {} })
      await runJobs(payload)
      return mailbox
        .to(staff.dispatcher.email)
        .filter((m) => m.subject?.includes(String(order.number)))
    }
    const first = await escalate()
    expect(first).toHaveLength(1)
    expect(first[0].text).toContain('工程部未按时签收')
    expect((await reread(order.id)).breachesNotified).toContain('receipt')
    mailbox.clear()
    expect(await escalate()).toHaveLength(0)
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

  it('should print the quote for the resident to accept, and refuse one for unpaid work', async () => {
    const token = await tokenOf(staff.dispatcher)
    const quote = await rest.get<Uint8Array>(`/work-orders/${order.id}/quote.pdf`, { token })
    expect(quote.status).toBe(200)
    const { text, pages } = await pdfText(quote.body)
    expect(pages).toBe(1)
    for (const part of [
      '有偿服务报价单',
      String(order.number),
      '更换门锁',
      '120.00',
      '待住户确认',
      '凭收据派工',
      '住户确认 Resident accepts',
      '未受控副本',
    ]) {
      expect(text).toContain(part)
    }
    await act(order.id, 'accept-quote', staff['cs-clerk'], { acceptedBy: '孙业主' })
    const accepted = await rest.get<Uint8Array>(`/work-orders/${order.id}/quote.pdf`, { token })
    expect((await pdfText(accepted.body)).text).toContain('孙业主')
    const free = await register(base())
    const none = await rest.get<ErrorBody>(`/work-orders/${free.body.doc.id}/quote.pdf`, { token })
    expect(none.status).toBe(400)
    expect(errorPaths(none.body)).toContain('lines')
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

  it('should print the weekly and monthly service-level summary with the JSON’s figures', async () => {
    const token = await tokenOf(staff['site-manager'])
    const month = new Date().toISOString().slice(0, 7)
    const json = await rest.get<{ overall: { orders: number; dispatched: number } }>(
      `/reports/work-orders/summary?period=${month}`,
      { token },
    )
    const pdf = await rest.get<Uint8Array>(`/reports/work-orders/summary.pdf?period=${month}`, {
      token,
    })
    expect(pdf.status).toBe(200)
    const { text } = await pdfText(pdf.body)
    expect(text).toContain('维修服务质量统计表')
    expect(text).toContain(`期间 ${month}`)
    expect(text).toContain('测试engineer')
    expect(text).toMatch(
      new RegExp(`总体\\s*全部\\s*${json.body.overall.orders}\\s*${json.body.overall.dispatched}`),
    )
    const week = await rest.get<Uint8Array>('/reports/work-orders/summary.pdf?period=2026-W48', {
      token,
    })
    expect(week.status).toBe(200)
    expect((await pdfText(week.body)).text).toContain('2026-W48')
    const bad = await rest.get<ErrorBody>('/reports/work-orders/summary.pdf?period=2026-13', {
      token,
    })
    expect(bad.status).toBe(400)
    expect(errorPaths(bad.body)).toContain('period')
  })
})

describe('工程部签收: the on-time rate of engineering’s sign-off', () => {
  // A week of June 2026 the other tests never touch: three orders dispatched, two signed for —
  // one within the 5-minute target after dispatch, one late — and one never signed for; an
  // undispatched order counts in none of it.
  const at = (day: number, hh: number, mm: number) =>
    new Date(Date.UTC(2026, 5, day, hh, mm)).toISOString()
  const order = async (
    times: { registered: string; dispatched?: string; received?: string },
    engineer = staff.engineer,
  ) => {
    const created = (await register(base())).body.doc
    await payload.update({
      collection: slugs.workOrders,
      id: created.id,
      data: {
        registeredAt: times.registered,
        ...(times.dispatched
          ? { status: 'dispatched', engineer: engineer.id, dispatchedAt: times.dispatched }
          : {}),
        ...(times.received ? { receivedAt: times.received, receivedBy: engineer.id } : {}),
      },
      context: { serverWrite: true },
    })
    return reread(created.id)
  }

  it('should count signed for on time over signed for, in the JSON and the PDF', async () => {
    const onTime = await order({
      registered: at(8, 2, 0),
      dispatched: at(8, 2, 3),
      received: at(8, 2, 7),
    })
    const late = await order({
      registered: at(9, 2, 0),
      dispatched: at(9, 2, 3),
      received: at(9, 2, 30),
    })
    const never = await order({ registered: at(10, 2, 0), dispatched: at(10, 2, 3) })
    await order({ registered: at(11, 2, 0) })
    expect([onTime.receiptMet, late.receiptMet, never.receiptMet]).toEqual([true, false, null])
    const token = await tokenOf(staff['site-manager'])
    const res = await rest.get<{
      overall: Record<string, number | null>
    }>('/reports/work-orders/summary?period=2026-W24', { token })
    expect(res.status).toBe(200)
    expect(res.body.overall).toMatchObject({
      orders: 4,
      dispatched: 3,
      received: 2,
      receivedOnTime: 1,
      receiptRate: 50,
    })
    const pdf = await rest.get<Uint8Array>('/reports/work-orders/summary.pdf?period=2026-W24', {
      token,
    })
    const { text } = await pdfText(pdf.body)
    expect(text).toContain('签收及时率')
    expect(text).toMatch(/总体\s*全部\s*4\s*3\s*\d+\s*[\d.]+%?\s*2\s*1\s*50/)
  })
})
