import fs from 'fs'
import path from 'path'

import type { Payload } from 'payload'

import type { SurveyAspect } from '@/domain/returnVisits/kinds'
import { SURVEY_ASPECT_KEYS } from '@/domain/returnVisits/kinds'
import { parsePeriod } from '@/domain/reportPeriods'
import { returnVisitFigures } from '@/lib/dashboard/returnVisitsPanel'
import { OFFICE_DEFAULTS } from '@/lib/officeSettings'
import { complaintStatistics } from '@/lib/reports/complaintStatistics'
import type { ReturnVisitStatistics } from '@/lib/reports/returnVisitStatistics'
import { returnVisitStatistics } from '@/lib/reports/returnVisitStatistics'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { Resident, ReturnVisit } from '@/payload-types'
import { slugs } from '@/slugs'

import { createComplaint, createResident, createUnit, createWorkOrder } from '../helpers/factories'
import type { Booted } from '../helpers/payload'
import { bootPayload, restClient, tokenCache } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { StaffMember } from '../helpers/staff'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let tokenOf: (member: StaffMember) => Promise<string>
const ids: Record<string, number> = {}

/** August 2026 in Shanghai: 2026-07-31T16:00Z … 2026-08-31T16:00Z. */
const MONTH = '2026-08'
const aug = (day: number, hour = 2) => new Date(Date.UTC(2026, 7, day, hour)).toISOString()

type VisitData = Partial<Omit<ReturnVisit, 'id' | 'updatedAt'>>

/** A visit as the server imports one: its own recording time, household and creation time. */
const visit = async (key: string, data: VisitData) => {
  const doc = await payload.create({
    collection: slugs.returnVisits,
    data: data as ReturnVisit,
    context: { [SERVER_WRITE]: true },
    depth: 0,
  })
  ids[key] = doc.id
  return doc
}

const aspects = (
  base: 'A' | 'B',
  overrides: Partial<Record<SurveyAspect, 'A' | 'B' | 'C' | null>>,
) =>
  ({
    ...Object.fromEntries(SURVEY_ASPECT_KEYS.map((a) => [a, base])),
    ...overrides,
  }) as ReturnVisit['aspects']

/** Writes a PDF for a person to look at (`pdftoppm -png -r 60`) when PDF_OUT names a folder. */
const keep = (name: string, bytes: Uint8Array) => {
  if (process.env.PDF_OUT) fs.writeFileSync(path.join(process.env.PDF_OUT, name), bytes)
}

