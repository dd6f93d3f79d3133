import path from 'path'

import ExcelJS from 'exceljs'
import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'

import type { TableReport } from '@/domain/tableReport'
import type { ShiftLog, WorkerPass } from '@/payload-types'
import { slugs } from '@/slugs'
import { localDate } from '@/domain/time'

import { createShiftLog, createStaffMember, createUnit } from '../helpers/factories'
import type { ErrorBody } from '../helpers/payload'
import { errorPaths } from '../helpers/payload'
import { pdfText } from '../helpers/pdf'
import type { StaffMember } from '../helpers/staff'
import { TEST_PASSWORD } from '../helpers/staff'
import type { RestClient, Staff, Testbed } from '../helpers/testbed'
import { expectUnchanged, startTestbed } from '../helpers/testbed'

let tb: Testbed
let payload: Payload
let rest: RestClient
let staff: Staff
let guard: StaffMember
let tokenOf: (member: StaffMember) => Promise<string>
let desk: ShiftLog
let gate: ShiftLog
let unitId: number
let unitCode: string

const TZ = 'Asia/Shanghai'
const DAY = '2026-10-05'
/** A local time of DAY as an instant (Shanghai is UTC+8). */
const at = (hhmm: string) => new Date(`${DAY}T${hhmm}:00+08:00`).toISOString()
const REGISTER_NAMES = ['visitors', 'mail', 'passes', 'releases', 'front-desk-duty'] as const

/** The smallest valid PNG: one pixel. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)

beforeAll(async () => {
  tb = await startTestbed('registers', {
    env: { UPLOAD_DIR: path.resolve('test/.tmp', `uploads-registers-${process.pid}`) },
  })
  ;({ payload, rest, staff, tokenOf } = tb)
  guard = await createStaffMember(payload, {
    email: 'guard-gate1@test.local',
    password: TEST_PASSWORD,
    roles: ['security-guard'],
    dutyPost: 'gate-1',
  })
  const unit = await createUnit(payload, { building: '2栋', number: '801' })
  unitId = unit.id
  unitCode = String(unit.code)
  const server = { serverWrite: true }
  desk = await createShiftLog(
    payload,
    {
      post: 'front-desk',
      shiftDate: DAY,
      shift: 'fd-day',
      onDuty: staff['cs-clerk'].id,
      summary: '本班正常，钢琴待业主确认',
      entries: [
        {
          kind: 'visitor',
          visitorClass: 'resident-guest',
          at: at('09:10'),
          name: '王女士',
          text: '咨询停车月卡',
          unit: unitId,
          idShown: true,
        },
        {
          kind: 'mail',
          at: at('09:20'),
          name: '李先生',
          text: '挂号信一封',
          unit: unitId,
          notifiedAt: at('09:25'),
          collectedAt: at('12:00'),
          collectedBy: '李太太',
        },
        {
          kind: 'goods-release',
          at: at('10:00'),
          items: '旧沙发一张',
          carrier: '回收公司',
          ownerConfirmedBy: '业主本人',
          ownerConfirmMethod: 'phone',
          released: true,
          unit: unitId,
        },
        { kind: 'goods-release', at: at('11:00'), items: '钢琴', carrier: '搬家公司' },
        {
          kind: 'pass',
          at: at('11:30'),
          name: '陈师傅',
          company: '旧记录装修',
          validUntil: '2026-10-31T00:00:00.000Z',
        },
      ],
    },
    server,
  )
  gate = await createShiftLog(
    payload,
    {
      post: 'gate-1',
      shiftDate: DAY,
      shift: 'day',
      entries: [
        {
          kind: 'visitor',
          visitorClass: 'delivery',
          at: at('13:00'),
          name: '快递员刘师傅',
          text: '送件',
        },
        { kind: 'event', at: at('13:30'), text: '巡查正常' },
      ],
    },
    server,
  )
  // The next week: outside a one-day range.
  await createShiftLog(
    payload,
    {
      post: 'front-desk',
      shiftDate: '2026-10-12',
      shift: 'fd-day',
      entries: [
        {
          kind: 'visitor',
          visitorClass: 'visitor',
          at: '2026-10-12T02:00:00.000Z',
          name: '下周访客',
        },
      ],
    },
    server,
  )
})

afterAll(async () => {
  await tb?.shutdown()
})

/** A GET through the real handlers, its body as bytes (an xlsx is neither JSON nor a PDF). */
const getBytes = async (pathAndQuery: string, token?: string) => {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleEndpoints({
    config: tb.booted.config,
    request: new Request(`http://localhost:3000/api${pathAndQuery}`, { headers }),
  })
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    bytes: Buffer.from(await response.arrayBuffer()),
  }
}

