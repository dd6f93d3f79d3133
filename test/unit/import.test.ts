import { isValidMainlandId } from '@/domain/contact'
import type { ExistingRecord, SheetRow } from '@/domain/import'
import {
  confidentialCells,
  dataRows,
  decodeText,
  IMPORT_COLUMNS,
  ImportRefusal,
  parseCsv,
  parseRows,
  planImport,
  readHeader,
} from '@/domain/import'
import { RESIDENT_KINDS } from '@/collections/Residents'
import { UNIT_STATUSES, UNIT_USES } from '@/collections/Units'

const RESIDENT_HEADER = ['类别', '姓名', '楼栋', '房号', '电话', '证件类型', '证件号码', '公司名称']
const ID_A = '11010519491231002X'
const ID_B = '440524188001010014'

const rowsOf = (...lines: string[][]): SheetRow[] =>
  lines.map((cells, i) => ({ row: i + 2, cells }))

const residents = (...lines: string[][]) =>
  parseRows('residents', readHeader('residents', RESIDENT_HEADER), rowsOf(...lines))

describe('reading a CSV file', () => {
  const text = '楼栋,房号\r\n3栋,"12,03"\n"say ""hi""",x\n'
  it('should read UTF-8, UTF-8 with a BOM and GB18030 alike', () => {
    const utf8 = new TextEncoder().encode(text)
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])
    // 楼栋 in GB18030 (GBK): C2 A5 B6 B0.
    const gb = new Uint8Array([0xc2, 0xa5, 0xb6, 0xb0, 0x2c, 0x61])
    expect(decodeText(utf8)).toEqual({ text, encoding: 'utf-8' })
    expect(decodeText(bom)).toEqual({ text, encoding: 'utf-8-bom' })
    expect(decodeText(gb)).toEqual({ text: '楼栋,a', encoding: 'gb18030' })
  })
  it('should split cells with quotes, doubled quotes, commas and both line ends', () => {
    expect(parseCsv(text)).toEqual([
      ['楼栋', '房号'],
      ['3栋', '12,03'],
      ['say "hi"', 'x'],
    ])
  })
})

describe('the header', () => {
  it('should take the columns in any order and leave optional ones out', () => {
    const columns = readHeader('units', ['房号', '楼栋', '楼层', '建筑面积(m²)'])
    expect(columns.map((c) => c.key)).toEqual(['number', 'building', 'floor', 'area'])
  })
  it('should refuse an unknown column, a repeated one, or a missing required one', () => {
    expect(() => readHeader('units', ['楼栋', '房号', '楼层', '面积'])).toThrow(/面积/)
    expect(() => readHeader('units', ['楼栋', '楼栋', '房号'])).toThrow(ImportRefusal)
    expect(() => readHeader('units', ['楼栋', '房号', '楼层'])).toThrow(/建筑面积/)
    // A residents sheet sent as units is refused, not half-read.
    expect(() => readHeader('units', RESIDENT_HEADER)).toThrow(/类别/)
  })
  it('should refuse a sheet without data rows, and one over the limit naming the limit', () => {
    expect(() => dataRows(rowsOf(['', ' ']))).toThrow(/没有数据行/)
    const many = rowsOf(...Array.from({ length: 11 }, () => ['x']))
    expect(() => dataRows(many, 10)).toThrow(/最多导入 10 行/)
    expect(dataRows(many, 11)).toHaveLength(11)
  })
})

describe('checking rows', () => {
  it('should name the row, the column and the reason of each problem', () => {
    const parsed = residents(
      ['业主', '张伟', '3栋', '1203', '13800138000', '', ID_A, ''],
      ['房东', '', '3栋', '1204', '12345', '', '110105194912310021', ''],
      ['商户', '便利店', '商业街', '1', '021-62345678', '', '', ''],
      ['租户', '李四', '3栋', '1205', '', '', '', ''],
    )
    expect(parsed[0].problems).toEqual([])
    expect(parsed[0].values).toMatchObject({ kind: 'owner', phone: '13800138000', idNumber: ID_A })
    expect(parsed[1].problems).toEqual([
      { row: 3, column: '类别', reason: expect.stringContaining('业主') },
      { row: 3, column: '姓名', reason: '必填 / Required' },
      { row: 3, column: '电话', reason: expect.stringContaining('电话号码格式不正确') },
      { row: 3, column: '证件号码', reason: expect.stringContaining('证件号码与证件类型不符') },
    ])
    expect(parsed[2].problems).toEqual([
      { row: 4, column: '公司名称', reason: expect.stringContaining('公司名称') },
    ])
    expect(parsed[3].problems).toEqual([
      { row: 5, column: '证件号码', reason: expect.stringContaining('证件号码或电话') },
    ])
  })
  it('should refuse a row that repeats the natural key of a row above', () => {
    const parsed = residents(
      ['业主', '张伟', '3栋', '1203', '', '', ID_A, ''],
      ['业主', '张伟', '3栋', '1204', '', '', ID_A.toLowerCase(), ''],
      ['租户', '王五', '3栋', '1205', '13800138001', '', '', ''],
      ['租户', '王五', '3栋', '1205', '+86 138-0013-8001', '', '', ''],
    )
    expect(parsed[1].problems[0]).toMatchObject({
      row: 3,
      reason: expect.stringContaining('第 2 行'),
    })
    expect(parsed[3].problems[0]).toMatchObject({ row: 5, column: '电话' })
  })
  it('should read numbers, money, dates and yes/no as their types', () => {
    const header = ['项目', '价格(元)', '生效日期', '在用']
    const parsed = parseRows(
      'price-list',
      readHeader('price-list', header),
      rowsOf(['换锁', '￥1,200.5', '2026/3/1', '否'], ['疏通', '1.234', '2026-02-30', '也许']),
    )
    expect(parsed[0].values).toEqual({
      item: '换锁',
      price: 1200.5,
      effectiveDate: '2026-03-01T04:00:00.000Z',
      active: false,
    })
    expect(parsed[1].problems.map((p) => p.column)).toEqual(['价格(元)', '生效日期', '在用'])
  })
  it('should find confidential cells for a role that may not write them, and no others', () => {
    const columns = readHeader('residents', RESIDENT_HEADER)
    const rows = rowsOf(
      ['业主', '张伟', '3栋', '1203', '', '', '', ''],
      ['业主', '李', '3栋', '1', '13800138000', '', '', ''],
    )
    expect(confidentialCells(columns, rows)).toEqual([
      { row: 3, column: '电话', reason: expect.stringContaining('无权') },
    ])
  })
})