beforeAll(async () => {
  booted = await bootPayload('return-visit-figures')
  payload = booted.payload
  rest = restClient(booted.config)
  tokenOf = tokenCache(rest, TEST_PASSWORD)
  staff = await createStaff(payload)
  const dispatcher = staff.dispatcher.id as number
  const manager = staff['site-manager'].id as number
  const r: Resident[] = []
  for (const [i, n] of ['一', '二', '三', '四', '五', '六', '七'].entries()) {
    const unit = await createUnit(payload, { building: '8栋', number: `80${i + 1}` })
    r.push(await createResident(payload, { name: `住户${n}`, units: [unit.id] }))
  }
  const complaint = async (i: number) =>
    (await createComplaint(payload, { unit: r[i].units[0], resident: r[i].id })).id
  const order = async (i: number) =>
    (await createWorkOrder(payload, { unit: r[i].units[0], resident: r[i].id })).id

  // Complaint visits. Households: r0 twice (A, B: satisfied), r1 (B), r2 (C): 2 of 3 satisfied.
  await visit('v1', {
    complaint: await complaint(0),
    method: 'phone',
    assignee: dispatcher,
    dueBy: aug(6),
    overall: 'A',
    recordedAt: aug(5),
  })
  await visit('v2', {
    kind: 'complaint',
    complaint: await complaint(1),
    method: 'face-to-face',
    assignee: manager,
    dueBy: aug(8),
    overall: 'B',
    recordedAt: aug(10),
    shortcomings: '维修人员未按约定时间上门',
  })
  await visit('v3', {
    kind: 'complaint',
    complaint: await complaint(2),
    method: 'phone',
    assignee: dispatcher,
    dueBy: aug(15),
    quality: 'C',
    effect: 'C',
    overall: 'C',
    solved: false,
    residentWords: '楼上仍然深夜施工，问题没有解决',
    suggestions: '希望物业晚上派人巡查',
    recordedAt: aug(12),
  })
  await visit('v4', {
    complaint: await complaint(0),
    method: 'phone',
    assignee: dispatcher,
    dueBy: aug(18),
    overall: 'B',
    recordedAt: aug(16),
  })
  // Another month: 23:00 on 31 July in Shanghai (still August 1st is not reached). Must not count.
  await visit('v5', {
    complaint: await complaint(3),
    method: 'phone',
    assignee: dispatcher,
    dueBy: '2026-07-30T02:00:00.000Z',
    overall: 'C',
    solved: false,
    residentWords: '没人理',
    recordedAt: '2026-07-31T15:00:00.000Z',
  })
  // Due in August, never recorded: one outstanding (overdue by now), one unreachable.
  await visit('v6', {
    complaint: await complaint(4),
    method: 'phone',
    assignee: manager,
    dueBy: aug(20),
  })
  await visit('v7', {
    complaint: await complaint(4),
    method: 'phone',
    assignee: dispatcher,
    dueBy: aug(25),
    attempts: [1, 2, 3].map((d) => ({ at: aug(20 + d), reached: false, note: '无人接听' })),
  })
  // Repair visits: r1 dissatisfied with the repair (must not touch complaint satisfaction).
  await visit('v8', {
    workOrder: await order(1),
    method: 'phone',
    assignee: dispatcher,
    dueBy: aug(10),
    overall: 'C',
    solved: false,
    residentWords: '水龙头还在滴水',
    recordedAt: aug(9),
  })
  await visit('v9', {
    workOrder: await order(5),
    method: 'phone',
    assignee: dispatcher,
    dueBy: aug(15),
    overall: 'A',
    recordedAt: aug(20),
  })
  // The departmental sample: unit 901 twice (A, B), 902 (C), 903 (B): 2 of 3 households.
  const sampled: Record<string, number> = {}
  for (const number of ['901', '902', '903']) {
    sampled[number] = (await createUnit(payload, { building: '9栋', number })).id as number
  }
  for (const [key, number, overall, day] of [
    ['d1', '901', 'A', 3],
    ['d2', '902', 'C', 4],
    ['d3', '901', 'B', 21],
    ['d4', '903', 'B', 22],
  ] as const) {
    await visit(key, {
      kind: 'departmental',
      department: 'engineering',
      unit: sampled[number],
      method: 'face-to-face',
      assignee: manager,
      overall,
      recordedAt: aug(day),
    })
  }
  // The comprehensive survey: six issued in August, four returned. s4 rated 服务 and 综合评议 C;
  // 设备 C twice; s3 left 停车场 blank (it still counts among those returned).
  // Each questionnaire goes to a household: the last unit of the 8栋 residents.
  const survey = { kind: 'survey', method: 'written', unit: r[6].units[0] as number } as const
  await visit('s1', {
    ...survey,
    createdAt: aug(1, 3),
    aspects: aspects('A', {}),
    overall: 'A',
    recordedAt: aug(15),
  })
  await visit('s2', {
    ...survey,
    createdAt: aug(1, 3),
    aspects: aspects('B', { equipment: 'C' }),
    overall: 'B',
    recordedAt: aug(16),
  })
  await visit('s3', {
    ...survey,
    createdAt: aug(1, 3),
    aspects: aspects('A', { parking: null }),
    overall: 'A',
    recordedAt: aug(17),
  })
  await visit('s4', {
    ...survey,
    createdAt: aug(1, 3),
    aspects: aspects('A', { service: 'C', equipment: 'C', overall: 'C' }),
    overall: 'C',
    shortcomings: '会所开放时间太短',
    recordedAt: aug(18),
  })
  await visit('s5', { ...survey, createdAt: aug(1, 3) })
  await visit('s6', { ...survey, createdAt: aug(1, 3) })
  // Issued in July, returned in August: July's questionnaire, not August's.
  await visit('s7', {
    ...survey,
    createdAt: '2026-07-20T02:00:00.000Z',
    aspects: aspects('A', {}),
    overall: 'A',
    recordedAt: aug(2),
  })
  await payload.create({
    collection: slugs.followUps,
    data: {
      title: '夜间装修巡查',
      owner: manager,
      deadline: aug(30),
      sourceKind: 'return-visit',
      source: { relationTo: slugs.returnVisits, value: ids.v3 },
    },
    context: { [SERVER_WRITE]: true },
  })
})

afterAll(async () => {
  await booted?.shutdown()
})

const august = () => parsePeriod(MONTH, OFFICE_DEFAULTS.timezone)!
const NOW = new Date('2026-08-25T00:00:00Z')

