/**
 * Excel: the reports as workbooks with the JSON's figures, and any admin list exported with its
 * filters and sort, as the user — collection access (401/403/404) and field access (a column the
 * user may not read is absent).
 */
import ExcelJS from 'exceljs'
import type { CollectionSlug, Where } from 'payload'
import { createLocalReq, handleEndpoints } from 'payload'

import type { ComplaintStatistics } from '@/lib/reports/complaintStatistics'
import { adapterPages, findPages, readsPlainly } from '@/lib/xlsx/exportReads'
import { slugs } from '@/slugs'

import { recordHistoricComplaint } from '../../seed/complaintHistory'
import { createResident, createUnit, createWorkOrder } from '../helpers/factories'
import type { Testbed } from '../helpers/testbed'
import { pdfText } from '../helpers/pdf'
import { startTestbed } from '../helpers/testbed'

let tb: Testbed

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** GET through the real handler; the body as bytes (a workbook) or parsed JSON. */
const get = async (path: string, token?: string) => {
  const headers = new Headers()
  if (token) headers.set('Authorization', `JWT ${token}`)
  const response = await handleEndpoints({
    config: tb.booted.config,
    request: new Request(`http://localhost:3000/api${path}`, { method: 'GET', headers }),
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  const isJson = response.headers.get('content-type')?.includes('json') ?? false
  return {
    status: response.status,
    headers: response.headers,
    bytes,
    json: isJson ? (JSON.parse(bytes.toString('utf8') || '{}') as unknown) : undefined,
  }
}

const workbookOf = async (bytes: Buffer) => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as never)
  return workbook
}

/** The values of a sheet's row as an array (exceljs rows are 1-based). */
const rowValues = (sheet: ExcelJS.Worksheet, n: number) =>
  (sheet.getRow(n).values as unknown[]).slice(1)

const token = (role: keyof Testbed['staff']) => tb.tokenOf(tb.staff[role])

beforeAll(async () => {
  // Pages of two rows, so that every export here spans several pages.
  tb = await startTestbed('exports', { env: { EXPORT_PAGE_SIZE: '2' } })
  const { payload, staff } = tb
  const [u1, u2] = await Promise.all([
    createUnit(payload, { building: '9栋', number: '901' }),
    createUnit(payload, { building: '9栋', number: '902' }),
  ])
  const [r1, r2] = [
    await createResident(payload, { units: [u1.id], name: '冯一', phone: '13911112222' }),
    await createResident(payload, { units: [u2.id], name: '陈二', phone: '13933334444' }),
  ]
  const handling = (verified: number, resolved: number) => ({
    department: 'customer-service',
    handlerId: staff['site-captain'].id as number,
    dispatcherId: staff.dispatcher.id as number,
    resolverId: staff['site-manager'].id as number,
    verifiedAfterMinutes: verified,
    resolvedAfterMinutes: resolved,
  })
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-03T02:00:00Z'),
    category: 'renovation-noise',
    unitId: u1.id,
    residentId: r1.id,
    description: '周末装修电钻声',
    handling: handling(60, 300),
    visit: { overall: 'A', afterDays: 4 },
  })
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-10T01:00:00Z'),
    channel: 'visit',
    category: 'pests',
    unitId: u2.id,
    residentId: r2.id,
    description: '地下室老鼠',
    handling: handling(16 * 60, 30 * 60),
    visit: { overall: 'C', solved: false, afterDays: 5, words: '还有老鼠' },
  })
  await recordHistoricComplaint(payload, {
    registeredAt: new Date('2026-08-21T06:00:00Z'),
    kind: 'enquiry',
    category: 'other',
    unitId: u1.id,
    visitor: { name: '快递员', phone: '13700001111' },
    description: '询问快递柜位置',
  })
  // Units to filter and sort: three in 8栋, two elsewhere.
  for (const [building, number, area] of [
    ['8栋', '803', 70],
    ['8栋', '801', 90],
    ['7栋', '701', 60],
    ['8栋', '802', 80],
    ['7栋', '702', 65],
  ] as const) {
    await createUnit(payload, { building, number, area })
  }
  // Two repair orders, one assigned to the engineer: row-level read access in an export.
  const [unit] = (await payload.find({ collection: slugs.units, limit: 1, depth: 0 })).docs
  await createWorkOrder(
    payload,
    { unit: unit.id, engineer: staff.engineer.id as number },
    { serverWrite: true },
  )
  await createWorkOrder(payload, { unit: unit.id, fault: '阳台地漏堵塞' })
})