const register = async (name: string, member: StaffMember, from = DAY, to = DAY) =>
  rest.get<TableReport & ErrorBody>(`/reports/registers/${name}?from=${from}&to=${to}`, {
    token: await tokenOf(member),
  })

/** The data rows of the first sheet (under the title, subtitle and header), blanks as null. */
const sheetRows = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as never)
  const sheet = workbook.worksheets[0]
  const rows: unknown[][] = []
  sheet.eachRow((row, n) => {
    if (n > 3) rows.push((row.values as unknown[]).slice(1))
  })
  return {
    rows,
    header: (sheet.getRow(3).values as unknown[]).slice(1),
    title: sheet.getCell('A1').value,
  }
}
const blankAsNull = (v: unknown) => (v === '' || v === undefined ? null : v)

describe('the registers in PDF and xlsx', () => {
  it.each(REGISTER_NAMES)(
    'should print %s with the rows of its table, in PDF and in xlsx',
    async (name) => {
      const json = await register(name, staff['site-manager'])
      expect(json.status).toBe(200)
      expect(json.body.rows.length).toBeGreaterThan(0)
      const token = await tokenOf(staff['site-manager'])

      const pdf = await rest.get<Uint8Array>(
        `/reports/registers/${name}.pdf?from=${DAY}&to=${DAY}`,
        { token },
      )
      expect(pdf.status).toBe(200)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      const { text } = await pdfText(pdf.body)
      expect(text).toContain(json.body.title)
      for (const row of json.body.rows) {
        // Each row's first text cells, as printed (a cell cut in the table is printed in full below it).
        for (const column of json.body.columns.slice(1, 4)) {
          const value = String(row[column.key] ?? '')
          if (value) expect(text.replace(/\s/g, '')).toContain(value.replace(/\s/g, ''))
        }
      }

      const xlsx = await getBytes(`/reports/registers/${name}.xlsx?from=${DAY}&to=${DAY}`, token)
      expect(xlsx.status).toBe(200)
      expect(xlsx.type).toContain('spreadsheetml')
      const sheet = await sheetRows(xlsx.bytes)
      expect(sheet.title).toBe(json.body.title)
      expect(sheet.header).toEqual(json.body.columns.map((c) => c.header))
      expect(sheet.rows.map((r) => json.body.columns.map((_, i) => blankAsNull(r[i])))).toEqual(
        json.body.rows.map((row) => json.body.columns.map((c) => blankAsNull(row[c.key]))),
      )
    },
  )

  it('should list the day’s entries of each kind and nothing of another day or kind', async () => {
    const visitors = await register('visitors', staff['site-manager'])
    expect(visitors.body.rows.map((r) => r.name)).toEqual(['王女士', '快递员刘师傅'])
    expect(visitors.body.rows[0]).toMatchObject({
      at: '2026-10-05 09:10',
      unit: unitCode,
      idShown: '已验',
    })
    const week = await register('visitors', staff['site-manager'], '2026-10-05', '2026-10-12')
    expect(week.body.rows.map((r) => r.name)).toEqual(['王女士', '快递员刘师傅', '下周访客'])
    const mail = await register('mail', staff['site-manager'])
    expect(mail.body.rows).toEqual([
      expect.objectContaining({
        addressee: '李先生',
        notifiedAt: '2026-10-05 09:25',
        collectedAt: '2026-10-05 12:00',
        collectedBy: '李太太',
      }),
    ])
    const releases = await register('releases', staff['site-manager'])
    expect(releases.body.rows.map((r) => [r.items, r.confirmedBy, r.state])).toEqual([
      ['旧沙发一张', '业主本人', '已放行'],
      ['钢琴', '', '待业主确认'],
    ])
    const duty = await register('front-desk-duty', staff['site-manager'])
    expect(duty.body.rows).toEqual([
      expect.objectContaining({ date: DAY, summary: '本班正常，钢琴待业主确认' }),
    ])
    const passes = await register('passes', staff['site-manager'])
    expect(passes.body.rows.map((r) => [r.number, r.workerName, r.company])).toEqual([
      ['（交接班记录）', '陈师傅', '旧记录装修'],
    ])
  })
})

