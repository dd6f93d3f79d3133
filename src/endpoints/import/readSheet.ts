import ExcelJS from 'exceljs'

import type { SheetRow } from '@/domain/import'
import {
  decodeText,
  ImportRefusal,
  looksLikeText,
  MAX_IMPORT_ROWS,
  parseCsv,
} from '@/domain/import'

export type Sheet = { header: string[]; rows: SheetRow[]; format: string }

const ZIP = [0x50, 0x4b, 0x03, 0x04]

const notASpreadsheet = () =>
  new ImportRefusal(
    '文件不是 .xlsx 或 .csv 表格 / The file is not an .xlsx or .csv spreadsheet',
    'file',
  )

const tooMany = (rows: number, limit: number) =>
  new ImportRefusal(
    `一次最多导入 ${limit} 行，本表有 ${rows} 行 / At most ${limit} rows per import; this sheet has ${rows}`,
  )

const pad = (n: number) => String(n).padStart(2, '0')

/** A cell as the text the user typed or sees: dates as 2026-01-31, formulas as their result. */
const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? '是' : '否'
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`
  }
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJS.CellValue }).result)
  }
  if ('text' in value) return String(value.text)
  return ''
}

const readXlsx = async (bytes: Buffer, limit: number): Promise<Sheet> => {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
  } catch {
    throw notASpreadsheet()
  }
  const sheet = workbook.worksheets[0]
  if (!sheet || sheet.actualRowCount === 0) {
    throw new ImportRefusal('表格是空的 / The sheet is empty')
  }
  // Counted before the rows are read: a sheet far over the limit is refused at once.
  if (sheet.actualRowCount - 1 > limit) throw tooMany(sheet.actualRowCount - 1, limit)
  let header: string[] | null = null
  const rows: SheetRow[] = []
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values = (row.values as ExcelJS.CellValue[]).slice(1)
    const cells = Array.from({ length: values.length }, (_, i) => cellText(values[i]))
    if (rowNumber === 1) header = cells
    else rows.push({ row: rowNumber, cells })
  })
  return { header: header ?? [], rows, format: 'xlsx' }
}

const readCsv = (bytes: Buffer, limit: number): Sheet => {
  if (!looksLikeText(bytes)) throw notASpreadsheet()
  const { text, encoding } = decodeText(bytes)
  const lines = parseCsv(text)
  if (lines.length === 0) throw new ImportRefusal('表格是空的 / The sheet is empty')
  if (lines.length - 1 > limit) {
    const filled = lines.slice(1).filter((cells) => cells.some((c) => c.trim() !== '')).length
    if (filled > limit) throw tooMany(filled, limit)
  }
  const [header, ...rest] = lines
  return {
    header,
    rows: rest.map((cells, i) => ({ row: i + 2, cells })),
    format: `csv (${encoding})`,
  }
}

/**
 * The first sheet of an uploaded file: an .xlsx workbook (a zip; read with exceljs), or a CSV in
 * UTF-8, UTF-8 with a BOM, or GB18030. Anything else — a PDF, an image, an old .xls, a zip that
 * is not a workbook — is not a spreadsheet.
 */
export const readSheet = async (
  file: { data: Buffer; name?: string },
  limit = MAX_IMPORT_ROWS,
): Promise<Sheet> => {
  const bytes = file.data
  const name = (file.name ?? '').toLowerCase()
  if (bytes.length === 0) throw new ImportRefusal('文件是空的 / The file is empty', 'file')
  if (ZIP.every((b, i) => bytes[i] === b)) return readXlsx(bytes, limit)
  if (name.endsWith('.xlsx') || name.endsWith('.xls')) throw notASpreadsheet()
  return readCsv(bytes, limit)
}
