import ExcelJS from 'exceljs'
import type { Endpoint } from 'payload'

import type { ImportKind } from '@/domain/import'
import {
  IMPORT_COLUMNS,
  IMPORT_KIND_LABELS,
  MAX_IMPORT_ROWS,
  YES_NO_CHOICES,
} from '@/domain/import'
import { styleHeader, xlsxResponse } from '@/lib/xlsx/tableWorkbook'

import { importTarget } from './importSheet'

/** Rows of the template that carry the drop-down lists. */
const LIST_ROWS = 1000

const NOTES: Record<ImportKind, string[]> = {
  units: ['按「楼栋 + 房号」识别房屋：已有的房屋更新，没有的新建；同一表格再次导入不会重复新建。'],
  residents: [
    '房屋须先导入（按「楼栋 + 房号」对应）。',
    '按证件号码识别住户，没有证件号码时按电话；已有的住户更新并加上此房屋，没有的新建。',
    '商户须填写公司名称。电话、证件为保密信息，只有有权查看的岗位可以导入。',
  ],
  'price-list': ['按「项目」名称识别：已有的项目更新价格等，没有的新建。'],
}

/** The template of one kind, as bytes: the header, an example row, lists, and a sheet of notes. */
export const importTemplateWorkbook = async (kind: ImportKind): Promise<Buffer> => {
  const columns = IMPORT_COLUMNS[kind]
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '物业客服'
  const sheet = workbook.addWorksheet(IMPORT_KIND_LABELS[kind])
  styleHeader(sheet.addRow(columns.map((c) => c.header)))
  sheet.addRow(columns.map((c) => c.example))
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1)
    col.width = Math.max(10, column.header.length * 2 + 4, String(column.example).length + 4)
    // Text columns stay text: a phone, an ID number or 0101 is not turned into a number.
    if (['text', 'phone', 'idNumber'].includes(column.type)) col.numFmt = '@'
    const header = sheet.getCell(1, i + 1)
    if (column.required) header.note = '必填 / Required'
    const choices =
      column.type === 'choice' ? column.choices : column.type === 'yesNo' ? YES_NO_CHOICES : null
    if (!choices) return
    const list = `"${choices.map((c) => c.label).join(',')}"`
    for (let row = 2; row <= LIST_ROWS + 1; row++) {
      sheet.getCell(row, i + 1).dataValidation = {
        type: 'list',
        allowBlank: !column.required,
        formulae: [list],
        showErrorMessage: true,
        errorTitle: column.header,
        error: `请从列表中选择 / Choose from the list`,
      }
    }
  })
  const notes = workbook.addWorksheet('说明')
  notes.getColumn(1).width = 100
  for (const line of [
    `${IMPORT_KIND_LABELS[kind]}导入模板：第一张表第 1 行为表头（不要修改），第 2 行为示例，导入前请删除或改写。`,
    ...NOTES[kind],
    `必填列：${columns
      .filter((c) => c.required)
      .map((c) => c.header)
      .join('、')}。空白单元格不会清除已有内容。`,
    `一次最多 ${MAX_IMPORT_ROWS} 行。也可另存为 CSV（UTF-8 或 GB18030）导入。`,
    '请先「试导入」查看每行的问题和将新建 / 更新的记录，再确认导入；有任何问题时不会导入任何数据。',
  ]) {
    notes.addRow([line])
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** `GET /api/import/<kind>/template.xlsx`: the template, for those who may import that kind. */
export const importTemplate: Endpoint = {
  path: '/import/:kind/template.xlsx',
  method: 'get',
  handler: async (req) => {
    const { kind } = await importTarget(req)
    return xlsxResponse(
      await importTemplateWorkbook(kind),
      `${IMPORT_KIND_LABELS[kind]}导入模板.xlsx`,
    )
  },
}
