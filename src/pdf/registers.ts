import type { FormKey } from '@/domain/forms'
import type { ReleaseSlip } from '@/domain/registers/releaseSlip'
import type { CellFormat, CellValue, TableReport } from '@/domain/tableReport'

import type { Letterhead, Pdf } from './pdfKit'
import { MARGIN, createForm, field, formSignatures, heading, table, toBuffer } from './pdfKit'

const cellText = (value: CellValue, format?: CellFormat): string => {
  if (value === null || value === undefined || value === '') return '—'
  if (value instanceof Date) return value.toISOString().slice(0, 16).replace('T', ' ')
  // A percent column holds a fraction (as the workbook formats it): printed as 81.8%.
  if (format === 'percent' && typeof value === 'number') return `${(value * 100).toFixed(1)}%`
  return String(value)
}

const PADDING = 9
/** The widest a column may need and still count as short (a local time at 9.5 pt is ~90). */
const COMPACT = 100

/**
 * Column widths that fit the page: a short column (a time, a number, a unit) and any column whose
 * longest cell fits in its share of the width get just what they need; the space left goes to
 * the others (the text columns) in their shares, where their cells wrap. A column never gets less than its header. On a wider page all simply grow.
 */
export const fitColumns = (
  doc: Pdf,
  headers: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  shares: readonly number[],
  usable: number,
): number[] => {
  doc.font('cjk-bold').fontSize(9.5)
  const headerWidths = headers.map((h) => doc.widthOfString(h) + PADDING)
  doc.font('cjk').fontSize(9.5)
  const natural = headers.map((_, i) =>
    Math.max(headerWidths[i], ...rows.map((r) => doc.widthOfString(r[i] ?? '') + PADDING)),
  )
  // Short columns (a time, a number, a unit) are not cut, the shortest first, as long as every
  // other column keeps at least its header.
  const widths: Array<number | null> = headers.map(() => null)
  let reserved = headerWidths.reduce((a, h) => a + h, 0)
  for (const i of natural.map((_, i) => i).sort((a, b) => natural[a] - natural[b])) {
    if (natural[i] > COMPACT || reserved - headerWidths[i] + natural[i] > usable) break
    widths[i] = natural[i]
    reserved += natural[i] - headerWidths[i]
  }
  for (let changed = true; changed;) {
    changed = false
    const left = usable - widths.reduce<number>((a, w) => a + (w ?? 0), 0)
    const open = shares.reduce((a, s, i) => a + (widths[i] === null ? s : 0), 0)
    headers.forEach((_, i) => {
      if (widths[i] === null && natural[i] <= (left * shares[i]) / open) {
        widths[i] = natural[i]
        changed = true
      }
    })
  }
  const left = usable - widths.reduce<number>((a, w) => a + (w ?? 0), 0)
  const open = shares.reduce((a, s, i) => a + (widths[i] === null ? s : 0), 0)
  if (open === 0) {
    // Everything fits: the slack is shared in proportion to what each column needs.
    const need = natural.reduce((a, b) => a + b, 0)
    return natural.map((n) => Math.floor(n + (left * n) / need))
  }
  return headers.map((_, i) =>
    Math.floor(widths[i] ?? Math.max(headerWidths[i], (left * shares[i]) / open)),
  )
}

/**
 * A register as a PDF, on the form's paper (landscape for the wide registers): the report's
 * columns across the page (`fitColumns`), cells wrapping within them, the totals, "no entries"
 * for an empty period, and the register's signature lines.
 */
export const renderRegister = async (report: TableReport, form: FormKey, head: Letterhead) => {
  const doc = createForm(form, head, report.subtitle)
  const rows = report.rows.map((row) => report.columns.map((c) => cellText(row[c.key], c.format)))
  if (report.totals)
    rows.push(report.columns.map((c) => cellText(report.totals?.[c.key], c.format)))
  const headers = report.columns.map((c) => c.header)
  const widths = fitColumns(
    doc,
    headers,
    rows,
    report.columns.map((c) => c.width ?? 3),
    doc.page.width - 2 * MARGIN,
  )
  table(
    doc,
    headers.map((h, i): [string, number] => [h, widths[i]]),
    rows,
  )
  if (report.rows.length === 0) {
    doc.font('cjk').fontSize(10).text('本期无记录 / No entries in this period', MARGIN)
  }
  formSignatures(doc, form)
  return toBuffer(doc)
}

/** 物品放行条: one release, the owner's confirmation, and the lines the desk, owner and gate sign. */
export const renderReleaseSlip = async (slip: ReleaseSlip, head: Letterhead) => {
  const doc = createForm('releaseSlip', head, `编号 No. ${slip.number}`)
  field(doc, '登记时间 Recorded at', slip.at)
  field(doc, '岗位 Post', slip.post)
  field(doc, '房号 Unit', slip.unit)
  field(doc, '放行物品 Goods', slip.items)
  field(doc, '搬运人 Carrier', slip.carrier)
  heading(doc, '业主确认 Owner’s confirmation')
  field(doc, '确认人 Confirmed by', slip.confirmedBy)
  field(doc, '确认方式 How', slip.method)
  field(doc, '备注 Note', slip.note)
  field(doc, '登记人 Recorded by', slip.recordedBy)
  field(
    doc,
    '状态 State',
    slip.released ? '已放行 Released' : '待门岗放行 To be released at the gate',
  )
  formSignatures(doc, 'releaseSlip')
  return toBuffer(doc)
}