describe('the period and who may print', () => {
  it.each([
    ['2026-10-05', '2026-10-04', 'to'],
    ['2026-01-01', '2027-01-01', 'to'],
    ['2026-13-01', '2026-10-05', 'from'],
    ['', '2026-10-05', 'from'],
    ['2026-10-05', '10/06/2026', 'to'],
  ])('should refuse from=%s to=%s with 400 naming %s', async (from, to, field) => {
    for (const suffix of ['', '.pdf', '.xlsx']) {
      const res = await rest.get<ErrorBody>(
        `/reports/registers/visitors${suffix}?from=${from}&to=${to}`,
        {
          token: await tokenOf(staff['cs-clerk']),
        },
      )
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toEqual([field])
    }
  })

  it('should answer anonymous callers 401 and roles that may not read shift logs 403', async () => {
    for (const name of REGISTER_NAMES) {
      for (const suffix of ['', '.pdf', '.xlsx']) {
        const url = `/reports/registers/${name}${suffix}?from=${DAY}&to=${DAY}`
        expect((await rest.get(url)).status).toBe(401)
        for (const role of ['engineer', 'dispatcher', 'document-controller'] as const) {
          expect((await rest.get(url, { token: await tokenOf(staff[role]) })).status).toBe(403)
        }
      }
    }
  })

  it('should give a guard their post’s entries and a clerk the front desk’s', async () => {
    const byGuard = await register('visitors', guard)
    expect(byGuard.status).toBe(200)
    expect(byGuard.body.rows.map((r) => r.name)).toEqual(['快递员刘师傅'])
    const byClerk = await register('visitors', staff['cs-clerk'])
    expect(byClerk.body.rows.map((r) => r.name)).toEqual(['王女士'])
    expect((await register('front-desk-duty', guard)).body.rows).toEqual([])
  })
})

describe('the goods-release slip', () => {
  const slip = async (logId: number, entry: string, member?: StaffMember) =>
    rest.get<Uint8Array & ErrorBody>(`/shift-logs/${logId}/releases/${entry}/slip.pdf`, {
      token: member ? await tokenOf(member) : undefined,
    })

  it('should print a confirmed release by its position or its entry id', async () => {
    const byIndex = await slip(desk.id, '2', staff['cs-clerk'])
    expect(byIndex.status).toBe(200)
    const { text } = await pdfText(byIndex.body)
    expect(text).toContain('物品放行条')
    expect(text).toContain('旧沙发一张')
    expect(text).toContain('业主本人')
    expect(text).toContain('电话确认')
    const entryId = String(desk.entries?.[2]?.id)
    expect((await slip(desk.id, entryId, staff['cs-clerk'])).status).toBe(200)
  })

  it('should refuse a release the owner has not confirmed (409), and anything but a release (404)', async () => {
    expect((await slip(desk.id, '3', staff['cs-clerk'])).status).toBe(409)
    expect((await slip(desk.id, '0', staff['cs-clerk'])).status).toBe(404)
    expect((await slip(desk.id, '99', staff['cs-clerk'])).status).toBe(404)
  })

  it('should follow the log’s own access', async () => {
    expect((await slip(desk.id, '2')).status).toBe(401)
    expect((await slip(desk.id, '2', guard)).status).toBe(404)
    expect((await slip(desk.id, '2', staff.engineer)).status).toBe(403)
    expect((await slip(gate.id, '1', guard)).status).toBe(404)
  })
})

