import type { Payload } from 'payload'

import { FORM_KEYS } from '@/domain/forms'
import { globalSlugs, slugs } from '@/slugs'

import { planStaff } from '../../seed/data'
import { seed } from '../../seed/seed'
import type { Booted } from '../helpers/payload'
import { bootPayload, restClient } from '../helpers/payload'

let booted: Booted
let payload: Payload

beforeAll(async () => {
  booted = await bootPayload('seed')
  payload = booted.payload
})

afterAll(async () => {
  await booted?.shutdown()
})

const totals = async () => ({
  complaints: (await payload.count({ collection: slugs.complaints })).totalDocs,
  visits: (await payload.count({ collection: slugs.returnVisits })).totalDocs,
  users: (await payload.count({ collection: slugs.users })).totalDocs,
  workOrders: (await payload.count({ collection: slugs.workOrders })).totalDocs,
  units: (await payload.count({ collection: slugs.units })).totalDocs,
  residents: (await payload.count({ collection: slugs.residents })).totalDocs,
})

describe('seed', () => {
  it('should create the demo estate once, and nothing on a second run', async () => {
    const first = await seed(payload, 'demo-password-2026')
    expect(first).toMatchObject({ users: 12, units: 300, residents: 400 })
    expect(first.complaints).toBeGreaterThan(60)
    expect(first.workOrders).toBeGreaterThan(90)
    expect(first.violations).toBe(6)
    expect(first.documents).toBe(43)
    expect(first.shiftLogs).toBeGreaterThan(10)
    const afterFirst = await totals()
    // One demo user per role, a second guard for the handover, and two more engineers.
    expect(afterFirst).toMatchObject({ users: 14, units: 300, residents: 400 })

    const second = await seed(payload, 'demo-password-2026')
    expect(second).toEqual({
      users: 0,
      units: 0,
      residents: 0,
      complaints: 0,
      workOrders: 0,
      violations: 0,
      documents: 0,
      shiftLogs: 0,
    })
    expect(await totals()).toEqual(afterFirst)
    // The office calendar for 2026, entered once.
    const calendar = await payload.findGlobal({ slug: globalSlugs.officeCalendar, depth: 0 })
    expect(calendar.years?.map((y) => y.year)).toEqual([2026])
    expect(calendar.years?.[0].holidays?.map((h) => h.name)).toContain('国庆节')
    // The whole demo estate through every hook: about two minutes on PostgreSQL on two cores.
  }, 600_000)

  it('should mix residential and commercial units in at least three buildings', async () => {
    const units = await payload.find({
      collection: slugs.units,
      pagination: false,
      depth: 0,
      select: { building: true, use: true },
    })
    expect(new Set(units.docs.map((u) => u.building)).size).toBeGreaterThanOrEqual(3)
    const uses = new Set(units.docs.map((u) => u.use))
    expect(uses).toContain('residential')
    expect(uses).toContain('commercial')
  })

  it('should give every role a demo login that works', async () => {
    const rest = restClient(booted.config)
    for (const member of planStaff()) {
      await expect(rest.login(member.email, 'demo-password-2026')).resolves.toEqual(
        expect.any(String),
      )
    }
  })

  it('should give residents plausible Chinese names and valid contact data', async () => {
    const residents = await payload.find({ collection: slugs.residents, limit: 50, depth: 0 })
    for (const resident of residents.docs) {
      expect(resident.name).toMatch(/^[\u4e00-\u9fa5]{2,3}$/)
    }
    const kinds = new Set(
      (
        await payload.find({
          collection: slugs.residents,
          pagination: false,
          depth: 0,
          select: { kind: true },
        })
      ).docs.map((r) => r.kind),
    )
    expect(kinds).toEqual(new Set(['owner', 'tenant', 'commercial-tenant']))
  })
})

