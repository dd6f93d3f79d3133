import { createForm, field, formSignatures, heading, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'
import type { PrintableLine } from './workOrderForm'
import { priceTable } from './workOrderForm'

export type PrintableQuote = {
  number: string
  unitCode: string
  residentName?: string | null
  fault: string
  location?: string | null
  lines: PrintableLine[]
  total: number
  /** Who accepted it and when, as printed; null while it waits for the resident. */
  accepted?: string | null
  /** Whether the office passes a paid order to engineering only on the finance receipt. */
  paymentBeforeDispatch: boolean
}

/**
 * 有偿服务报价单: the paid service's priced lines and total, which the resident accepts before the
 * work starts (001), with the lines the office and the resident sign.
 */
export const renderRepairQuote = async (q: PrintableQuote, head: Letterhead) => {
  const doc = createForm('repairQuote', head, `工单编号 No. ${q.number}`)
  heading(doc, '报修 Request')
  field(doc, '房号 / 住户', `${q.unitCode} ${q.residentName ?? ''}`)
  field(doc, '报修内容', `${q.fault}${q.location ? `（${q.location}）` : ''}`)
  heading(doc, '报价 Quote')
  priceTable(doc, q.lines)
  field(doc, '合计', `${q.total.toFixed(2)} 元`)
  field(
    doc,
    '付款',
    q.paymentBeforeDispatch
      ? '住户确认报价后到财务缴费，凭收据派工 / Pay at finance after accepting; dispatched on the receipt'
      : '按约定付款 / Paid as agreed',
  )
  field(doc, '住户确认', q.accepted ?? '待住户确认 / Awaiting the resident’s acceptance')
  formSignatures(doc, 'repairQuote')
  return toBuffer(doc)
}
