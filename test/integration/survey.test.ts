import type { Payload } from 'payload'

import { relationId } from '@/domain/relations'
import type * as SurveyHttp from '@/lib/survey/http'
import type * as Survey from '@/lib/survey/survey'
import { hashSurveyToken } from '@/lib/survey/tokens'
import type { ReturnVisit, SurveyToken } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

import { createComplaint, createResident } from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import { pdfQrCodes, pdfText } from '../helpers/pdf'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

/**
 * Issue 17, item 5: the survey a resident answers from their phone. Staff send a link
 * (`POST /api/return-visits/:id/actions/send-survey`); the resident opens `/survey/<token>` and
 * answers a plain HTML form; the answer records the visit as a staff-recorded written visit
 * would. The public pages are driven through the same functions the route file calls
 * (`surveyGet`, `surveyPost`), with real requests; every refusal re-reads the visit and the link.
 */

let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff

const RESIDENT_NAME = '欧阳春燕'
const RESIDENT_PHONE = '13912345678'
const RESIDENT_EMAIL = 'ouyang@example.cn'
const ESTATE = '翡翠湾'
let unitCode: string
let residentId: number
// Loaded after boot: they read TRUST_PROXY through the settings, which boot sets.
let surveyGet: typeof SurveyHttp.surveyGet
let surveyPost: typeof SurveyHttp.surveyPost
let submitSurvey: typeof Survey.submitSurvey

beforeAll(async () => {
  // Behind a trusted proxy, so that requests name their address in X-Forwarded-For.
  tb = await startTestbed('survey', { env: { TRUST_PROXY: 'true' } })
  ;({ payload, rest, staff } = tb)
  ;({ surveyGet, surveyPost } = await import('@/lib/survey/http'))
  ;({ submitSurvey } = await import('@/lib/survey/survey'))
  const unit = await payload.create({
    collection: slugs.units,
    data: {
      estate: ESTATE,
      building: '3栋',
      floor: 12,
      number: '1203',
      area: 96,
      use: 'residential',
      status: 'occupied',
    },
  })
  unitCode = unit.code as string
  const resident = await createResident(payload, {
    name: RESIDENT_NAME,
    phone: RESIDENT_PHONE,
    email: RESIDENT_EMAIL,
    units: [unit.id],
  })
  residentId = resident.id
})

afterAll(async () => {
  await tb?.shutdown()
})

/** A scheduled return visit on a new complaint of the resident, assigned to the clerk. */
const newVisit = async (fields: Partial<ReturnVisit> = {}): Promise<ReturnVisit> => {
  const resident = await payload.findByID({ collection: slugs.residents, id: residentId })
  const complaint = await createComplaint(payload, {
    unit: relationId(resident.units[0]) as number,
    resident: residentId,
  })
  return payload.create({
    collection: slugs.returnVisits,
    data: { kind: 'complaint', complaint: complaint.id, assignee: staff['cs-clerk'].id, ...fields },
    depth: 0,
  })
}

type Sent = { url: string; expiresAt: string; emailed: boolean } & ErrorBody

const send = async (visit: number, as = staff['cs-clerk'], query = '') =>
  rest.post<Sent>(`/return-visits/${visit}/actions/send-survey${query}`, {
    token: await tb.tokenOf(as),
  })

const tokenOfUrl = (url: string) => url.split('/survey/')[1]

const linksOf = async (visit: number): Promise<SurveyToken[]> =>
  (
    await payload.find({
      collection: slugs.surveyTokens,
      where: { visit: { equals: visit } },
      depth: 0,
    })
  ).docs

const page = async (response: Response) => ({
  status: response.status,
  html: await response.text(),
  headers: response.headers,
})

const open = async (token: string, address?: string) =>
  page(
    await surveyGet(
      payload,
      new Request(`http://localhost:3000/survey/${token}`, {
        headers: address ? { 'x-forwarded-for': address } : {},
      }),
      token,
    ),
  )