describe('the return-visit figures of a hand-built month (002 篇3)', () => {
  let s: ReturnVisitStatistics
  beforeAll(async () => {
    s = await returnVisitStatistics(payload, undefined, august(), OFFICE_DEFAULTS, NOW)
  })

  it('should keep the creation time the import gave (the survey counts by it)', async () => {
    const s7 = await payload.findByID({ collection: slugs.returnVisits, id: ids.s7, depth: 0 })
    expect(s7.createdAt).toBe('2026-07-20T02:00:00.000Z')
    expect(s7.status).toBe('done')
  })

  it('should count the written survey over questionnaires returned, per item and overall', () => {
    expect(s.survey.issued).toBe(6)
    expect(s.survey.returned).toBe(4)
    expect(s.survey.returnRate).toBe(66.7)
    const item = (a: SurveyAspect) => s.survey.items.find((i) => i.aspect === a)!
    expect(item('service')).toMatchObject({ A: 2, B: 1, C: 1, rate: 75 })
    expect(item('equipment')).toMatchObject({ A: 2, B: 0, C: 2, rate: 50 })
    // A blank item still counts among the questionnaires returned: 3 of 4.
    expect(item('parking')).toMatchObject({ A: 2, B: 1, C: 0, rate: 75 })
    expect(item('greenery')).toMatchObject({ A: 3, B: 1, C: 0, rate: 100 })
    expect(s.survey.overall).toEqual({ rate: 75, target: 95, met: false })
  })

  it('should rate complaint handling by household, complaint visits of the month only', async () => {
    expect(s.satisfaction.complaint).toEqual({
      households: 3,
      satisfied: 2,
      visits: { A: 1, B: 2, C: 1 },
      rate: 66.7,
      target: 95,
      met: false,
    })
    // The one definition: the monthly complaint table reads the same figure.
    const table = await complaintStatistics(payload, undefined, august(), OFFICE_DEFAULTS)
    expect(table.satisfaction.rate).toBe(s.satisfaction.complaint.rate)
    expect(table.satisfaction.households).toBe(3)
  })

  it('should rate the departmental sample and repairs by household', () => {
    expect(s.satisfaction.departmental).toMatchObject({ households: 3, satisfied: 2, rate: 66.7 })
    expect(s.satisfaction.repair).toMatchObject({ households: 2, satisfied: 1, rate: 50 })
  })

  it('should count the month by kind, method, assignee and result', () => {
    const kind = (k: string) => s.byKind.find((r) => r.kind === k)!
    expect(kind('complaint')).toMatchObject({
      due: 6,
      recorded: 4,
      A: 1,
      B: 2,
      C: 1,
      onTime: 3,
      unreachable: 1,
      outstanding: 1,
      overdue: 1,
      satisfactionRate: 75,
      onTimeRate: 75,
    })
    expect(kind('repair')).toMatchObject({ due: 2, recorded: 2, A: 1, C: 1, onTime: 1 })
    expect(kind('departmental')).toMatchObject({ due: 0, recorded: 4, A: 1, B: 2, C: 1 })
    // Recorded in August: s1–s4 and July's s7.
    expect(kind('survey')).toMatchObject({ recorded: 5, A: 3, B: 1, C: 1 })
    expect(kind('periodic')).toMatchObject({ due: 0, recorded: 0 })
    const method = (m: string) => s.byMethod.find((r) => r.method === m)!
    expect(method('phone').recorded).toBe(5)
    expect(method('face-to-face').recorded).toBe(5)
    expect(method('written').recorded).toBe(5)
    const assignee = (id: number | string) => s.byAssignee.find((r) => r.assignee === String(id))!
    expect(assignee(staff.dispatcher.id)).toMatchObject({
      name: '测试dispatcher',
      due: 6,
      recorded: 5,
      unreachable: 1,
    })
    expect(assignee(staff['site-manager'].id)).toMatchObject({
      due: 2,
      recorded: 5,
      outstanding: 1,
      overdue: 1,
    })
    expect(s.total).toMatchObject({ recorded: 15, due: 8, unreachable: 1, outstanding: 1 })
  })

  it('should show the dashboard the open visits per assignee and the rates by kind', async () => {
    const office = {
      ...OFFICE_DEFAULTS,
      targets: { ...OFFICE_DEFAULTS.targets, surveySatisfaction: 70 },
    }
    const req = { payload } as never
    const d = await returnVisitFigures({ payload, req, user: {} as never, now: NOW, office })
    expect(d.month).toBe(MONTH)
    const mine = (id: number | string) => d.byAssignee.find((a) => a.assignee === String(id))
    expect(mine(staff['site-manager'].id)).toMatchObject({ open: 1, due: 0, overdue: 1 })
    // The unreachable visit is no longer waiting on the dispatcher.
    expect(mine(staff.dispatcher.id)).toBeUndefined()
    expect(d.byAssignee.find((a) => a.assignee === null)).toMatchObject({ open: 2, overdue: 0 })
    const kind = (k: string) => d.byKind.find((x) => x.kind === k)
    expect(kind('complaint')).toMatchObject({ households: 3, rate: 66.7, target: 95, met: false })
    expect(kind('repair')).toMatchObject({ rate: 50, target: 95 })
    expect(kind('departmental')).toMatchObject({ rate: 66.7, target: 95 })
    expect(kind('survey')).toBeUndefined()
    expect(d.survey).toEqual({
      issued: 6,
      returned: 4,
      returnRate: 66.7,
      overallRate: 75,
      target: 70,
      met: true,
    })
  })
})

