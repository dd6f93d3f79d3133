import type { FormKey } from '@/domain/forms'
import type { ReleaseSlip } from '@/domain/registers/releaseSlip'
import type { CellValue, TableReport } from '@/domain/tableReport'

import type { Pdf } from './pdfKit'
import { MARGIN, createForm, field, heading, signatures, table, toBuffer } from './pdfKit'

export type RegisterLayout = 'portrait' | 'landscape'

/**
 * The form a register prints on. The registers are wide and their paper forms are A4 landscape;
 * `createForm` draws A4 portrait only today, so the layout is carried to here and ignored until it
 * can take it (one line: pass `layout` on). The columns below are sized from the page as created,
 * so they widen by themselves on a landscape page.
 */
export const openRegisterForm = (
  form: FormKey,
  companyName: string,
  subtitle: string | undefined,
  _layout: RegisterLayout,
): Pdf => createForm(form, companyName, subtitle)

const cellText = (value: CellValue): string => {
  if (value === null || value === undefined || value === '') return '—'
  if (value instanceof Date) return value.toISOString().slice(0, 16).replace('T', ' ')
  return String(value)
}

/**
 * A register as a PDF: the report's columns across the page in their shares (`width`), one line a
 * row — a cell too long for its column is cut with an ellipsis by `table`, never runs on — the
 * totals, "no entries" for an empty period, and the register's signature lines.
 */
export const renderRegister = async (
  report: TableReport,
  form: { form: FormKey; layout: RegisterLayout; signatures: readonly string[] },
  companyName: string,
) => {
  const doc = openRegisterForm(form.form, companyName, report.subtitle, form.layout)
  const usable = doc.page.width - 2 * MARGIN
  const shares = report.columns.map((c) => c.width ?? 3)
  const total = shares.reduce((a, b) => a + b, 0)
  const columns: Array<[string, number]> = report.columns.map((c, i) => [
    c.header,
    Math.floor((usable * shares[i]) / total),
  ])
  const rows = report.rows.map((row) => report.columns.map((c) => cellText(row[c.key])))
  if (report.totals) rows.push(report.columns.map((c) => cellText(report.totals?.[c.key])))
  table(doc, columns, rows)
  if (report.rows.length === 0) {
    doc.font('cjk').fontSize(10).text('本期无记录 / No entries in this period', MARGIN)
  }
  signatures(doc, [...form.signatures])
  return toBuffer(doc)
}

/** 物品放行条: one release, the owner's confirmation, and the lines the desk, owner and gate sign. */
export const renderReleaseSlip = async (slip: ReleaseSlip, companyName: string) => {
  const doc = createForm('releaseSlip', companyName, `编号 No. ${slip.number}`)
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
  signatures(doc, ['业主（或授权人）', '前台经办人', '门岗放行人'])
  return toBuffer(doc)
}
