import { REPAIR_CATEGORIES, WORK_ORDER_SOURCES } from '@/domain/workOrders/rules'
import { formatLocal } from '@/domain/time'

import { createForm, field, formHeader, formSignatures, heading, table, toBuffer } from './pdfKit'
import type { Letterhead, Pdf } from './pdfKit'

export type PrintableLine = {
  description: string
  quantity: number
  unitPrice: number
  amount: number
  onSitePrice?: boolean
  agreedBy?: string | null
}

/** The priced lines of a paid service, as the work order and the quote print them. */
export const priceTable = (doc: Pdf, lines: readonly PrintableLine[]) =>
  table(
    doc,
    [
      ['项目', 235],
      ['数量', 60],
      ['单价(元)', 70],
      ['金额(元)', 70],
      ['定价', 60],
    ],
    lines.map((l) => [
      l.description,
      l.quantity,
      l.unitPrice.toFixed(2),
      l.amount.toFixed(2),
      l.onSitePrice ? `现场${l.agreedBy ? `（${l.agreedBy}同意）` : ''}` : '价目表',
    ]),
  )

export type PrintableWorkOrder = {
  number: string
  registeredAt: string
  source: string
  category: string
  unitCode: string
  residentName?: string | null
  contactPhone?: string | null
  fault: string
  location?: string | null
  atHome?: string | null
  /** The agreed appointment, printed `YYYY-MM-DD HH:MM–HH:MM`. */
  appointment?: string | null
  details?: string | null
  engineerName?: string | null
  dispatchedAt?: string | null
  arrivedAt?: string | null
  finishedAt?: string | null
  paid: boolean
  lines: PrintableLine[]
  total?: number | null
  receiptNo?: string | null
  /** Who accepted the quote and when, as printed; null while it is not accepted. */
  quoteAccepted?: string | null
  /** 工程部签收: who signed for the order and when, as printed. */
  received?: string | null
  materials: Array<{
    source: string
    name: string
    quantity: number
    cost?: number | null
    check?: string | null
  }>
  result?: string | null
  residentSignoffName?: string | null
  noSignoffReason?: string | null
  unfinishedReason?: string | null
  nextAppointment?: string | null
  /** Unfinished: the resident's signature on the reason and next visit, and the return to customer service. */
  unfinished?: string | null
}

const PARTS = [
  '第一联 客户联 Customer copy',
  '第二联 工程联 Engineering copy',
  '第三联 存根 Counterfoil',
]

/** 维修工作单: the three-part form, one A4 copy per part, each headed with its part. */
export const renderWorkOrderForm = async (
  o: PrintableWorkOrder,
  head: Letterhead,
  timeZone: string,
) => {
  const doc = createForm('workOrder', head, `编号 No. ${o.number}    ${PARTS[0]}`)
  PARTS.forEach((part, index) => {
    if (index > 0) {
      doc.addPage()
      formHeader(doc, 'workOrder', head, `编号 No. ${o.number}    ${part}`)
    }
    heading(doc, '报修 Request')
    field(doc, '报修时间', formatLocal(o.registeredAt, timeZone))
    field(
      doc,
      '来源 / 类别',
      `${WORK_ORDER_SOURCES[o.source as keyof typeof WORK_ORDER_SOURCES]?.zh ?? o.source} / ${REPAIR_CATEGORIES[o.category as keyof typeof REPAIR_CATEGORIES]?.zh ?? o.category}`,
    )
    field(doc, '房号 / 住户', `${o.unitCode} ${o.residentName ?? ''}`)
    if (o.contactPhone) field(doc, '联系电话', o.contactPhone)
    field(doc, '报修内容', `${o.fault}${o.location ? `（${o.location}）` : ''}`)
    if (o.details) field(doc, '故障情况', o.details)
    if (o.appointment) field(doc, '预约上门', o.appointment)
    else field(doc, '住户在家时间', o.atHome)
    heading(doc, '派工 Dispatch')
    field(doc, '维修员', o.engineerName)
    field(doc, '工程部签收', o.received ?? '—')
    field(
      doc,
      '派工 / 到场 / 完工',
      `${formatLocal(o.dispatchedAt, timeZone) || '—'} / ${formatLocal(o.arrivedAt, timeZone) || '—'} / ${formatLocal(o.finishedAt, timeZone) || '—'}`,
    )
    if (o.paid) {
      heading(doc, '有偿服务 Paid service')
      priceTable(doc, o.lines)
      field(doc, '合计', `${(o.total ?? 0).toFixed(2)} 元    收据号：${o.receiptNo ?? '—'}`)
      field(doc, '报价确认', o.quoteAccepted ?? '未确认')
    }
    if (o.materials.length > 0) {
      heading(doc, '材料 Materials')
      table(
        doc,
        [
          ['材料', 215],
          ['来源', 90],
          ['数量', 60],
          ['成本(元)', 70],
          ['检验', 60],
        ],
        o.materials.map((m) => [
          m.name,
          m.source === 'resident' ? '住户自备' : '公司库存',
          m.quantity,
          m.cost?.toFixed(2) ?? '—',
          m.check === 'pass' ? '合格' : m.check === 'fail' ? '不合格' : '—',
        ]),
      )
    }
    heading(doc, '结果 Result')
    field(
      doc,
      '维修结果',
      o.result ?? (o.unfinishedReason ? `未完成：${o.unfinishedReason}` : null),
    )
    if (o.nextAppointment) field(doc, '下次上门', formatLocal(o.nextAppointment, timeZone))
    if (o.unfinished) field(doc, '未完成确认', o.unfinished)
    field(doc, '住户确认', o.residentSignoffName ?? o.noSignoffReason)
    formSignatures(doc, 'workOrder')
  })
  return toBuffer(doc)
}
