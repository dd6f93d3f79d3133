import ExcelJS from 'exceljs'
import type { Field } from 'payload'

import { label, option } from '@/i18n/label'
import { lexicalFromText } from '@/lib/lexical'
import {
  chooseColumns,
  exportColumns,
  exportRow,
  localWallClock,
  requestedColumns,
} from '@/lib/xlsx/exportColumns'
import { keysetField } from '@/endpoints/export/exportCollection'
import { streamTableWorkbook } from '@/lib/xlsx/streamWorkbook'

const fields: Field[] = [
  {
    type: 'tabs',
    tabs: [
      {
        label: label('基本', 'Basics'),
        fields: [
          {
            type: 'row',
            fields: [
              { name: 'name', type: 'text', label: label('姓名', 'Name') },
              {
                name: 'phone',
                type: 'text',
                label: label('电话', 'Phone'),
                access: { read: () => false },
              },
            ],
          },
          {
            name: 'kind',
            type: 'select',
            label: label('类别', 'Kind'),
            options: [option('owner', '业主', 'Owner'), option('tenant', '租户', 'Tenant')],
          },
        ],
      },
    ],
  },
  { name: 'area', type: 'number', label: label('面积', 'Area') },
  {
    name: 'at',
    type: 'date',
    label: label('时间', 'At'),
  },
  {
    name: 'day',
    type: 'date',
    label: label('日期', 'Day'),
    admin: { date: { pickerAppearance: 'dayOnly' } },
  },
  { name: 'unit', type: 'relationship', relationTo: 'units', label: label('房屋', 'Unit') },
  { name: 'notes', type: 'richText', label: label('说明', 'Notes') },
  { name: 'done', type: 'checkbox', label: label('完成', 'Done') },
  { name: 'secret', type: 'text', hidden: true },
  { name: 'items', type: 'array', fields: [{ name: 'x', type: 'text' }] },
  { name: 'createdAt', type: 'date', label: () => 'Created' },
]

const readable = (field: { access?: { read?: unknown } }) => !field.access?.read

describe('the columns of a list export', () => {
  it('takes the readable top-level data fields, Chinese headers, in the edit view’s order', () => {
    const columns = exportColumns(fields, readable, 'Asia/Shanghai')
    expect(columns.map((c) => c.header)).toEqual([
      'ID',
      '姓名',
      '类别',
      '面积',
      '时间',
      '日期',
      '房屋',
      '说明',
      '完成',
      '创建时间',
    ])
    expect(columns.find((c) => c.key === 'phone')).toBeUndefined()
    expect(columns.find((c) => c.key === 'at')?.format).toBe('datetime')
    expect(columns.find((c) => c.key === 'day')?.format).toBe('date')
  })

  it('turns stored values into typed cells', () => {
    const columns = exportColumns(fields, () => true, 'Asia/Shanghai')
    const row = exportRow(columns, {
      id: 7,
      name: '冯一',
      phone: '13900000000',
      kind: 'tenant',
      area: 88.5,
      at: '2026-08-03T02:00:00.000Z',
      unit: { id: 3, code: '1-101' },
      notes: lexicalFromText('楼上漏水'),
      done: false,
    })
    expect(row).toMatchObject({
      id: 7,
      name: '冯一',
      phone: '13900000000',
      kind: '租户',
      area: 88.5,
      unit: '3',
      notes: '楼上漏水',
      done: '否',
    })
    expect((row.at as Date).toISOString()).toBe('2026-08-03T10:00:00.000Z')
    expect(row.day).toBeNull()
  })

  it('shows a code kept as text by its label when the field names them, else the code', () => {
    const coded: Field[] = [
      {
        name: 'category',
        type: 'text',
        label: label('类别', 'Category'),
        custom: { codeLabels: [option('pests', '虫鼠害', 'Pests')] },
      },
    ]
    const columns = exportColumns(coded, () => true, 'Asia/Shanghai')
    expect(exportRow(columns, { category: 'pests' }).category).toBe('虫鼠害')
    expect(exportRow(columns, { category: 'gas-leak' }).category).toBe('gas-leak')
  })

  it('shows an instant as the office’s wall clock', () => {
    expect(localWallClock('2026-12-31T16:30:00Z', 'Asia/Shanghai')?.toISOString()).toBe(
      '2027-01-01T00:30:00.000Z',
    )
    expect(localWallClock(null, 'Asia/Shanghai')).toBeNull()
  })
})

