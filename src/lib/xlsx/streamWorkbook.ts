import { once } from 'events'
import { PassThrough, Readable } from 'stream'

import ExcelJS from 'exceljs'

import type { CellValue, TableColumn } from '@/domain/tableReport'
import { sheetName } from '@/domain/tableReport'

import { cellValue, columnWidth, numberFormat, styleHeader } from './tableWorkbook'

/** Lets other requests run between pages: a long export never holds the event loop. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * Rows written between two yields: about 3 ms of exceljs's work on these machines, where a page of
 * 500 at once held the event loop 15 ms and other staff's reads waited behind each page.
 */
export const ROWS_PER_TURN = 100

/**
 * A one-sheet workbook written as it is read: a frozen header row, then each page of rows as it
 * arrives, each row committed (exceljs's streaming writer, no shared strings) so that neither the
 * rows nor the file are held in memory. After every `ROWS_PER_TURN` rows (and at the end of each
 * page) it waits for the reader to take what was written (back-pressure) and yields to the event
 * loop. A reader that goes away stops the pages.
 */
export const streamTableWorkbook = (
  sheet: string,
  columns: readonly TableColumn[],
  pages: AsyncIterable<ReadonlyArray<Record<string, CellValue>>>,
): ReadableStream<Uint8Array> => {
  const out = new PassThrough({ highWaterMark: 256 * 1024 })
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  workbook.creator = '物业客服'
  workbook.created = new Date()
  const worksheet = workbook.addWorksheet(sheetName(sheet), {
    views: [{ state: 'frozen', ySplit: 1 }],
  })
  worksheet.columns = columns.map((column) => {
    const numFmt = numberFormat(column)
    return { key: column.key, width: columnWidth(column), ...(numFmt ? { style: { numFmt } } : {}) }
  })
  /**
   * exceljs gives every cell a style object of its own (its column's, copied) and, not having seen
   * that object, renders it to XML to find its style id: a third of the writer's time. Every cell
   * of a column has the same style, so each takes the column's first one (per kind of value: a
   * style without a number format means General for a number, Excel's date for a date), seen once.
   */
  const shared = columns.map(() => new Map<string, Partial<ExcelJS.Style>>())
  const addSharedStyleRow = (values: Array<string | number | Date | null>) => {
    const row = worksheet.addRow(values)
    values.forEach((value, i) => {
      const cell = row.getCell(i + 1)
      const kind = value instanceof Date ? 'date' : typeof value === 'number' ? 'number' : 'other'
      const style = shared[i].get(kind)
      if (style) cell.style = style
      else shared[i].set(kind, cell.style)
    })
    row.commit()
  }
  let closed = false
  out.on('close', () => {
    closed = true
  })
  const write = async () => {
    const header = worksheet.addRow(columns.map((c) => c.header))
    styleHeader(header)
    header.commit()
    for await (const rows of pages) {
      for (let start = 0; start < rows.length; start += ROWS_PER_TURN) {
        if (closed) return
        for (const row of rows.slice(start, start + ROWS_PER_TURN)) {
          addSharedStyleRow(columns.map((c) => cellValue(row[c.key])))
        }
        if (out.writableNeedDrain && !closed) {
          await Promise.race([once(out, 'drain'), once(out, 'close')])
        }
        await yieldToEventLoop()
      }
    }
    worksheet.commit()
    await workbook.commit()
  }
  write().catch((error: unknown) => out.destroy(error as Error))
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>
}
