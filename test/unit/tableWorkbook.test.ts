import ExcelJS from 'exceljs'

import { sheetName } from '@/domain/tableReport'
import { tableWorkbook } from '@/lib/xlsx/tableWorkbook'

describe('a table report as an xlsx workbook', () => {
  it('writes title, frozen Chinese headers, typed cells and totals that read back the same', async () => {
    const bytes = await tableWorkbook([
      {
        sheet: '2026-10 投诉统计',
        title: '客户月投诉统计表',
        subtitle: '2026-10',
        columns: [
          { key: 'kind', header: '类别' },
          { key: 'count', header: '件数', format: 'integer' },
          { key: 'rate', header: '满意率', format: 'percent' },
          { key: 'at', header: '日期', format: 'date' },
        ],
        rows: [
          { kind: '维修', count: 3, rate: 0.9, at: new Date('2026-10-02T00:00:00Z') },
          { kind: '安全', count: 2, rate: null, at: null },
        ],
        totals: { kind: '合计', count: 5 },
      },
    ])
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as never)
    const sheet = workbook.getWorksheet('2026-10 投诉统计')!
    expect(sheet.getCell('A1').value).toBe('客户月投诉统计表')
    expect(sheet.getRow(3).values).toEqual([undefined, '类别', '件数', '满意率', '日期'])
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 })
    expect(sheet.getCell('B4').value).toBe(3)
    expect(sheet.getCell('C4').value).toBe(0.9)
    expect(sheet.getCell('C4').numFmt).toBe('0.0%')
    expect((sheet.getCell('D4').value as Date).toISOString()).toBe('2026-10-02T00:00:00.000Z')
    expect(sheet.getCell('C5').value).toBeNull()
    expect(sheet.getRow(6).values).toEqual([undefined, '合计', 5])
  })

  it('keeps sheet names within what Excel accepts', () => {
    expect(sheetName('a/b:c*d?[e]')).toBe('a b c d  e ')
    expect(sheetName('x'.repeat(40))).toHaveLength(31)
  })
})
