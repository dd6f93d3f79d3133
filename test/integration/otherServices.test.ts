import type { Payload } from 'payload'

import type { EventReport, ReturnVisit, ServiceRecord, Unit } from '@/payload-types'
import { SERVICE_VISIT_COUNTER } from '@/domain/returnVisits/serviceSampling'
import { globalSlugs, slugs } from '@/slugs'

import { createResident, createUnit } from '../helpers/factories'
import { runJobs } from '../helpers/fixtures'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { Mailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

let tb: Testbed & { mailbox: Mailbox }
let payload: Payload
let rest: RestClient
let staff: Staff
let mailbox: Mailbox
let unit: Unit

const DAY = 86_400_000
const RATE_PATH = `/globals/${globalSlugs.serviceVisitSettings}`
const COMPANY = 'report@group.test'

type RecordAnswer = { doc: ServiceRecord } & ErrorBody
type ReportAnswer = { doc: EventReport } & ErrorBody

const token = (member: StaffMember) => tb.tokenOf(member)
const storedRate = async () =>
  (await payload.findGlobal({ slug: globalSlugs.serviceVisitSettings, depth: 0 })).rate
const setRate = async (rate: unknown, as: StaffMember = staff['site-manager']) =>
  rest.post<ErrorBody>(RATE_PATH, { token: await token(as), body: { rate } })
const register = async (body: Record<string, unknown> = {}, as: StaffMember = staff['cs-clerk']) =>
  rest.post<RecordAnswer>(`/${slugs.serviceRecords}`, {
    token: await token(as),
    body: { kind: 'household', unit: unit.id, description: '上门保洁 2 小时', ...body },
  })
const complete = async (id: number, completedAt: string, as: StaffMember = staff['cs-clerk']) =>
  rest.patch<RecordAnswer>(`/${slugs.serviceRecords}/${id}`, {
    token: await token(as),
    body: { completedAt },
  })
const serviceVisits = async () =>
  (
    await payload.find({
      collection: slugs.returnVisits,
      where: { kind: { equals: 'service' } },
      depth: 0,
      limit: 1000,
      sort: 'id',
    })
  ).docs
const counterTotal = async () =>
  (
    await payload.find({
      collection: slugs.counters,
      where: { key: { equals: SERVICE_VISIT_COUNTER } },
      depth: 0,
    })
  ).docs[0]?.value ?? 0

/** Registers `n` services and completes them one after the other; returns the records. */
const completeInTurn = async (n: number) => {
  const done: ServiceRecord[] = []
  for (let i = 0; i < n; i++) {
    const created = await register()
    expect(created.status).toBe(201)
    const res = await complete(created.body.doc.id, new Date(Date.now() - 3_600_000).toISOString())
    expect(res.status).toBe(200)
    done.push(res.body.doc)
  }
  return done
}

beforeAll(async () => {
  tb = await startTestbed('other-services', { mail: true })
  ;({ payload, rest, staff, mailbox } = tb)
  unit = await createUnit(payload, { building: '3栋', number: '301' })
})

afterAll(async () => {
  await tb?.shutdown()
})

describe('the rate of visits after other services', () => {
  it('should let only the site manager (and the director) set it, audited, refusing a bad rate naming the field', async () => {
    const before = await storedRate()
    for (const role of ['cs-clerk', 'property-manager', 'admin', 'dispatcher'] as const) {
      const res = await setRate(40, staff[role])
      expect(res.status).toBe(403)
    }
    for (const bad of [101, -5, 12.5]) {
      const res = await setRate(bad)
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toContain('rate')
    }
    expect(await storedRate()).toBe(before)
    const audits = async () =>
      (
        await payload.count({
          collection: slugs.auditLog,
          where: { collectionSlug: { equals: globalSlugs.serviceVisitSettings } },
        })
      ).totalDocs
    const logged = await audits()
    expect((await setRate(40)).status).toBe(200)
    expect(await storedRate()).toBe(40)
    expect((await setRate(60, staff.director)).status).toBe(200)
    expect(await storedRate()).toBe(60)
    expect(await audits()).toBe(logged + 2)
  })
})

describe('service records (其他服务记录)', () => {
  it('should refuse guards and engineers with 403, nothing created', async () => {
    const count = async () => (await payload.count({ collection: slugs.serviceRecords })).totalDocs
    const before = await count()
    for (const role of ['security-guard', 'engineer'] as const) {
      expect((await register({}, staff[role])).status).toBe(403)
      const list = await rest.get(`/${slugs.serviceRecords}`, { token: await token(staff[role]) })
      expect(list.status).toBe(403)
    }
    expect(await count()).toBe(before)
  })

  it('should visit every completed service at 100%, due within a week of its completion', async () => {
    expect((await setRate(100)).status).toBe(200)
    const resident = await createResident(payload, { units: [unit.id] })
    const created = await register({ resident: resident.id })
    expect(created.status).toBe(201)
    expect(created.body.doc.returnVisit ?? null).toBeNull()
    const completedAt = new Date(Date.now() - 2 * 3_600_000).toISOString()
    const res = await complete(created.body.doc.id, completedAt)
    expect(res.status).toBe(200)
    const record = await tb.reread(slugs.serviceRecords, created.body.doc.id)
    expect(record.sampleRate).toBe(100)
    const visit = (await tb.reread(slugs.returnVisits, Number(record.returnVisit))) as ReturnVisit
    expect(visit.kind).toBe('service')
    expect(visit.status).toBe('scheduled')
    expect(Number(visit.unit)).toBe(unit.id)
    expect(Number(visit.resident)).toBe(resident.id)
    expect(new Date(String(visit.dueBy)).getTime()).toBe(new Date(completedAt).getTime() + 7 * DAY)
    expect(visit.assignee).toBeTruthy()
  })

  it('should visit none at 0% and exactly every other one at 50%', async () => {
    expect((await setRate(0)).status).toBe(200)
    const visitsBefore = (await serviceVisits()).length
    const none = await completeInTurn(3)
    expect(none.every((r) => !r.returnVisit && r.sampleRate === 0)).toBe(true)
    expect((await serviceVisits()).length).toBe(visitsBefore)

    expect((await setRate(50)).status).toBe(200)
    expect((await counterTotal()) % 100).toBe(0)
    const half = await completeInTurn(6)
    expect(half.map((r) => Boolean(r.returnVisit))).toEqual([false, true, false, true, false, true])
    expect((await serviceVisits()).length).toBe(visitsBefore + 3)
  })

  it('should keep a completion fixed (409) and refuse one in the future (400), nothing changed', async () => {
    expect((await setRate(100)).status).toBe(200)
    const [done] = await completeInTurn(1)
    const before = await tb.reread(slugs.serviceRecords, done.id)
    const visits = (await serviceVisits()).length
    const moved = await complete(done.id, new Date(Date.now() - DAY).toISOString())
    expect(moved.status).toBe(409)
    const cleared = await rest.patch(`/${slugs.serviceRecords}/${done.id}`, {
      token: await token(staff['cs-clerk']),
      body: { completedAt: null },
    })
    expect(cleared.status).toBe(409)
    expectUnchanged(before, await tb.reread(slugs.serviceRecords, done.id))

    const open = await register()
    const future = await complete(open.body.doc.id, new Date(Date.now() + DAY).toISOString())
    expect(future.status).toBe(400)
    expect(errorPaths(future.body)).toContain('completedAt')
    expect((await tb.reread(slugs.serviceRecords, open.body.doc.id)).completedAt ?? null).toBeNull()
    expect((await serviceVisits()).length).toBe(visits)
  })

  it('should sample simultaneous completions exactly: none skipped, none counted twice', async () => {
    expect((await setRate(30)).status).toBe(200)
    const start = await counterTotal()
    expect(start % 100).toBe(0)
    const visitsBefore = (await serviceVisits()).length
    const records = []
    for (let i = 0; i < 10; i++) records.push((await register()).body.doc)
    const at = new Date(Date.now() - 60_000).toISOString()
    const answers = await Promise.all(records.map((r) => complete(r.id, at)))
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200))
    expect(await counterTotal()).toBe(start + 300)
    expect((await serviceVisits()).length).toBe(visitsBefore + 3)
    const reread = await Promise.all(records.map((r) => tb.reread(slugs.serviceRecords, r.id)))
    expect(reread.filter((r) => r.returnVisit).length).toBe(3)

    // One service completed five times at once: one completion, one visit, four refusals.
    expect((await setRate(100)).status).toBe(200)
    const one = (await register()).body.doc
    const before = (await serviceVisits()).length
    const five = await Promise.all(
      Array.from({ length: 5 }, (_, i) =>
        complete(one.id, new Date(Date.now() - 60_000 - i * 1000).toISOString()),
      ),
    )
    expect(five.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409])
    expect((await serviceVisits()).length).toBe(before + 1)
  })
})

