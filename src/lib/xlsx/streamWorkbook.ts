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
          worksheet.addRow(columns.map((c) => cellValue(row[c.key]))).commit()
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
