/**
 * A report as a table: what a register or a report is before it is printed (PDF) or downloaded
 * (xlsx). Both renderers take the same value, so the two files show the same figures.
 */
export type CellFormat = 'text' | 'integer' | 'decimal' | 'percent' | 'money' | 'date' | 'datetime'

export type CellValue = string | number | Date | null | undefined

export type TableColumn = {
  key: string
  /** The header as printed: Chinese first (`时间 Time` or just `时间`). */
  header: string
  format?: CellFormat
  /** The column's share of the page width (PDF) and, ×4, its width in characters (xlsx). */
  width?: number
}

export type TableReport = {
  /** The sheet's name in the workbook (at most 31 characters; Excel's limit). */
  sheet: string
  title: string
  /** The period, the filters: printed under the title. */
  subtitle?: string
  columns: readonly TableColumn[]
  rows: ReadonlyArray<Record<string, CellValue>>
  /** A last row of totals, keyed like the rows. */
  totals?: Record<string, CellValue>
}

/** Excel refuses sheet names over 31 characters or with `\ / ? * [ ] :`. */
export const sheetName = (name: string) =>
  name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31) || 'Sheet1'