describe('the report to the company after a special event (特别事件回访报告)', () => {
  let eventVisits: ReturnVisit[]
  let otherVisit: ReturnVisit

  beforeAll(async () => {
    const occurredAt = new Date(Date.now() - 3 * DAY).toISOString()
    const household = await createUnit(payload, { building: '5栋', number: '502' })
    eventVisits = []
    for (const u of [unit, household]) {
      eventVisits.push(
        await payload.create({
          collection: slugs.returnVisits,
          data: { kind: 'event', unit: u.id, occurredAt, method: 'face-to-face' },
        }),
      )
    }
    ;[otherVisit] = await serviceVisits()
    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { companyReportEmail: COMPANY },
    })
  })

  const body = (overrides: Record<string, unknown> = {}) => ({
    event: '地下车库水浸',
    eventDate: new Date(Date.now() - 4 * DAY).toISOString(),
    visits: eventVisits.map((v) => v.id),
    findings: '两户住户对抢修速度满意，建议增设排水泵。',
    measures: '工程部一周内加装排水泵。',
    ...overrides,
  })
  const write = async (as: StaffMember, overrides: Record<string, unknown> = {}) =>
    rest.post<ReportAnswer>(`/${slugs.eventReports}`, {
      token: await token(as),
      body: body(overrides),
    })
  const reports = async () => (await payload.count({ collection: slugs.eventReports })).totalDocs
  const mailJobs = async () =>
    (await payload.count({ collection: 'payload-jobs', where: { queue: { equals: 'emails' } } }))
      .totalDocs

  it('should refuse anyone but the office head and the senior managers with 403, nothing written', async () => {
    const before = [await reports(), await mailJobs()]
    // The office head is by default the first property manager; the site manager is not.
    for (const role of ['cs-clerk', 'site-manager', 'dispatcher', 'security-guard'] as const) {
      expect((await write(staff[role])).status).toBe(403)
    }
    expect([await reports(), await mailJobs()]).toEqual(before)
  })

  it('should refuse a report without findings or covering other visits with 400 naming the field', async () => {
    const before = [await reports(), await mailJobs()]
    const head = staff['property-manager']
    const empty = await write(head, { findings: '   ' })
    expect(empty.status).toBe(400)
    expect(errorPaths(empty.body)).toContain('findings')
    const none = await write(head, { visits: [] })
    expect(none.status).toBe(400)
    expect(errorPaths(none.body)).toContain('visits')
    const wrong = await write(head, { visits: [eventVisits[0].id, otherVisit.id] })
    expect(wrong.status).toBe(400)
    expect(errorPaths(wrong.body)).toContain('visits')
    expect([await reports(), await mailJobs()]).toEqual(before)
  })

  it('should record the office head’s report, print it and mail the PDF to the company', async () => {
    const head = staff['property-manager']
    mailbox.clear()
    const res = await write(head, { writtenBy: staff.director.id })
    // The author is the server's to say: a client naming one is refused.
    expect(res.status).toBe(403)
    const ok = await write(head)
    expect(ok.status).toBe(201)
    const report = await tb.reread(slugs.eventReports, ok.body.doc.id)
    expect(Number(report.writtenBy)).toBe(head.id)
    expect(report.writtenAt).toBeTruthy()
    expect(report.sentTo).toBe(COMPANY)
    expect((report.visits ?? []).map(Number).sort()).toEqual(eventVisits.map((v) => v.id).sort())

    // Printed, as the director reads it; a clerk may not.
    const pdf = await rest.get<Uint8Array>(`/${slugs.eventReports}/${report.id}/report.pdf`, {
      token: await token(staff.director),
    })
    expect(pdf.status).toBe(200)
    const { text } = await pdfText(pdf.body)
    for (const expected of [
      '特别事件回访报告',
      '地下车库水浸',
      '建议增设排水泵',
      '排水泵',
      '3栋',
      '5栋',
    ]) {
      expect(text).toContain(expected)
    }
    const refused = await rest.get(`/${slugs.eventReports}/${report.id}/report.pdf`, {
      token: await token(staff['cs-clerk']),
    })
    expect(refused.status).toBe(403)

    // Sent by the mail job, the PDF attached.
    await runJobs(payload)
    const mails = mailbox.to(COMPANY)
    expect(mails).toHaveLength(1)
    expect(mails[0].subject).toContain('地下车库水浸')
    const attachment = mails[0].attachments.find((a) => a.contentType === 'application/pdf')
    expect(attachment).toBeDefined()
    const mailed = await pdfText(new Uint8Array(attachment!.content))
    expect(mailed.text).toContain('两户住户对抢修速度满意')

    // A report sent is not edited.
    const edit = await rest.patch(`/${slugs.eventReports}/${report.id}`, {
      token: await token(head),
      body: { findings: '改写' },
    })
    expect(edit.status).toBe(403)
    expectUnchanged(report, await tb.reread(slugs.eventReports, report.id))
  })
})
