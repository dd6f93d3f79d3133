/**
 * Bringing an estate in: units, residents and the price list imported from .xlsx and .csv (UTF-8,
 * UTF-8 with BOM, GB18030) through `POST /api/import/<kind>` — the dry run writes nothing and
 * names every row's problems; the real run writes all or nothing in one transaction, matched by
 * natural key so that a second import creates nothing; refusals (header, empty, too many rows,
 * not a spreadsheet, roles) leave the database as it was.
 */
import ExcelJS from 'exceljs'
import type { CollectionSlug } from 'payload'
import { handleEndpoints } from 'payload'

import { IMPORT_COLUMNS } from '@/domain/import'
import { slugs } from '@/slugs'

import type { Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

let tb: Testbed

type Problem = { row: number; column: string; reason: string }
type ImportAnswer = {
  dryRun: boolean
  format: string
  rows: number
  counts: { create: number; update: number; unchanged: number; invalid: number }
  problems: Problem[]
  plan: Array<{ row: number; action: string; id?: number; changed: string[] }>
  errors?: Array<{ message: string; data?: { column?: string; problems?: Problem[] } }>
}

const token = (role: keyof Testbed['staff']) => tb.tokenOf(tb.staff[role])

const post = async (
  kind: string,
  file: { bytes: Uint8Array; name: string } | null,
  { dryRun = false, as = 'property-manager' as keyof Testbed['staff'] | null } = {},
) => {
  const form = new FormData()
  if (file) form.append('file', new Blob([file.bytes as Uint8Array<ArrayBuffer>]), file.name)
  return tb.rest.post<ImportAnswer>(`/import/${kind}${dryRun ? '?dryRun=true' : ''}`, {
    token: as ? await token(as) : undefined,
    formData: form,
  })
}

const csv = (lines: string[][]) =>
  lines
    .map((cells) =>
      cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(','),
    )
    .join('\r\n') + '\r\n'

const utf8 = (text: string, bom = false) => {
  const bytes = new TextEncoder().encode(text)
  return bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]) : bytes
}

/**
 * GB18030 bytes, as Excel in China saves a CSV: the two-byte table read back from Node's own
 * decoder (every lead byte 0x81–0xFE with every trail byte 0x40–0xFE), ASCII as itself.
 */
const gb18030 = (() => {
  let table: Map<string, number[]> | null = null
  return (text: string) => {
    if (!table) {
      table = new Map()
      const decoder = new TextDecoder('gb18030')
      for (let lead = 0x81; lead <= 0xfe; lead++) {
        for (let trail = 0x40; trail <= 0xfe; trail++) {
          if (trail === 0x7f) continue
          const char = decoder.decode(new Uint8Array([lead, trail]))
          if (char.length === 1 && char !== '\ufffd' && !table.has(char))
            table.set(char, [lead, trail])
        }
      }
    }
    const out: number[] = []
    for (const char of text) {
      if (char.charCodeAt(0) < 0x80) out.push(char.charCodeAt(0))
      else {
        const bytes = table.get(char)
        if (!bytes) throw new Error(`no GB18030 bytes for ${char}`)
        out.push(...bytes)
      }
    }
    return new Uint8Array(out)
  }
})()

const xlsx = async (lines: Array<Array<string | number>>) => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('导入')
  for (const line of lines) sheet.addRow(line)
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

const count = async (collection: CollectionSlug) =>
  (await tb.payload.count({ collection, overrideAccess: true })).totalDocs

const counts = async () => ({
  units: await count(slugs.units),
  residents: await count(slugs.residents),
  priceList: await count(slugs.priceList),
  // Sign-ins are audited too; the records' entries are what an import may add.
  audit: (
    await tb.payload.count({
      collection: slugs.auditLog,
      where: { action: { in: ['create', 'update', 'delete'] } },
      overrideAccess: true,
    })
  ).totalDocs,
})

const UNIT_HEADER = ['楼栋', '房号', '楼层', '建筑面积(m²)', '用途', '状态']
const UNIT_ROWS: Array<Array<string | number>> = [
  ['导入1栋', '101', 1, 88.5, '住宅', '已入住'],
  ['导入1栋', '102', 1, 90, '住宅', '空置'],
  ['导入商业街', 'S1', 1, 45, '商铺', '已入住'],
]
const RESIDENT_HEADER = ['类别', '姓名', '楼栋', '房号', '电话', '证件号码', '公司名称', '档案号']
const ID_A = '11010519491231002X'
const ID_B = '440524188001010014'

beforeAll(async () => {
  tb = await startTestbed('import')
})

afterAll(async () => {
  await tb?.shutdown()
})