describe('the seeded move-in and key register', () => {
  it('should hold one owner mid-move-in with the keys in custody and a defect followed', async () => {
    const held = await payload.find({
      collection: slugs.residents,
      where: { 'moveIn.status': { equals: 'keys-in-custody' } },
      depth: 0,
    })
    expect(held.totalDocs).toBe(1)
    const defects = held.docs[0].moveIn?.jointInspection?.defects ?? []
    expect(defects).toHaveLength(1)
    expect(defects[0].followUp).toBeTruthy()
    const keys = await payload.find({ collection: slugs.keys, depth: 0, pagination: false })
    expect(keys.docs.map((k) => k.origin).sort()).toEqual([
      'custody',
      'custody',
      'office',
      'office',
    ])
    expect(keys.docs.every((k) => k.status === 'in-office')).toBe(true)
  })
})

describe('the seeded violations', () => {
  it('should hold every state, the signed decision in effect and one waiting for the director', async () => {
    const all = await payload.find({ collection: slugs.violations, pagination: false, depth: 0 })
    const statuses = all.docs.map((v) => v.status).sort()
    expect(statuses).toEqual(
      ['decided', 'open', 'pending-approval', 'rectifying', 'rectifying', 'resolved'].sort(),
    )
    const decided = all.docs.find((v) => v.status === 'decided')
    expect(decided).toMatchObject({ effective: true, amountDue: 600, outstanding: 0 })
    const pending = all.docs.find((v) => v.status === 'pending-approval')
    expect(pending?.approval).toMatchObject({ step: 2, awaitingRoles: ',director,' })
    const log = await payload.count({
      collection: slugs.approvalLog,
      where: { collectionSlug: { equals: slugs.violations } },
    })
    expect(log.totalDocs).toBe(6)
  })
})

describe('the seeded rule book', () => {
  it('should hold approved rules and forms with their revisions, loans and a destruction waiting', async () => {
    const docs = await payload.find({
      collection: slugs.archivedDocuments,
      pagination: false,
      depth: 0,
    })
    expect(docs.docs.filter((d) => d.status === 'effective').length).toBe(42)
    // Every printed form is under control: linked to an entry in effect, at its revision.
    for (const key of FORM_KEYS) {
      const entry = docs.docs.find((d) => d.printedForm === key)
      expect([key, entry?.status]).toEqual([key, 'effective'])
    }
    expect(docs.docs.find((d) => d.printedForm === 'workOrder')).toMatchObject({
      effectiveVersion: 'A/2',
    })
    const office = await payload.findGlobal({ slug: globalSlugs.officeSettings, depth: 1 })
    expect(office.companyLogo).toMatchObject({ mimeType: 'image/png' })
    const visits = docs.docs.find((d) => d.title === '客户回访制度')
    expect(visits).toMatchObject({ effectiveVersion: 'A/2', changeNote: '不满意回访重新派工' })
    expect(docs.docs.every((d) => /^WY-[A-Z]{2}-[A-Z]{2}-\d{3}$/.test(String(d.number)))).toBe(true)
    const loans = await payload.find({ collection: slugs.documentLoans, depth: 0 })
    expect(loans.docs.map((l) => l.status).sort()).toEqual(['approved', 'lent'])
    const destruction = await payload.find({ collection: slugs.documentDestructions, depth: 0 })
    expect(destruction.docs[0]?.approval).toMatchObject({
      status: 'pending',
      awaitingRoles: ',director,',
    })
  })
})

describe('the seeded quarter', () => {
  it('should give last month meaningful complaint statistics', async () => {
    const { complaintStatistics } = await import('@/lib/reports/complaintStatistics')
    const { parsePeriod } = await import('@/domain/reportPeriods')
    const { localYearMonth } = await import('@/domain/time')
    const lastMonth = localYearMonth(new Date(Date.now() - 35 * 86_400_000), 'Asia/Shanghai')
    const period = parsePeriod(lastMonth, 'Asia/Shanghai')!
    const s = await complaintStatistics(payload, undefined, period)
    expect(s.registered).toBeGreaterThan(15)
    expect(s.complaints).toBeGreaterThan(3)
    expect(Object.keys(s.byCategory).length).toBeGreaterThan(1)
    expect(s.resolution.rate).toBeGreaterThan(50)
    expect(s.satisfaction.households).toBeGreaterThan(3)
  })
})