describe('worker passes', () => {
  const today = localDate(new Date(), TZ)
  const issue = async (member: StaffMember | undefined, body: Record<string, unknown>) =>
    rest.post<{ doc: WorkerPass } & ErrorBody>('/worker-passes?depth=0', {
      token: member ? await tokenOf(member) : undefined,
      body: {
        workerName: '赵师傅',
        idNumber: '110101199003077777',
        company: '美家装饰工程有限公司',
        unit: unitId,
        validFrom: `${today}T00:00:00.000Z`,
        validUntil: '2099-12-31T00:00:00.000Z',
        ...body,
      },
    })
  const count = async () => (await payload.count({ collection: slugs.workerPasses })).totalDocs

  it('should let the desk issue a numbered pass, and refuse guards, engineers and anonymous callers', async () => {
    const before = await count()
    for (const member of [guard, staff.engineer, undefined]) {
      const res = await issue(member, {})
      expect([401, 403]).toContain(res.status)
    }
    expect(await count()).toBe(before)
    const res = await issue(staff['cs-clerk'], {})
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({
      status: 'issued',
      issuedBy: staff['cs-clerk'].id,
      number: expect.stringMatching(/^LS-\d{6}-\d{4}$/),
    })
  })

  it('should refuse a validity ending before it starts with 400 naming validUntil, and server fields with 403', async () => {
    const before = await count()
    const bad = await issue(staff['cs-clerk'], { validUntil: '2020-01-01T00:00:00.000Z' })
    expect(bad.status).toBe(400)
    expect(errorPaths(bad.body)).toEqual(['validUntil'])
    const forged = await issue(staff['cs-clerk'], { status: 'returned', number: 'LS-000000-0001' })
    expect(forged.status).toBe(403)
    expect(await count()).toBe(before)
  })

  it('should show guards the pass but never the worker’s ID number, and keep engineers out', async () => {
    const { doc } = (await issue(staff['cs-clerk'], {})).body
    const byGuard = await rest.get<WorkerPass>(`/worker-passes/${doc.id}`, {
      token: await tokenOf(guard),
    })
    expect(byGuard.status).toBe(200)
    expect(byGuard.body.workerName).toBe('赵师傅')
    expect(byGuard.body.idNumber).toBeUndefined()
    const byClerk = await rest.get<WorkerPass>(`/worker-passes/${doc.id}`, {
      token: await tokenOf(staff['cs-clerk']),
    })
    expect(byClerk.body.idNumber).toBe('110101199003077777')
    const byEngineer = await rest.get(`/worker-passes/${doc.id}`, {
      token: await tokenOf(staff.engineer),
    })
    expect(byEngineer.status).toBe(403)
  })

  it('should let a guard take a pass back once, through the action only', async () => {
    const { doc } = (await issue(staff['cs-clerk'], {})).body
    const before = await tb.reread(slugs.workerPasses, doc.id)
    const edit = await rest.patch(`/worker-passes/${doc.id}`, {
      token: await tokenOf(guard),
      body: { workerName: '改名' },
    })
    expect(edit.status).toBe(403)
    expectUnchanged(before, await tb.reread(slugs.workerPasses, doc.id))
    const taken = await tb.act(guard, slugs.workerPasses, doc.id, 'return')
    expect(taken.status).toBe(200)
    const after = await tb.reread(slugs.workerPasses, doc.id)
    expect(after).toMatchObject({ status: 'returned', returnedTo: guard.id })
    const again = await tb.act(staff['cs-clerk'], slugs.workerPasses, doc.id, 'return')
    expect(again.status).toBe(409)
    expectUnchanged(after, await tb.reread(slugs.workerPasses, doc.id))
    const passes = await register('passes', staff['site-manager'], today, today)
    expect(passes.body.rows).toEqual(
      expect.arrayContaining([expect.objectContaining({ number: doc.number, state: '已归还' })]),
    )
  })

  it('should print a pass with its photo, validity, unit and company', async () => {
    const photo = await payload.create({
      collection: slugs.attachments,
      data: { description: '工人照片' },
      file: { data: PNG, mimetype: 'image/png', name: 'worker.png', size: PNG.length },
    })
    const { doc } = (await issue(staff['cs-clerk'], { photo: photo.id })).body
    const res = await rest.get<Uint8Array>(`/worker-passes/${doc.id}/pass.pdf`, {
      token: await tokenOf(guard),
    })
    expect(res.status).toBe(200)
    const { text } = await pdfText(res.body)
    for (const expected of [
      '装修工人临时出入证',
      String(doc.number),
      '赵师傅',
      '美家装饰工程有限公司',
      unitCode,
      '2099-12-31',
    ]) {
      expect(text).toContain(expected)
    }
    expect(Buffer.from(res.body).toString('latin1')).toContain('/Subtype /Image')
    const plain = await rest.get<Uint8Array>(
      `/worker-passes/${(await issue(staff['cs-clerk'], {})).body.doc.id}/pass.pdf`,
      {
        token: await tokenOf(staff['cs-clerk']),
      },
    )
    expect(Buffer.from(plain.body).toString('latin1')).not.toContain('/Subtype /Image')
    expect(
      (
        await rest.get(`/worker-passes/${doc.id}/pass.pdf`, {
          token: await tokenOf(staff.engineer),
        })
      ).status,
    ).toBe(403)
  })
})