describe('importing units from .xlsx', () => {
  it('should plan in a dry run and write nothing', async () => {
    const before = await counts()
    const res = await post(
      'units',
      { bytes: await xlsx([UNIT_HEADER, ...UNIT_ROWS]), name: '房屋.xlsx' },
      { dryRun: true },
    )
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ dryRun: true, format: 'xlsx', rows: 3, problems: [] })
    expect(res.body.counts).toEqual({ create: 3, update: 0, unchanged: 0, invalid: 0 })
    expect(res.body.plan.map((r) => r.row)).toEqual([2, 3, 4])
    expect(await counts()).toEqual(before)
  })

  it('should create them once, audited, and create nothing when the same sheet comes again', async () => {
    const before = await counts()
    const bytes = await xlsx([UNIT_HEADER, ...UNIT_ROWS])
    const first = await post('units', { bytes, name: '房屋.xlsx' })
    expect(first.status).toBe(200)
    expect(first.body.counts).toEqual({ create: 3, update: 0, unchanged: 0, invalid: 0 })
    const after = await counts()
    expect(after.units).toBe(before.units + 3)
    const unit = await tb.payload.find({
      collection: slugs.units,
      where: { code: { equals: '导入1栋-101' } },
      overrideAccess: true,
    })
    expect(unit.docs[0]).toMatchObject({
      floor: 1,
      area: 88.5,
      use: 'residential',
      status: 'occupied',
    })
    const audit = await tb.payload.find({
      collection: slugs.auditLog,
      where: {
        and: [
          { collectionSlug: { equals: slugs.units } },
          { docId: { equals: String(unit.docs[0].id) } },
        ],
      },
      overrideAccess: true,
    })
    expect(audit.docs).toEqual([
      expect.objectContaining({
        action: 'create',
        userEmail: 'property-manager@test.local',
        source: 'import',
      }),
    ])

    const again = await post('units', { bytes, name: '房屋.xlsx' })
    expect(again.status).toBe(200)
    expect(again.body.counts).toEqual({ create: 0, update: 0, unchanged: 3, invalid: 0 })
    expect(await counts()).toEqual(after)

    // A changed area is an update of that unit only.
    const changed = UNIT_ROWS.map((r, i) => (i === 1 ? [...r.slice(0, 3), 95, ...r.slice(4)] : r))
    const third = await post('units', {
      bytes: await xlsx([UNIT_HEADER, ...changed]),
      name: 'u.xlsx',
    })
    expect(third.body.counts).toEqual({ create: 0, update: 1, unchanged: 2, invalid: 0 })
    expect((await counts()).units).toBe(after.units)
  })
})