describe('a streamed workbook', () => {
  it('writes a frozen header and every page of rows, in order', async () => {
    async function* pages() {
      for (let p = 0; p < 3; p++) {
        yield Array.from({ length: 1000 }, (_, i) => ({ n: p * 1000 + i, name: `第${p}页` }))
      }
    }
    const stream = streamTableWorkbook(
      '测试',
      [
        { key: 'n', header: '序号', format: 'integer' },
        { key: 'name', header: '名称' },
      ],
      pages(),
    )
    const bytes = Buffer.from(await new Response(stream).arrayBuffer())
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as never)
    const sheet = workbook.getWorksheet('测试')!
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 })
    expect(sheet.getRow(1).values).toEqual([undefined, '序号', '名称'])
    expect(sheet.rowCount).toBe(3001)
    expect(sheet.getCell('A3001').value).toBe(2999)
    expect(sheet.getCell('B3001').value).toBe('第2页')
    expect(sheet.getCell('A2').numFmt).toBe('0')
  })
})

describe('which sorts an export pages by keyset', () => {
  it('follows the id, the timestamps and required fields, with the id last in the same direction', () => {
    const required = new Set(['number'])
    expect(keysetField(['id'], required)).toEqual({
      name: 'id',
      descending: false,
      mayBeEmpty: false,
    })
    expect(keysetField(['-id'], required)).toEqual({
      name: 'id',
      descending: true,
      mayBeEmpty: false,
    })
    expect(keysetField(['-createdAt', '-id'], required)).toEqual({
      name: 'createdAt',
      descending: true,
      mayBeEmpty: false,
    })
    // Newest first with the oldest of a tie first: no single index order, so numbered pages.
    expect(keysetField(['-createdAt', 'id'], required)).toBeNull()
    expect(keysetField(['number', 'id'], required)).toEqual({
      name: 'number',
      descending: false,
      mayBeEmpty: false,
    })
    expect(keysetField(['code', 'id'], required)).toBeNull()
    expect(keysetField(['building', '-number', 'id'], required)).toBeNull()
    expect(keysetField(['unit.code', 'id'], new Set(['unit.code']))).toBeNull()
  })

  it('follows a date or number that may be empty, marked so, and no other optional field', () => {
    const ordered = new Set(['registeredAt'])
    expect(keysetField(['-registeredAt', '-id'], new Set(), ordered)).toEqual({
      name: 'registeredAt',
      descending: true,
      mayBeEmpty: true,
    })
    expect(keysetField(['-registeredAt', 'id'], new Set(), ordered)).toBeNull()
    expect(keysetField(['building', 'id'], new Set(), ordered)).toBeNull()
  })
})

describe('the list’s columns', () => {
  it('reads Payload’s list format and a plain list, and ignores hidden or malformed ones', () => {
    expect(requestedColumns('["number","-status","unit"]')).toEqual(['number', 'unit'])
    expect(requestedColumns('number, unit')).toEqual(['number', 'unit'])
    expect(requestedColumns('{"a":1}')).toBeNull()
    expect(requestedColumns('["-status"]')).toBeNull()
    expect(requestedColumns(null)).toBeNull()
  })

  it('keeps the asked order among readable columns, the id first, and everything when none is asked', () => {
    const readable = exportColumns(fields, (f) => f.name !== 'phone', 'Asia/Shanghai')
    const keys = (cols: Array<{ key: string }>) => cols.map((c) => c.key)
    expect(keys(chooseColumns(readable, ['kind', 'phone', 'name', 'id']))).toEqual([
      'id',
      'kind',
      'name',
    ])
    expect(keys(chooseColumns(readable, null))).toEqual(keys(readable))
  })
})