describe('the monthly statistics and the three forms over REST', () => {
  it('should answer the monthly statistics as JSON to managers and the dispatcher only', async () => {
    for (const member of [staff['site-manager'], staff.dispatcher, staff.director]) {
      const res = await rest.get<ReturnVisitStatistics>(
        `/reports/return-visits/monthly?month=${MONTH}`,
        { token: await tokenOf(member) },
      )
      expect(res.status).toBe(200)
      expect(res.body.survey.returnRate).toBe(66.7)
      expect(res.body.satisfaction.complaint.rate).toBe(66.7)
    }
    for (const member of [staff['security-guard'], staff.engineer, staff['cs-clerk']]) {
      for (const p of ['monthly', 'monthly.pdf', 'report.pdf']) {
        const res = await rest.get(`/reports/return-visits/${p}?month=${MONTH}`, {
          token: await tokenOf(member),
        })
        expect(res.status).toBe(403)
      }
    }
    const anonymous = await rest.get(`/reports/return-visits/monthly?month=${MONTH}`)
    expect(anonymous.status).toBe(401)
    const bad = await rest.get('/reports/return-visits/monthly?month=2026-13', {
      token: await tokenOf(staff['site-manager']),
    })
    expect(bad.status).toBe(400)
  })

  it('should print 回访统计表 with the month’s counts and the survey', async () => {
    const res = await rest.get<Uint8Array>(`/reports/return-visits/monthly.pdf?month=${MONTH}`, {
      token: await tokenOf(staff['site-manager']),
    })
    expect(res.status).toBe(200)
    keep('statistics.pdf', res.body)
    const { text } = await pdfText(res.body)
    const flat = text.replace(/\s+/g, '')
    for (const expected of [
      '回访统计表',
      '未受控副本',
      '统计月份2026-08',
      '投诉回访',
      '职能部门抽访',
      '测试dispatcher',
      '发放问卷6份，回收4份，回收率66.7%',
      '综合评议满意率75%',
      '统计人',
      '物业总监',
    ]) {
      expect(flat).toContain(expected)
    }
  })

  it('should print 回访报告表 with the rates against targets, shortcomings and follow-ups', async () => {
    const res = await rest.get<Uint8Array>(`/reports/return-visits/report.pdf?month=${MONTH}`, {
      token: await tokenOf(staff.director),
    })
    expect(res.status).toBe(200)
    keep('report.pdf', res.body)
    const flat = (await pdfText(res.body)).text.replace(/\s+/g, '')
    for (const expected of [
      '回访报告表',
      '投诉处理满意率66.7%（2/3户）',
      '职能部门满意率66.7%',
      '维修回访满意率50%',
      '未达标',
      '问卷回收率66.7%（4/6份）',
      '维修人员未按约定时间上门',
      '希望物业晚上派人巡查',
      '会所开放时间太短',
      '夜间装修巡查',
      '客服中心主任',
    ]) {
      expect(flat).toContain(expected)
    }
    // July's dissatisfied resident is not in August's report; households print as people read them.
    expect(flat).not.toContain('没人理')
    expect(flat).toContain('住户二')
    expect(flat).not.toContain('resident:')
  })

  it('should print 回访记录表 of one visit, and of a questionnaire with its 13 items', async () => {
    const token = await tokenOf(staff['site-manager'])
    const res = await rest.get<Uint8Array>(`/return-visits/${ids.v3}/record.pdf`, { token })
    expect(res.status).toBe(200)
    keep('record.pdf', res.body)
    const flat = (await pdfText(res.body)).text.replace(/\s+/g, '')
    for (const expected of [
      '回访记录表',
      '投诉回访',
      'C不满意',
      '未解决',
      '楼上仍然深夜施工，问题没有解决',
      '测试dispatcher',
      '住户三',
      '住户确认',
    ]) {
      expect(flat).toContain(expected)
    }
    const survey = await rest.get<Uint8Array>(`/return-visits/${ids.s4}/record.pdf`, { token })
    expect(survey.status).toBe(200)
    keep('record-survey.pdf', survey.body)
    const surveyText = (await pdfText(survey.body)).text.replace(/\s+/g, '')
    for (const expected of [
      '综合问卷调查',
      '服务/投诉处理',
      '文明应变',
      '综合评议',
      '会所开放时间太短',
    ]) {
      expect(surveyText).toContain(expected)
    }
    const guard = await rest.get(`/return-visits/${ids.v3}/record.pdf`, {
      token: await tokenOf(staff['security-guard']),
    })
    expect([403, 404]).toContain(guard.status)
  })
})