describe('importing residents from CSV', () => {
  it('should read a GB18030 CSV, as Excel in China saves it', async () => {
    const text = csv([
      RESIDENT_HEADER,
      ['业主', '张伟', '导入1栋', '101', '138-0013-8000', ID_A, '', 'DA-101'],
      ['商户', '李店长', '导入商业街', 'S1', '021-62345678', '', '翠湖便利店', ''],
    ])
    const before = await counts()
    const res = await post('residents', { bytes: gb18030(text), name: '住户.csv' })
    expect(res.status).toBe(200)
    expect(res.body.format).toBe('csv (gb18030)')
    expect(res.body.counts).toEqual({ create: 2, update: 0, unchanged: 0, invalid: 0 })
    expect((await counts()).residents).toBe(before.residents + 2)
    const shop = await tb.payload.find({
      collection: slugs.residents,
      where: { companyName: { equals: '翠湖便利店' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(shop.docs[0]).toMatchObject({
      kind: 'commercial-tenant',
      name: '李店长',
      phone: '02162345678',
    })
  })

  it('should read a UTF-8 CSV with a BOM, match by ID number or phone, and add the unit', async () => {
    const text = csv([
      RESIDENT_HEADER,
      // The same owner (by ID number) now also holds 102; the shop (by phone) unchanged.
      ['业主', '张伟', '导入1栋', '102', '13800138000', ID_A, '', 'DA-101'],
      ['商户', '李店长', '导入商业街', 'S1', '+86 021-6234-5678', '', '翠湖便利店', ''],
      ['租户', '王芳', '导入1栋', '102', '13900139000', ID_B, '', ''],
    ])
    const before = await counts()
    const dry = await post(
      'residents',
      { bytes: utf8(text, true), name: 'r.csv' },
      { dryRun: true },
    )
    expect(dry.status).toBe(200)
    expect(dry.body.format).toBe('csv (utf-8-bom)')
    expect(dry.body.plan.map((r) => [r.action, r.changed])).toEqual([
      ['update', ['units']],
      ['unchanged', []],
      ['create', ['kind', 'name', 'phone', 'idNumber', 'units']],
    ])
    expect(await counts()).toEqual(before)
    const real = await post('residents', { bytes: utf8(text, true), name: 'r.csv' })
    expect(real.status).toBe(200)
    expect((await counts()).residents).toBe(before.residents + 1)
    const owner = await tb.payload.find({
      collection: slugs.residents,
      where: { idNumber: { equals: ID_A } },
      depth: 1,
      overrideAccess: true,
    })
    expect(owner.docs).toHaveLength(1)
    expect((owner.docs[0].units as Array<{ code: string }>).map((u) => u.code).sort()).toEqual([
      '导入1栋-101',
      '导入1栋-102',
    ])
    // Plain UTF-8 without a BOM, the same sheet again: nothing new.
    const again = await post('residents', { bytes: utf8(text), name: 'r.csv' })
    expect(again.body.format).toBe('csv (utf-8)')
    expect(again.body.counts).toEqual({ create: 0, update: 0, unchanged: 3, invalid: 0 })
  })

  it('should write nothing from a sheet with one bad row, and name every problem', async () => {
    const text = csv([
      RESIDENT_HEADER,
      ['业主', '周一', '导入1栋', '101', '13700137001', '', '', ''],
      ['业主', '周二', '导入1栋', '101', '13700137002', '', '', ''],
      ['业主', '周三', '导入9栋', '909', '1370013700', '', '', ''],
      ['租户', '周四', '导入1栋', '101', '13700137002', '', '', ''],
      ['租户', '周五', '导入1栋', '101', '13700137005', '', '', 'DA-101'],
    ])
    const before = await counts()
    const dry = await post('residents', { bytes: utf8(text), name: 'bad.csv' }, { dryRun: true })
    expect(dry.status).toBe(200)
    expect(dry.body.problems).toEqual([
      { row: 4, column: '电话', reason: expect.stringContaining('电话号码格式不正确') },
      { row: 4, column: '房号', reason: expect.stringContaining('导入9栋-909 不存在') },
      { row: 5, column: '电话', reason: expect.stringContaining('第 3 行') },
      { row: 6, column: '档案号', reason: expect.stringContaining('张伟') },
    ])
    expect(dry.body.counts).toEqual({ create: 2, update: 0, unchanged: 0, invalid: 3 })
    const real = await post('residents', { bytes: utf8(text), name: 'bad.csv' })
    expect(real.status).toBe(400)
    expect(real.body.errors?.[0].data?.problems).toHaveLength(4)
    expect(await counts()).toEqual(before)
  })
})

describe('two imports at once', () => {
  it('should create each record once when the same new sheet is imported twice at the same time', async () => {
    const text = csv([
      RESIDENT_HEADER,
      ['业主', '同时甲', '导入1栋', '101', '13600136001', '', '', ''],
      ['业主', '同时乙', '导入1栋', '102', '13600136002', '', '', ''],
    ])
    const before = await counts()
    const [a, b] = await Promise.all([
      post('residents', { bytes: utf8(text), name: 'a.csv' }),
      post('residents', { bytes: utf8(text), name: 'b.csv' }),
    ])
    expect([a.status, b.status]).toEqual([200, 200])
    expect([a.body.counts.create, b.body.counts.create].sort()).toEqual([0, 2])
    expect((await counts()).residents).toBe(before.residents + 2)
  })
})

describe('importing the price list', () => {
  it('should create and then update items by name', async () => {
    const header = ['项目', '单位', '价格(元)', '生效日期', '在用']
    const first = await post('price-list', {
      bytes: utf8(
        csv([
          header,
          ['导入-换锁芯', '个', '80', '2026-01-01', '是'],
          ['导入-疏通', '次', '50', '', ''],
        ]),
      ),
      name: 'p.csv',
    })
    expect(first.status).toBe(200)
    expect(first.body.counts.create).toBe(2)
    const second = await post('price-list', {
      bytes: utf8(csv([header, ['导入-换锁芯', '个', '85.5', '2026-01-01', '是']])),
      name: 'p.csv',
    })
    expect(second.body.counts).toEqual({ create: 0, update: 1, unchanged: 0, invalid: 0 })
    const item = await tb.payload.find({
      collection: slugs.priceList,
      where: { item: { equals: '导入-换锁芯' } },
      overrideAccess: true,
    })
    expect(item.docs.map((d) => d.price)).toEqual([85.5])
  })
})

describe('refusals', () => {
  const refused = async (res: { status: number; body: ImportAnswer }, message: RegExp) => {
    expect(res.status).toBe(400)
    expect(res.body.errors?.[0].message).toMatch(message)
  }

  it('should refuse a wrong header, an empty sheet, too many rows and a file that is not a spreadsheet, writing nothing', async () => {
    const before = await counts()
    await refused(
      await post('units', {
        bytes: utf8(
          csv([
            ['楼栋', '房号', '面积'],
            ['1', '2', '3'],
          ]),
        ),
        name: 'x.csv',
      }),
      /面积/,
    )
    // A residents sheet sent as units.
    await refused(
      await post('units', { bytes: utf8(csv([RESIDENT_HEADER, ['业主']])), name: 'x.csv' }),
      /类别/,
    )
    await refused(
      await post('units', { bytes: utf8(csv([UNIT_HEADER])), name: 'x.csv' }),
      /没有数据行/,
    )
    await refused(await post('units', { bytes: await xlsx([]), name: 'x.xlsx' }), /空/)
    const many = [
      UNIT_HEADER,
      ...Array.from({ length: 50_000 }, (_, i) => ['大楼', String(i), '1', '50', '', '']),
    ]
    await refused(await post('units', { bytes: utf8(csv(many)), name: 'big.csv' }), /10000/)
    // A workbook one row over the limit (a 50,000-row workbook only takes longer to build).
    await refused(
      await post('units', { bytes: await xlsx(many.slice(0, 10_002)), name: 'big.xlsx' }),
      /10000 行，本表有 10001 行/,
    )
    const pdf = utf8('%PDF-1.7\n\u0000\u0001\u0002binary\u0000')
    await refused(await post('units', { bytes: pdf, name: 'a.pdf' }), /不是/)
    await refused(
      await post('units', {
        bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]),
        name: 'a.xlsx',
      }),
      /不是/,
    )
    const none = await post('units', null)
    expect(none.status).toBe(400)
    expect(await counts()).toEqual(before)
  })

  it('should refuse roles other than managers and the administrator, and anonymous callers', async () => {
    const before = await counts()
    const bytes = await xlsx([UNIT_HEADER, ['角色栋', '1', 1, 50, '', '']])
    for (const role of ['cs-clerk', 'engineer', 'security-guard', 'general-manager'] as const) {
      expect((await post('units', { bytes, name: 'u.xlsx' }, { as: role })).status).toBe(403)
    }
    expect([401, 403]).toContain(
      (await post('units', { bytes, name: 'u.xlsx' }, { as: null })).status,
    )
    // The price list is kept by the property manager and above: a site manager may not import it.
    const price = utf8(
      csv([
        ['项目', '价格(元)'],
        ['角色-项目', '1'],
      ]),
    )
    expect(
      (await post('price-list', { bytes: price, name: 'p.csv' }, { as: 'site-manager' })).status,
    ).toBe(403)
    expect(await counts()).toEqual(before)
    // The administrator and a site manager may import units.
    expect(
      (await post('units', { bytes, name: 'u.xlsx' }, { as: 'admin', dryRun: true })).status,
    ).toBe(200)
    expect(
      (await post('units', { bytes, name: 'u.xlsx' }, { as: 'site-manager', dryRun: true })).status,
    ).toBe(200)
    expect((await post('nothing', { bytes, name: 'u.xlsx' })).status).toBe(404)
  })
})

describe('templates', () => {
  const download = async (kind: string, role: keyof Testbed['staff']) => {
    const headers = new Headers({ Authorization: `JWT ${await token(role)}` })
    const response = await handleEndpoints({
      config: tb.booted.config,
      request: new Request(`http://localhost:3000/api/import/${kind}/template.xlsx`, { headers }),
    })
    return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) }
  }

  it('should give each kind its Chinese headers, an example row and lists, and import back', async () => {
    for (const kind of ['units', 'residents', 'price-list'] as const) {
      const res = await download(kind, 'director')
      expect(res.status).toBe(200)
      const workbook = new ExcelJS.Workbook()
      await workbook.xlsx.load(res.bytes as never)
      const sheet = workbook.worksheets[0]
      const columns = IMPORT_COLUMNS[kind]
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(columns.map((c) => c.header))
      expect(sheet.actualRowCount).toBe(2)
      columns.forEach((column, i) => {
        const validation = sheet.getCell(2, i + 1).dataValidation
        if (column.type === 'choice') {
          expect(validation).toMatchObject({ type: 'list' })
          expect(validation.formulae[0]).toContain(column.choices![0].label)
        }
      })
    }
    // The units template's example row is a valid sheet by itself.
    const units = await download('units', 'director')
    const dry = await post('units', { bytes: units.bytes, name: 't.xlsx' }, { dryRun: true })
    expect(dry.body.problems).toEqual([])
    expect((await download('units', 'cs-clerk')).status).toBe(403)
  })
})