afterAll(async () => {
  await tb?.shutdown()
})

describe('reports as workbooks', () => {
  it('should download the monthly complaint report with the JSON’s figures', async () => {
    const manager = await token('site-manager')
    const json = (await get('/reports/complaints/monthly?month=2026-08', manager))
      .json as ComplaintStatistics
    const res = await get('/reports/complaints/monthly.xlsx?month=2026-08', manager)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(XLSX)
    expect(res.headers.get('content-disposition')).toContain('.xlsx')
    const workbook = await workbookOf(res.bytes)
    const figures = workbook.getWorksheet('总体指标')!
    expect(figures.getCell('A1').value).toBe('客户月投诉统计表')
    expect(rowValues(figures, 3).slice(0, 4)).toEqual(['指标', '件数', '基数', '比率'])
    expect(figures.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    const byName = new Map(
      Array.from({ length: figures.rowCount - 3 }, (_, i) => rowValues(figures, i + 4)).map(
        (row) => [row[0], row],
      ),
    )
    expect(byName.get('登记总数（含咨询、建议、求助）')?.[1]).toBe(json.registered)
    expect(byName.get('投诉件数')?.[1]).toBe(json.complaints)
    expect(byName.get('有效投诉（属实）')?.[1]).toBe(json.validComplaints.substantiated)
    const resolution = byName.get('24小时内解决率')!
    expect(resolution.slice(1, 4)).toEqual([
      json.resolution.within24h,
      json.resolution.of,
      json.resolution.rate! / 100,
    ])
    expect(resolution[5]).toBe(json.resolution.met ? '达标' : '未达标')
    const satisfaction = byName.get('投诉处理满意率（按户）')!
    expect(satisfaction[3]).toBe(
      json.satisfaction.rate === null ? null : json.satisfaction.rate / 100,
    )
    expect(figures.getCell(`D${[...byName.keys()].indexOf('24小时内解决率') + 4}`).numFmt).toBe(
      '0.0%',
    )
    const categories = workbook.getWorksheet('按类别')!
    const counts = Object.fromEntries(
      Array.from({ length: categories.rowCount - 3 }, (_, i) => rowValues(categories, i + 4)),
    )
    expect(counts).toEqual({ 装修噪音: 1, 虫鼠害: 1, 合计: 2 })
    expect(json.byCategory).toEqual({ 'renovation-noise': 1, pests: 1 })
  })

  it('should refuse the workbook as the report is refused', async () => {
    expect((await get('/reports/complaints/monthly.xlsx?month=2026-08')).status).toBe(401)
    const guard = await token('security-guard')
    expect((await get('/reports/complaints/monthly.xlsx?month=2026-08', guard)).status).toBe(403)
    const manager = await token('site-manager')
    expect((await get('/reports/complaints/monthly.xlsx?month=2026-8', manager)).status).toBe(400)
  })

  it('should download the day’s dispatch register and the summary', async () => {
    const manager = await token('site-manager')
    const daily = await get('/reports/work-orders/daily.xlsx?date=2026-08-03', manager)
    expect(daily.status).toBe(200)
    const sheets = (await workbookOf(daily.bytes)).worksheets.map((s) => s.name)
    expect(sheets).toEqual(['当日开单', '当日回单', '未完成工单'])
    const summary = await get('/reports/work-orders/summary.xlsx?period=2026-08', manager)
    expect(summary.status).toBe(200)
    const sheet = (await workbookOf(summary.bytes)).worksheets[0]
    expect(rowValues(sheet, 4).slice(0, 3)).toEqual(['总体', '全部', 0])
  })
})

describe('exporting an admin list', () => {
  it('should export exactly the rows the filter matches, in the sort’s order', async () => {
    const res = await get(
      `/export/units.xlsx?where[building][equals]=${encodeURIComponent('8栋')}&sort=-number&limit=1&depth=0`,
      await token('cs-clerk'),
    )
    expect(res.status).toBe(200)
    const sheet = (await workbookOf(res.bytes)).worksheets[0]
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    const headers = rowValues(sheet, 1) as string[]
    expect(headers[0]).toBe('ID')
    const numberAt = headers.lastIndexOf('房号')
    const areaAt = headers.indexOf('建筑面积 (m²)')
    expect(numberAt).toBeGreaterThan(0)
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => rowValues(sheet, i + 2))
    expect(rows.map((r) => r[numberAt])).toEqual(['803', '802', '801'])
    expect(areaAt).toBeGreaterThan(0)
    expect(rows.map((r) => r[areaAt])).toEqual([70, 80, 90])
    const expected = await tb.payload.find({
      collection: slugs.units,
      where: { building: { equals: '8栋' } },
      sort: '-number',
      depth: 0,
    })
    expect(rows.map((r) => r[0])).toEqual(expected.docs.map((d) => d.id))
  })

  it('should page through a sort on several fields without losing or repeating a row', async () => {
    const res = await get('/export/units.xlsx?sort=building,-number', await token('cs-clerk'))
    expect(res.status).toBe(200)
    const sheet = (await workbookOf(res.bytes)).worksheets[0]
    const ids = Array.from({ length: sheet.rowCount - 1 }, (_, i) => rowValues(sheet, i + 2)[0])
    const expected = await tb.payload.find({
      collection: slugs.units,
      sort: ['building', '-number', 'id'],
      depth: 0,
      pagination: false,
    })
    expect(ids).toEqual(expected.docs.map((d) => d.id))
    expect(ids.length).toBeGreaterThan(5)
  })

  it('should page by keyset across rows that share the sort’s value, both ways, none lost or repeated', async () => {
    // Every unit made at one instant: each page (of 2) ends inside the tie, so the next page
    // starts from the id alone.
    const same = '2026-01-01T00:00:00.000Z'
    const all = await tb.payload.find({ collection: slugs.units, pagination: false, depth: 0 })
    expect(all.docs.length).toBeGreaterThan(4)
    for (const unit of all.docs) {
      await tb.payload.db.updateOne({
        collection: slugs.units,
        id: unit.id,
        data: { createdAt: same },
      })
    }
    for (const sort of ['-createdAt', 'createdAt']) {
      const res = await get(`/export/units.xlsx?sort=${sort}`, await token('cs-clerk'))
      expect(res.status).toBe(200)
      const sheet = (await workbookOf(res.bytes)).worksheets[0]
      const ids = Array.from({ length: sheet.rowCount - 1 }, (_, i) => rowValues(sheet, i + 2)[0])
      const ascending = all.docs.map((d) => d.id).sort((a, b) => Number(a) - Number(b))
      // The id follows the sort's direction.
      expect(ids).toEqual(sort.startsWith('-') ? [...ascending].reverse() : ascending)
    }
  })

  it('should page by keyset on a date some rows leave empty, both ways, the empty ones included once', async () => {
    // Two of the complaints are resolved, the enquiry is not: in pages of two, the rows without
    // a date come first or last as the database sorts them, around the keyset's pages.
    const all = await tb.payload.find({
      collection: slugs.complaints,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    const resolved = all.docs.filter((d) => d.resolvedAt).length
    expect(resolved).toBeGreaterThanOrEqual(2)
    expect(all.docs.length - resolved).toBeGreaterThanOrEqual(1)
    for (const sort of ['-resolvedAt', 'resolvedAt']) {
      const res = await get(`/export/complaints.xlsx?sort=${sort}`, await token('site-manager'))
      expect(res.status).toBe(200)
      const sheet = (await workbookOf(res.bytes)).worksheets[0]
      expect(rowValues(sheet, 1)[0]).toBe('ID')
      const ids = Array.from({ length: sheet.rowCount - 1 }, (_, i) => rowValues(sheet, i + 2)[0])
      const expected = await tb.payload.find({
        collection: slugs.complaints,
        sort: [sort, sort.startsWith('-') ? '-id' : 'id'],
        depth: 0,
        pagination: false,
      })
      expect(ids).toEqual(expected.docs.map((d) => d.id))
    }
  })

  it('should show selects as their Chinese label and dates as dates', async () => {
    const res = await get('/export/complaints.xlsx?sort=registeredAt', await token('site-manager'))
    expect(res.status).toBe(200)
    const sheet = (await workbookOf(res.bytes)).worksheets[0]
    const headers = rowValues(sheet, 1) as string[]
    const first = rowValues(sheet, 2)
    expect(sheet.rowCount).toBe(4)
    const registered = first[headers.indexOf('登记时间')]
    expect(registered).toBeInstanceOf(Date)
    // 2026-08-03T02:00Z is 10:00 in Shanghai: Excel shows the office's wall clock.
    expect((registered as Date).toISOString()).toBe('2026-08-03T10:00:00.000Z')
    expect(first).toContain('装修噪音')
  })

  it('should leave out a column the user may not read: a guard’s residents have no phone', async () => {
    const guard = await get('/export/residents.xlsx', await token('security-guard'))
    expect(guard.status).toBe(200)
    const guardSheet = (await workbookOf(guard.bytes)).worksheets[0]
    const guardHeaders = rowValues(guardSheet, 1)
    expect(guardHeaders).toContain('姓名')
    expect(guardHeaders).not.toContain('电话')
    expect(guard.bytes.includes(Buffer.from('13911112222'))).toBe(false)
    const manager = await get('/export/residents.xlsx', await token('site-manager'))
    const managerSheet = (await workbookOf(manager.bytes)).worksheets[0]
    const headers = rowValues(managerSheet, 1)
    const phoneAt = headers.indexOf('电话')
    expect(phoneAt).toBeGreaterThan(0)
    const phones = Array.from(
      { length: managerSheet.rowCount - 1 },
      (_, i) => rowValues(managerSheet, i + 2)[phoneAt],
    )
    expect(phones).toEqual(expect.arrayContaining(['13911112222', '13933334444']))
  })

  it('should export the list’s own columns in their order, and still never one the user may not read', async () => {
    const columns = encodeURIComponent(JSON.stringify(['phone', 'name', '-kind']))
    const guard = await get(
      `/export/residents.xlsx?columns=${columns}`,
      await token('security-guard'),
    )
    expect(guard.status).toBe(200)
    expect(rowValues((await workbookOf(guard.bytes)).worksheets[0], 1)).toEqual(['ID', '姓名'])
    expect(guard.bytes.includes(Buffer.from('13911112222'))).toBe(false)
    const manager = await get(
      `/export/residents.xlsx?columns=${columns}`,
      await token('site-manager'),
    )
    expect(rowValues((await workbookOf(manager.bytes)).worksheets[0], 1)).toEqual([
      'ID',
      '电话',
      '姓名',
    ])
  })

  it('should refuse a collection the user may not read with 403', async () => {
    const res = await get('/export/audit-log.xlsx', await token('security-guard'))
    expect(res.status).toBe(403)
    expect(res.headers.get('content-type')).not.toBe(XLSX)
  })

  it('should refuse an anonymous export with 401 and an unknown list with 404', async () => {
    expect((await get('/export/residents.xlsx')).status).toBe(401)
    expect((await get('/export/no-such-list.xlsx', await token('director'))).status).toBe(404)
  })

  it('should refuse a filter on a field the user may not read', async () => {
    const res = await get(
      '/export/residents.xlsx?where[phone][equals]=13911112222',
      await token('security-guard'),
    )
    expect([400, 403]).toContain(res.status)
  })

  it('should export only the rows the user may read: an engineer gets their own orders', async () => {
    const res = await get('/export/work-orders.xlsx', await token('engineer'))
    expect(res.status).toBe(200)
    const sheet = (await workbookOf(res.bytes)).worksheets[0]
    const ids = Array.from({ length: sheet.rowCount - 1 }, (_, i) => rowValues(sheet, i + 2)[0])
    const own = await tb.payload.find({
      collection: slugs.workOrders,
      where: { engineer: { equals: tb.staff.engineer.id } },
      depth: 0,
    })
    expect(own.totalDocs).toBe(1)
    expect(ids).toEqual(own.docs.map((d) => d.id))
    const all = await get('/export/work-orders.xlsx', await token('dispatcher'))
    expect((await workbookOf(all.bytes)).worksheets[0].rowCount - 1).toBe(2)
  })

  it('should refuse a sort on a field the user may not read', async () => {
    const res = await get('/export/residents.xlsx?sort=phone', await token('security-guard'))
    expect([400, 403]).toContain(res.status)
    expect(res.headers.get('content-type')).not.toBe(XLSX)
  })
})

describe('reading an export’s pages', () => {
  /** Pages of one row both ways, as `role`, over `select`: the adapter's and Payload's own `find`. */
  const bothWays = async (
    slug: CollectionSlug,
    role: keyof Testbed['staff'],
    select: Record<string, true>,
    where: Where = {},
  ) => {
    const { payload } = tb
    const user = await payload.findByID({ collection: slugs.users, id: tb.staff[role].id })
    const req = await createLocalReq(
      { user: { ...user, collection: slugs.users } as never },
      payload,
    )
    const collection = payload.collections[slug]
    const read = collection.config.access.read
    const access = read ? await read({ req }) : true
    const options = { req, collection, access, sort: ['id'], limit: 1, select }
    const pick = (docs: Array<Record<string, unknown>>) =>
      docs.map((doc) => Object.fromEntries(Object.keys(select).map((k) => [k, doc[k] ?? null])))
    const pages = async (reader: ReturnType<typeof findPages>) => {
      const docs: Array<Record<string, unknown>> = []
      for (let page = 1; page < 20; page++) {
        const rows = await reader(where, page)
        docs.push(...rows)
        if (rows.length < 1) break
      }
      return pick(docs)
    }
    return { adapter: await pages(adapterPages(options)), find: await pages(findPages(options)) }
  }

  it('should read by the adapter only where Payload’s find would return the same', () => {
    const req = { payload: tb.payload } as never
    const plain = (slug: CollectionSlug, fields: string[]) =>
      readsPlainly(req, tb.payload.collections[slug], new Set(fields))
    expect(plain(slugs.complaints, ['id', 'number', 'status', 'registeredAt', 'unit'])).toBe(true)
    expect(plain(slugs.residents, ['id', 'name', 'phone'])).toBe(true)
    // Rich text has read hooks; a virtual field, drafts and trash change what `find` reads.
    expect(plain(slugs.complaints, ['id', 'description'])).toBe(false)
    expect(plain(slugs.followUps, ['id', 'title'])).toBe(false)
    expect(plain(slugs.archivedDocuments, ['id', 'title'])).toBe(false)
  })

  it('should give the same rows and values as Payload’s find, field and row access included', async () => {
    const complaints = await bothWays(slugs.complaints, 'site-manager', {
      id: true,
      number: true,
      status: true,
      severity: true,
      registeredAt: true,
      unit: true,
      category: true,
    })
    expect(complaints.find.length).toBe(3)
    expect(complaints.adapter).toEqual(complaints.find)
    const guard = await bothWays(slugs.residents, 'security-guard', {
      id: true,
      name: true,
      phone: true,
    })
    expect(guard.find.length).toBe(2)
    expect(guard.find.every((r) => r.phone === null)).toBe(true)
    expect(guard.adapter).toEqual(guard.find)
    const manager = await bothWays(slugs.residents, 'site-manager', {
      id: true,
      name: true,
      phone: true,
    })
    expect(manager.find.some((r) => r.phone === '13911112222')).toBe(true)
    expect(manager.adapter).toEqual(manager.find)
    const engineer = await bothWays(slugs.workOrders, 'engineer', {
      id: true,
      fault: true,
      engineer: true,
    })
    expect(engineer.find).toEqual([expect.objectContaining({ engineer: tb.staff.engineer.id })])
    expect(engineer.adapter).toEqual(engineer.find)
  })
})

describe('the office’s own category names', () => {
  it('should name a category as the office keeps it, in the month’s table, its PDF and the list export', async () => {
    // The office renames 虫鼠害 in its list (complaint-categories): the code stays `pests`.
    await tb.payload.create({
      collection: slugs.complaintCategories,
      data: { code: 'pests', nameZh: '鼠害白蚁', nameEn: 'Rodents and termites' },
    })
    const manager = await token('site-manager')
    const json = (await get('/reports/complaints/monthly?month=2026-08', manager))
      .json as ComplaintStatistics
    expect(json.byCategory.pests).toBe(1)
    expect(json.categoryNames.pests).toBe('鼠害白蚁')
    // A category the office has not defined keeps DOMAIN.md's name.
    expect(json.categoryNames['renovation-noise']).toBe('装修噪音')
    const book = await workbookOf(
      (await get('/reports/complaints/monthly.xlsx?month=2026-08', manager)).bytes,
    )
    const names = book.getWorksheet('按类别')!.getColumn(1).values
    expect(names).toEqual(expect.arrayContaining(['鼠害白蚁', '装修噪音']))
    const pdf = await get('/reports/complaints/monthly.pdf?month=2026-08', manager)
    expect(pdf.status).toBe(200)
    expect((await pdfText(pdf.bytes)).text).toContain('鼠害白蚁')
    const list = await get('/export/complaints.xlsx?sort=registeredAt', manager)
    const sheet = (await workbookOf(list.bytes)).worksheets[0]
    const column = (rowValues(sheet, 1) as string[]).indexOf('类别')
    const categories = Array.from(
      { length: sheet.rowCount - 1 },
      (_, i) => rowValues(sheet, i + 2)[column],
    )
    expect(categories).toEqual(['装修噪音', '鼠害白蚁', '其他'])
  })
})
