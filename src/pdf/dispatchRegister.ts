import { WORK_ORDER_STATUSES } from '@/domain/workOrders/rules'
import { formatLocal } from '@/domain/time'
import type { DispatchRow } from '@/lib/reports/workOrderReports'

import { createForm, formSignatures, heading, table, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'

const time = (iso: string | null, tz: string) => (iso ? formatLocal(iso, tz).slice(11) : '—')
const ok = (met: boolean | null) => (met === null ? '—' : met ? '✓' : '✗')

/** 派工单统计表: the day's orders, as the dispatcher reconciles them. */
export const renderDispatchRegister = async (
  report: {
    date: string
    opened: DispatchRow[]
    returned: DispatchRow[]
    unfinished: DispatchRow[]
  },
  head: Letterhead,
  timeZone: string,
) => {
  const doc = createForm('dispatchRegister', head, `日期 ${report.date}`)
  const columns: Array<[string, number]> = [
    ['工单编号', 92],
    ['房号', 62],
    ['报修内容', 105],
    ['维修员', 56],
    ['派工', 38],
    ['到场', 38],
    ['完工', 38],
    ['及时', 34],
    ['状态', 32],
  ]
  const rows = (list: DispatchRow[]) =>
    list.map((o) => [
      o.number,
      o.unit,
      o.fault,
      o.engineer,
      time(o.dispatchedAt, timeZone),
      time(o.arrivedAt, timeZone),
      time(o.finishedAt, timeZone),
      `${ok(o.dispatchMet)}${ok(o.arrivalMet)}`,
      WORK_ORDER_STATUSES[o.status as keyof typeof WORK_ORDER_STATUSES]?.zh.slice(0, 3) ?? o.status,
    ])
  heading(doc, `一、当日开单 Opened (${report.opened.length})`)
  table(doc, columns, rows(report.opened))
  heading(doc, `二、当日回单 Returned (${report.returned.length})`)
  table(doc, columns, rows(report.returned))
  heading(doc, `三、未完成工单 Unfinished (${report.unfinished.length})`)
  table(
    doc,
    [
      ['工单编号', 92],
      ['房号', 48],
      ['报修内容', 88],
      ['维修员', 48],
      ['原因', 85],
      ['预计日期', 62],
      ['退回客服', 72],
    ],
    report.unfinished.map((o) => [
      o.number,
      o.unit,
      o.fault,
      o.engineer,
      o.reason ?? '—',
      o.expected ? formatLocal(o.expected, timeZone).slice(0, 10) : '—',
      o.returnedToServiceAt
        ? `${formatLocal(o.returnedToServiceAt, timeZone).slice(5)}${o.returnedSameDay ? '' : ' 逾期'}`
        : '—',
    ]),
  )
  formSignatures(doc, 'dispatchRegister')
  return toBuffer(doc)
}
