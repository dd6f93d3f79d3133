import ExcelJS from 'exceljs'

import type { CellFormat, CellValue, TableColumn, TableReport } from '@/domain/tableReport'
import { sheetName } from '@/domain/tableReport'

/** Excel number formats per cell format: what an office expects to see and to add up. */
export const NUMBER_FORMATS: Record<CellFormat, string | undefined> = {
  text: '@',
  integer: '0',
  decimal: '0.00',
  percent: '0.0%',
  money: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
}

/**
 * Adds one report as a sheet: title and subtitle rows, the header row (bold, frozen), the rows
 * with each column's number format, and the totals. Percentages are stored as fractions (0.95)
 * so that Excel can compute with them.
 */
export const addTableSheet = (workbook: ExcelJS.Workbook, report: TableReport) => {
  const sheet = workbook.addWorksheet(sheetName(report.sheet))
  const width = report.columns.length
  sheet.addRow([report.title]).font = { bold: true, size: 14 }
  sheet.mergeCells(1, 1, 1, Math.max(1, width))
  sheet.addRow([report.subtitle ?? ''])
  sheet.mergeCells(2, 1, 2, Math.max(1, width))
  styleHeader(sheet.addRow(report.columns.map((c) => c.header)))
  sheet.views = [{ state: 'frozen', ySplit: 3 }]
  report.columns.forEach((column, i) => {
    const col = sheet.getColumn(i + 1)
    col.width = columnWidth(column)
    const format = numberFormat(column)
    if (format) col.numFmt = format
  })
  for (const row of report.rows) sheet.addRow(report.columns.map((c) => cellValue(row[c.key])))
  if (report.totals) {
    const totals = sheet.addRow(report.columns.map((c) => cellValue(report.totals?.[c.key])))
    totals.font = { bold: true }
  }
  return sheet
}

/** The header row: bold on a light grey band with a rule under it. */
export const styleHeader = (header: ExcelJS.Row) => {
  header.font = { bold: true }
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEFEFEF' } }
    cell.border = { bottom: { style: 'thin' } }
  })
}

/** A column's width in characters, from its share of the page. */
export const columnWidth = (column: TableColumn) => Math.max(8, Math.round((column.width ?? 3) * 4))

/** The Excel number format of a column, or none (General) for text and unformatted columns. */
export const numberFormat = (column: TableColumn) =>
  column.format && column.format !== 'text' ? NUMBER_FORMATS[column.format] : undefined

export const cellValue = (value: CellValue): string | number | Date | null =>
  value === undefined || value === null ? null : value

/** A workbook of one sheet per report, as bytes. */
export const tableWorkbook = async (reports: readonly TableReport[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '物业客服'
  workbook.created = new Date()
  for (const report of reports) addTableSheet(workbook, report)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** An xlsx download with a Chinese-safe file name. */
export const xlsxResponse = (body: Buffer | ReadableStream<Uint8Array>, filename: string) =>
  new Response(Buffer.isBuffer(body) ? new Uint8Array(body) : (body as ReadableStream), {
    status: 200,
    headers: {
      'Content-Type': XLSX_TYPE,
      ...(Buffer.isBuffer(body) ? { 'Content-Length': String(body.length) } : {}),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Cache-Control': 'private, no-store',
    },
  })