describe('planning against the database', () => {
  const units = [
    { id: 1, building: '3栋', number: '1203' },
    { id: 2, building: '3栋', number: '1204' },
  ]
  const existing: ExistingRecord[] = [
    { id: 10, kind: 'owner', name: '张伟', idNumber: ID_A, phone: '138-0013-8000', units: [1] },
    { id: 11, kind: 'tenant', name: '王五', phone: '13800138001', units: [2] },
    { id: 12, kind: 'tenant', name: '赵六', phone: '13900139000', units: [2] },
    { id: 13, kind: 'tenant', name: '钱七', phone: '13900139000', units: [2] },
  ]
  it('should update what matches, create what does not, and leave the same values alone', () => {
    const plan = planImport({
      kind: 'residents',
      parsed: residents(
        ['业主', '张伟', '3栋', '1203', '13800138000', '', ID_A, ''],
        ['业主', '张伟', '3栋', '1204', '', '', ID_B, ''],
        ['租户', '王五', '3栋', '1203', '13800138001', '', '', ''],
      ),
      existing,
      units,
    })
    expect(plan.rows.map((r) => [r.action, r.id, r.changed])).toEqual([
      ['unchanged', 10, []],
      ['create', undefined, ['kind', 'name', 'idNumber', 'units']],
      ['update', 11, ['units']],
    ])
    expect(plan.rows[2].data).toEqual({ units: [2, 1] })
    expect(plan.counts).toEqual({ create: 1, update: 1, unchanged: 1, invalid: 0 })
  })
  it('should report a unit that does not exist, an ambiguous phone and a record matched twice', () => {
    const plan = planImport({
      kind: 'residents',
      parsed: residents(
        ['业主', '孙八', '9栋', '101', '13700137000', '', '', ''],
        ['租户', '赵六', '3栋', '1204', '13900139000', '', '', ''],
        ['业主', '张伟', '3栋', '1203', '', '', ID_A, ''],
        ['业主', '张伟', '3栋', '1203', '13800138000', '', '', ''],
      ),
      existing,
      units,
    })
    expect(plan.problems).toEqual([
      { row: 2, column: '房号', reason: expect.stringContaining('9栋-101 不存在') },
      { row: 3, column: '电话', reason: expect.stringContaining('2 位住户') },
      { row: 5, column: '姓名', reason: expect.stringContaining('第 4 行') },
    ])
    expect(plan.counts.invalid).toBe(3)
  })
  it('should match units by building and number', () => {
    const parsed = parseRows(
      'units',
      readHeader('units', ['楼栋', '房号', '楼层', '建筑面积(m²)', '用途']),
      rowsOf(['3栋', '1203', '12', '89.5', '住宅'], ['3栋', '1301', '13', '90', 'commercial']),
    )
    const plan = planImport({
      kind: 'units',
      parsed,
      existing: [
        { id: 1, building: '3栋', number: '1203', floor: 12, area: 80, use: 'residential' },
      ],
    })
    expect(plan.rows.map((r) => [r.action, r.data])).toEqual([
      ['update', { area: 89.5 }],
      ['create', { building: '3栋', number: '1301', floor: 13, area: 90, use: 'commercial' }],
    ])
  })
})

describe('the columns', () => {
  it('should offer exactly the collections’ select values', () => {
    const values = (kind: 'units' | 'residents', key: string) =>
      IMPORT_COLUMNS[kind].find((c) => c.key === key)?.choices?.map((c) => [c.value, c.label])
    const zh = (options: Array<{ value: string; label: { zh: string } }>) =>
      options.map((o) => [o.value, o.label.zh])
    expect(values('units', 'use')).toEqual(zh(UNIT_USES))
    expect(values('units', 'status')).toEqual(zh(UNIT_STATUSES))
    expect(values('residents', 'kind')).toEqual(zh(RESIDENT_KINDS))
  })
  it('should give a template example that passes its own checks', () => {
    expect(isValidMainlandId(ID_A)).toBe(true)
    expect(isValidMainlandId(ID_B)).toBe(true)
    for (const kind of ['units', 'residents', 'price-list'] as const) {
      const columns = IMPORT_COLUMNS[kind]
      const parsed = parseRows(
        kind,
        readHeader(
          kind,
          columns.map((c) => c.header),
        ),
        rowsOf(columns.map((c) => String(c.example))),
      )
      expect(parsed[0].problems).toEqual([])
    }
  })
})
