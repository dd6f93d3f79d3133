import { createHash } from 'crypto'
import fs from 'fs'
import path from 'path'

import type { Payload } from 'payload'

import type { Role } from '@/domain/roles'
import { attachmentDir, noticeDir } from '@/lib/storageDirs'
import { slugs } from '@/slugs'

import { createResident, createUnit } from '../helpers/factories'
import { runJobs } from '../helpers/fixtures'
import type { Booted, ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { Mailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

type Notice = {
  id: number
  number: string
  type: string
  sha256: string
  filename: string
  measureId: string
}

let booted: Booted
let payload: Payload
let rest: RestClient
let mailbox: Mailbox
let staff: Staff
let tokenOf: (member: StaffMember) => Promise<string>
let tb: Testbed
let unitId: number
let residentId: number

beforeAll(async () => {
  const started = await startTestbed('notices', {
    mail: true,
    env: { UPLOAD_DIR: path.resolve('test/.tmp', `uploads-notices-${process.pid}`) },
  })
  tb = started
  ;({ booted, payload, rest, mailbox, staff, tokenOf } = started)
  const unit = await createUnit(payload, { building: '8栋', number: '0303' })
  unitId = unit.id
  const resident = await createResident(payload, {
    units: [unit.id],
    name: '孙业主',
    email: 'sun@resident.test',
  })
  residentId = resident.id
})

afterAll(async () => {
  await tb?.shutdown()
})

const token = async (who: Role | 'anonymous') =>
  who === 'anonymous' ? undefined : await tokenOf(staff[who])

/** A case with a rectification measure (or a fee case with a payment reminder). */
const caseWith = async (measure: 'rectification' | 'payment-reminder') => {
  const fee = measure === 'payment-reminder'
  const created = await rest.post<{ doc: { id: number } }>('/violations', {
    token: await tokenOf(staff['cs-clerk']),
    body: {
      kind: fee ? 'fee-refusal' : 'civility',
      subKind: fee ? 'service-fee' : 'hoarding',
      severity: 'general',
      unit: unitId,
      resident: residentId,
      location: '8栋3楼',
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      description: fee ? '拒交物业管理费' : '楼道堆物',
    },
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  const res = await recordMeasure(id, measure)
  expect(res.status).toBe(200)
  return id
}
const recordMeasure = (id: number, measure: string) =>
  tb.act(staff['site-captain'], slugs.violations, id, 'record-measure', {
    measure,
    outcome: '限期处理',
    deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    skipReason: '情节明显',
  })
const issue = async (id: number, who: Role | 'anonymous', body: unknown) =>
  rest.post<{ doc: Notice; message: string } & ErrorBody>(`/violations/${id}/notices`, {
    token: await token(who),
    body,
  })
const print = async (id: number, type: string, who: Role | 'anonymous' = 'cs-clerk') =>
  rest.get<Uint8Array & ErrorBody>(`/violations/${id}/notice.pdf?type=${type}`, {
    token: await token(who),
  })

/** Everything a GET could have written: every collection's rows, and the job queue. */
const snapshot = async () => {
  const counts: Record<string, number> = {}
  for (const collection of booted.config.collections) {
    counts[collection.slug] = (await payload.count({ collection: collection.slug })).totalDocs
  }
  const counters = await payload.find({ collection: slugs.counters, pagination: false, depth: 0 })
  return {
    counts,
    counters: counters.docs,
    files: fs.existsSync(noticeDir()) ? fs.readdirSync(noticeDir(), { recursive: true }) : [],
  }
}

describe('issuing a notice', () => {
  it.each([
    'cs-clerk',
    'dispatcher',
    'engineer',
    'security-guard',
    'document-controller',
    'admin',
    'anonymous',
  ] as const)('should refuse %s issuing a notice, writing nothing', async (who) => {
    const id = await caseWith('rectification')
    // Signing in is audited: sign in before the snapshot, so that only the refusal is measured.
    await token(who)
    const before = await snapshot()
    const res = await issue(id, who, { type: 'rectification' })
    expect(res.status).toBe(who === 'anonymous' ? 401 : 403)
    expect(await snapshot()).toEqual(before)
  })

  it('should refuse an unknown type with 400 naming type, and a notice without its measure with 409', async () => {
    const id = await caseWith('rectification')
    await token('site-captain')
    await token('director')
    const before = await snapshot()
    for (const body of [{ type: 'bogus' }, {}, { type: ['rectification'] }]) {
      const bad = await issue(id, 'site-captain', body)
      expect(bad.status).toBe(400)
      expect(errorPaths(bad.body)).toEqual(['type'])
    }
    const noMeasure = await issue(id, 'site-captain', { type: 'payment-reminder' })
    expect(noMeasure.status).toBe(409)
    const noDecision = await issue(id, 'director', { type: 'public' })
    expect(noDecision.status).toBe(409)
    expect(await snapshot()).toEqual(before)
  })

  it('should issue once per measure: 201 with the record, the same bytes on every GET, and one email', async () => {
    const id = await caseWith('rectification')
    expect((await print(id, 'rectification')).status).toBe(404)
    const mailsBefore = mailbox.to('sun@resident.test').length

    const issued = await issue(id, 'site-captain', { type: 'rectification' })
    expect(issued.status).toBe(201)
    expect(issued.body.doc).toMatchObject({ type: 'rectification', number: expect.any(String) })
    expect(issued.body.doc.number).toMatch(/^TZ-\d{6}-\d{4}$/)

    const first = await print(id, 'rectification', 'cs-clerk')
    expect(first.status).toBe(200)
    expect(createHash('sha256').update(first.body).digest('hex')).toBe(issued.body.doc.sha256)
    const { text } = await pdfText(first.body)
    expect(text).toContain('限期整改通知书')
    expect(text).toContain(issued.body.doc.number)
    expect(text).toContain('孙业主')

    // A second issue of the same measure is refused, by anyone, and changes nothing.
    const before = await snapshot()
    for (const who of ['site-captain', 'director'] as const) {
      const again = await issue(id, who, { type: 'rectification' })
      expect(again.status).toBe(409)
      expect(again.body.errors?.[0]?.message).toContain(issued.body.doc.number)
    }
    expect(await snapshot()).toEqual(before)

    // The case changes; the notice handed out does not.
    await payload.update({
      collection: slugs.violations,
      id,
      data: { location: '8栋3楼（已清理一半）' },
    })
    for (const who of ['security-guard', 'engineer', 'director'] as const) {
      const later = await print(id, 'rectification', who)
      expect(Buffer.from(later.body).equals(Buffer.from(first.body))).toBe(true)
    }

    await runJobs(payload)
    const mails = mailbox.to('sun@resident.test').slice(mailsBefore)
    expect(mails).toHaveLength(1)
    expect(Buffer.from(mails[0].attachments[0].content).equals(Buffer.from(first.body))).toBe(true)
  })

  it('should let a manager issue the payment reminder, and a new measure needs a new notice', async () => {
    const id = await caseWith('payment-reminder')
    const first = await issue(id, 'site-manager', { type: 'payment-reminder' })
    expect(first.status).toBe(201)
    const firstPdf = await print(id, 'payment-reminder')
    expect(firstPdf.status).toBe(200)
    // A second reminder is a new measure: nothing issued for it yet.
    expect((await recordMeasure(id, 'payment-reminder')).status).toBe(200)
    expect((await print(id, 'payment-reminder')).status).toBe(404)
    const second = await issue(id, 'property-manager', { type: 'payment-reminder' })
    expect(second.status).toBe(201)
    expect(second.body.doc.number).not.toBe(first.body.doc.number)
    expect(second.body.doc.measureId).not.toBe(first.body.doc.measureId)
    const secondPdf = await print(id, 'payment-reminder')
    expect(createHash('sha256').update(secondPdf.body).digest('hex')).toBe(second.body.doc.sha256)
  })
})

describe('serving a notice', () => {
  it('should never write on GET: before issuing, after, and for every reader', async () => {
    const id = await caseWith('rectification')
    const before = await snapshot()
    for (const who of ['site-captain', 'director', 'cs-clerk', 'security-guard'] as const) {
      const res = await print(id, 'rectification', who)
      expect(res.status).toBe(404)
    }
    expect(await snapshot()).toEqual(before)
    expect((await issue(id, 'site-captain', { type: 'rectification' })).status).toBe(201)
    const issued = await snapshot()
    expect(issued.counts[slugs.issuedNotices]).toBe(before.counts[slugs.issuedNotices] + 1)
    for (const who of ['site-captain', 'director', 'cs-clerk', 'security-guard'] as const) {
      expect((await print(id, 'rectification', who)).status).toBe(200)
    }
    expect(await snapshot()).toEqual(issued)
  })

  it('should refuse a bad type with 400, the anonymous caller with 401, an unknown case with 404', async () => {
    const id = await caseWith('rectification')
    const bad = await print(id, 'bogus')
    expect(bad.status).toBe(400)
    expect(errorPaths(bad.body)).toEqual(['type'])
    expect((await print(id, 'rectification', 'anonymous')).status).toBe(401)
    expect((await print(999999, 'rectification')).status).toBe(404)
  })

  it('should keep issued notices outside the uploads folder, with Payload file route closed', async () => {
    const id = await caseWith('rectification')
    const issued = await issue(id, 'site-captain', { type: 'rectification' })
    const { filename } = issued.body.doc
    expect(fs.existsSync(path.resolve(noticeDir(), filename))).toBe(true)
    expect(fs.existsSync(path.resolve(attachmentDir(), filename))).toBe(false)
    expect(path.resolve(noticeDir()).startsWith(path.resolve(attachmentDir()) + path.sep)).toBe(
      false,
    )
    for (const who of ['director', 'site-captain', 'anonymous'] as const) {
      const direct = await rest.get(`/issued-notices/file/${encodeURIComponent(filename)}`, {
        token: await token(who),
      })
      expect(direct.status).toBe(403)
      const viaAttachments = await rest.get(
        `/attachments/file/${encodeURIComponent(`../${path.basename(noticeDir())}/${filename}`)}`,
        { token: await token(who) },
      )
      expect(viaAttachments.status).toBe(403)
    }
    // The record stays readable by staff (number, hash, who issued).
    const record = await rest.get<Notice>(`/issued-notices/${issued.body.doc.id}`, {
      token: await token('cs-clerk'),
    })
    expect(record.status).toBe(200)
    expect(record.body.sha256).toBe(issued.body.doc.sha256)
  })
})

describe('every GET route', () => {
  it("should write nothing, ours and Payload's, whoever calls it and whatever it answers", async () => {
    const id = await caseWith('rectification')
    expect((await issue(id, 'site-captain', { type: 'rectification' })).status).toBe(201)
    const routes: string[] = []
    const fill = (p: string, collection: string) =>
      p
        .replace(':collection', slugs.violations)
        .replace(':id', String(collection === slugs.violations ? id : 1))
        .replace(/:\w+\??/g, 'x')
    for (const endpoint of booted.config.endpoints) {
      if (endpoint.method === 'get') routes.push(fill(endpoint.path, ''))
    }
    for (const collection of booted.config.collections) {
      // Payload's own GETs too (lists, by id, versions, me…); the file route is the attachments suite's.
      for (const endpoint of collection.endpoints || []) {
        if (endpoint.method !== 'get' || endpoint.path.startsWith('/file')) continue
        routes.push(`/${collection.slug}${fill(endpoint.path, collection.slug)}`)
      }
    }
    expect(routes).toContain(`/violations/${id}/notice.pdf`)
    // A case whose notice is not issued yet: the old GET would have issued it here.
    const pending = await caseWith('rectification')
    routes.push(`/violations/${pending}/notice.pdf`)
    const before = await snapshot()
    const answers: Record<string, number> = {}
    for (const who of ['director', 'site-captain', 'security-guard', 'anonymous'] as const) {
      for (const route of routes) {
        const res = await rest.get(`${route}?type=rectification&month=2026-01`, {
          token: await token(who),
        })
        answers[`${who} ${route}`] = res.status
      }
    }
    // The loop reached real handlers: the issued notice was served.
    expect(answers[`director /violations/${id}/notice.pdf`]).toBe(200)
    expect(answers[`director /violations/${pending}/notice.pdf`]).toBe(404)
    expect(await snapshot()).toEqual(before)
  })
})