const answer = async (token: string, fields: Record<string, string>) =>
  page(
    await surveyPost(
      payload,
      new Request(`http://localhost:3000/survey/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(fields).toString(),
      }),
      token,
    ),
  )

const GOOD = {
  solved: 'yes',
  quality: 'A',
  effect: 'B',
  overall: 'A',
  shortcomings: '处理稍慢',
  suggestions: '晚上九点后加强巡查',
  residentWords: '现在安静多了，谢谢。',
}

const visitState = async (id: number) => {
  const v = await tb.reread(slugs.returnVisits, id)
  return JSON.stringify({ ...v, attempts: v.attempts ?? [] })
}
const linkState = async (id: number) => JSON.stringify(await linksOf(id))

const emailJobsTo = async (address: string) =>
  (
    await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
      depth: 0,
      limit: 1000,
    })
  ).docs.filter((job) => (job.input as { to?: string[] }).to?.includes(address))

describe('sending the survey link', () => {
  it('should give the assignee a link of 128 random bits, keep only its hash, and queue the mail', async () => {
    const visit = await newVisit()
    const mailsBefore = (await emailJobsTo(RESIDENT_EMAIL)).length
    const sent = await send(visit.id)
    expect(sent.status).toBe(200)
    expect(sent.body.url).toMatch(/^http:\/\/localhost:3000\/survey\/[A-Za-z0-9_-]{22}$/)
    expect(sent.body.emailed).toBe(true)
    const token = tokenOfUrl(sent.body.url)
    const [link, ...more] = await linksOf(visit.id)
    expect(more).toEqual([])
    expect(link.tokenHash).toBe(hashSurveyToken(token))
    expect(JSON.stringify(link)).not.toContain(token)
    expect(relationId(link.sentBy)).toBe(staff['cs-clerk'].id)
    // The office's default: 14 days.
    const days = (Date.parse(link.expiresAt) - Date.parse(link.sentAt)) / 86_400_000
    expect(days).toBe(14)
    const mails = await emailJobsTo(RESIDENT_EMAIL)
    expect(mails.length).toBe(mailsBefore + 1)
    expect((mails.at(-1)!.input as { text: string }).text).toContain(sent.body.url)
  })

  it('should refuse anyone but the assignee or a manager (403), and a recorded visit (409), writing nothing', async () => {
    const visit = await newVisit()
    const refused = await send(visit.id, staff.dispatcher)
    expect(refused.status).toBe(403)
    expect(await linksOf(visit.id)).toEqual([])
    const anonymous = await rest.post(`/return-visits/${visit.id}/actions/send-survey`)
    expect(anonymous.status).toBe(401)

    expect((await send(visit.id, staff['site-manager'])).status).toBe(200)
    const before = await linkState(visit.id)
    await payload.update({
      collection: slugs.returnVisits,
      id: visit.id,
      data: { method: 'phone', answeredBy: 'resident', quality: 'A', effect: 'A', overall: 'A' },
    })
    const visitBefore = await visitState(visit.id)
    const again = await send(visit.id)
    expect(again.status).toBe(409)
    expect(await linkState(visit.id)).toBe(before)
    expect(await visitState(visit.id)).toBe(visitBefore)
  })

  it('should replace the earlier link when sent again: the old one answers the same 404 as a stranger’s', async () => {
    const visit = await newVisit()
    const first = tokenOfUrl((await send(visit.id)).body.url)
    const second = tokenOfUrl((await send(visit.id, staff['site-manager'])).body.url)
    expect(await linksOf(visit.id)).toHaveLength(1)
    const old = await open(first)
    const unknown = await open('A'.repeat(22))
    expect(old.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(old.html).toBe(unknown.html)
    expect((await open(second)).status).toBe(200)
  })

  it('should let a visit with a link be deleted; its link then answers 404', async () => {
    const visit = await newVisit()
    const token = tokenOfUrl((await send(visit.id)).body.url)
    await payload.delete({ collection: slugs.returnVisits, id: visit.id })
    const gone = await open(token)
    expect(gone.status).toBe(404)
    expect(gone.html).toBe((await open('A'.repeat(22))).html)
  })

  it('should print the slip with the new link, large, for the door or the notice board', async () => {
    const visit = await newVisit()
    const slip = await rest.post<Uint8Array>(
      `/return-visits/${visit.id}/actions/send-survey?slip=true`,
      { token: await tb.tokenOf(staff['cs-clerk']) },
    )
    expect(slip.status).toBe(200)
    expect(slip.headers.get('content-type')).toBe('application/pdf')
    const { text, pages } = await pdfText(slip.body)
    expect(pages).toBe(1)
    const flat = text.replace(/\s+/g, '')
    const url = flat.match(/http:\/\/localhost:3000\/survey\/[A-Za-z0-9_-]{22}/)?.[0]
    expect(url).toBeDefined()
    expect(flat).toContain(ESTATE)
    expect(flat).not.toContain(RESIDENT_NAME)
    expect(flat).not.toContain(RESIDENT_PHONE)
    // Its QR code, read from the printed page as a phone would, is the same link.
    expect(await pdfQrCodes(slip.body)).toEqual([url])
    // The slip's link is the visit's live one.
    expect((await linksOf(visit.id))[0].tokenHash).toBe(hashSurveyToken(tokenOfUrl(url!)))
    expect((await open(tokenOfUrl(url!))).status).toBe(200)
  })
})

describe('the survey page', () => {
  it('should show the estate and the matter, in Chinese, with a plain form and no script, and nothing about the resident', async () => {
    const visit = await newVisit()
    const token = tokenOfUrl((await send(visit.id)).body.url)
    const { status, html, headers } = await open(token)
    expect(status).toBe(200)
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain('width=device-width')
    expect(html).toContain(ESTATE)
    expect(html).toContain('装修噪音')
    expect(html).toMatch(/<form method="post"/)
    for (const field of ['quality', 'effect', 'overall', 'solved']) {
      expect(html).toContain(`name="${field}" value=`)
    }
    expect(html).not.toContain('<script')
    for (const secret of [RESIDENT_NAME, RESIDENT_PHONE, RESIDENT_EMAIL, unitCode]) {
      expect(html).not.toContain(secret)
    }
    expect(headers.get('content-security-policy')).toContain("default-src 'none'")
    expect(headers.get('content-security-policy')).not.toContain('script-src')
    expect(headers.get('referrer-policy')).toBe('no-referrer')
    expect(headers.get('cache-control')).toBe('no-store')
  })

  it('should answer a forged or truncated token with the same 404 page as an unknown one', async () => {
    const visit = await newVisit()
    const token = tokenOfUrl((await send(visit.id)).body.url)
    const unknown = await open('z'.repeat(22))
    const forged = await open(`${token.slice(0, 21)}${token.endsWith('A') ? 'B' : 'A'}`)
    const truncated = await open(token.slice(0, 20))
    const padded = await open(`${token}x`)
    for (const refusal of [forged, truncated, padded]) {
      expect(refusal.status).toBe(404)
      expect(refusal.html).toBe(unknown.html)
    }
    const before = await visitState(visit.id)
    const posted = await answer(token.slice(0, 21), GOOD)
    expect(posted.status).toBe(404)
    expect(posted.html).toBe(unknown.html)
    expect(await visitState(visit.id)).toBe(before)
  })
})

describe('answering the survey', () => {
  it('should refuse a rating outside A/B/C with 400, the field shown on the page, and write nothing', async () => {
    const visit = await newVisit()
    const token = tokenOfUrl((await send(visit.id)).body.url)
    const before = await visitState(visit.id)
    const links = await linkState(visit.id)
    const refused = await answer(token, { ...GOOD, overall: 'D', shortcomings: '<b>慢</b>' })
    expect(refused.status).toBe(400)
    expect(refused.html).toMatch(/<div class="card error" data-field="overall">/)
    expect(refused.html).toContain('只能选 A、B 或 C')
    // What the resident wrote comes back, escaped.
    expect(refused.html).toContain('&lt;b&gt;慢&lt;/b&gt;')
    expect(refused.html).toContain('value="A" checked')
    expect(await visitState(visit.id)).toBe(before)
    expect(await linkState(visit.id)).toBe(links)
  })

  it('should record the visit as a written visit answered by the resident, once; a second submission gets 410', async () => {
    const visit = await newVisit()
    const token = tokenOfUrl((await send(visit.id)).body.url)
    const done = await answer(token, GOOD)
    expect(done.status).toBe(200)
    expect(done.html).toContain('感谢您的评价')
    const recorded = await tb.reread(slugs.returnVisits, visit.id)
    expect(recorded).toMatchObject({
      status: 'done',
      method: 'written',
      answeredBy: 'resident',
      quality: 'A',
      effect: 'B',
      overall: 'A',
      solved: true,
      shortcomings: GOOD.shortcomings,
      suggestions: GOOD.suggestions,
      residentWords: GOOD.residentWords,
    })
    expect(recorded.recordedAt).toBeTruthy()
    expect(recorded.recordedBy ?? null).toBeNull()
    const [link] = await linksOf(visit.id)
    expect(link.usedAt).toBeTruthy()
    // The change is audited like any other.
    const audit = await payload.find({
      collection: slugs.auditLog,
      where: {
        and: [
          { collectionSlug: { equals: slugs.returnVisits } },
          { docId: { equals: String(visit.id) } },
          { action: { equals: 'update' } },
        ],
      },
      depth: 0,
    })
    expect(audit.totalDocs).toBeGreaterThan(0)

    const before = await visitState(visit.id)
    const twice = await answer(token, { ...GOOD, overall: 'C' })
    expect(twice.status).toBe(410)
    expect(twice.html).toContain('您已提交过本问卷')
    expect(await visitState(visit.id)).toBe(before)
    expect((await open(token)).status).toBe(410)
  })

  it('should refuse an answer after the link expired (410), by the office’s setting', async () => {
    await payload.updateGlobal({ slug: globalSlugs.officeSettings, data: { surveyLinkDays: 2 } })
    try {
      const visit = await newVisit()
      const token = tokenOfUrl((await send(visit.id)).body.url)
      const [link] = await linksOf(visit.id)
      expect(Date.parse(link.expiresAt) - Date.parse(link.sentAt)).toBe(2 * 86_400_000)
      const before = await visitState(visit.id)
      const late = await submitSurvey(
        payload,
        { token, address: undefined, now: new Date(Date.parse(link.expiresAt) + 1000) },
        GOOD,
      )
      expect(late).toMatchObject({ status: 410, page: 'closed', reason: 'expired' })
      expect(await visitState(visit.id)).toBe(before)
      expect(await linkState(visit.id)).toBe(JSON.stringify([link]))
    } finally {
      await payload.updateGlobal({
        slug: globalSlugs.officeSettings,
        data: { surveyLinkDays: 14 },
      })
    }
  })

  it('should refuse an answer for a visit staff recorded meanwhile (409), leaving the staff’s record', async () => {
    const visit = await newVisit()
    const token = tokenOfUrl((await send(visit.id)).body.url)
    await payload.update({
      collection: slugs.returnVisits,
      id: visit.id,
      data: { method: 'phone', answeredBy: 'resident', quality: 'B', effect: 'B', overall: 'B' },
    })
    const before = await visitState(visit.id)
    const late = await answer(token, GOOD)
    expect(late.status).toBe(409)
    expect(late.html).toContain('本次回访已完成')
    expect(await visitState(visit.id)).toBe(before)
    expect((await linksOf(visit.id))[0].usedAt ?? null).toBeNull()
  })

  it('should ask the 13 aspects of the comprehensive survey, each A/B/C, its overall the 综合评议', async () => {
    const resident = await payload.findByID({ collection: slugs.residents, id: residentId })
    // A questionnaire of the comprehensive survey goes to a household, not a case.
    const visit = await payload.create({
      collection: slugs.returnVisits,
      data: {
        kind: 'survey',
        unit: relationId(resident.units[0]) as number,
        resident: residentId,
        assignee: staff['cs-clerk'].id,
      },
      depth: 0,
    })
    const token = tokenOfUrl((await send(visit.id)).body.url)
    const opened = await open(token)
    expect(opened.html).toContain('name="aspect-clubhouse"')
    expect(opened.html).toContain('文明应变')
    expect(opened.html).not.toContain('name="quality"')
    const aspects = [
      'service',
      'equipment',
      'repairs',
      'security',
      'fire',
      'cleaning',
      'greenery',
      'parking',
      'clubhouse',
      'efficiency',
      'attitude',
      'courtesy',
      'overall',
    ]
    const all = Object.fromEntries(aspects.map((a, i) => [`aspect-${a}`, 'ABC'[i % 3]]))
    const before = await visitState(visit.id)
    const { ['aspect-fire']: _fire, ...missingFire } = all
    const refused = await answer(token, missingFire)
    expect(refused.status).toBe(400)
    expect(refused.html).toContain('data-field="aspect-fire"')
    expect(refused.html).toContain('请为「消防」评分')
    expect(await visitState(visit.id)).toBe(before)

    expect((await answer(token, all)).status).toBe(200)
    const recorded = await tb.reread(slugs.returnVisits, visit.id)
    expect(recorded.status).toBe('done')
    expect(recorded.method).toBe('written')
    expect(recorded.aspects).toMatchObject({
      service: 'A',
      equipment: 'B',
      fire: 'B',
      overall: 'A',
    })
    expect(recorded.overall).toBe('A')
  })

  it('should record one answer when the same link is submitted twice at once', async () => {
    const visit = await newVisit()
    const token = tokenOfUrl((await send(visit.id)).body.url)
    const results = await Promise.all([
      submitSurvey(payload, { token, address: undefined }, GOOD),
      submitSurvey(payload, { token, address: undefined }, { ...GOOD, overall: 'C' }),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 410])
    const recorded = await tb.reread(slugs.returnVisits, visit.id)
    expect(recorded.overall).toBe(results[0].status === 200 ? 'A' : 'C')
  })
})

describe('throttling the public pages', () => {
  it('should answer 429 with Retry-After after 30 requests from one address in 10 minutes, whatever the token', async () => {
    const address = '203.0.113.77'
    const token = 'q'.repeat(22)
    const statuses: number[] = []
    for (let i = 0; i < 30; i++) statuses.push((await open(token, address)).status)
    expect(new Set(statuses)).toEqual(new Set([404]))
    const refused = await open(token, address)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.html).toContain('请稍后再试')
    // Another address is served.
    expect((await open(token, '203.0.113.78')).status).toBe(404)
  })
})
