import type { FormKey } from '@/domain/forms'
import { formatLocal } from '@/domain/time'
import type { Measure, NoticeType } from '@/domain/violations/ladder'
import { MEASURES } from '@/domain/violations/ladder'

import { MARGIN, createForm, field, rule, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'

const FORM_OF: Record<NoticeType, FormKey> = {
  rectification: 'rectificationNotice',
  'payment-reminder': 'paymentReminder',
  public: 'publicNotice',
}

/** The printed form of each kind of notice. */
export const noticeForm = (type: NoticeType): FormKey => FORM_OF[type]

export type NoticeContent = {
  type: NoticeType
  noticeNumber: string
  violationNumber: string
  unitCode: string
  residentName: string | null
  kindLabel: string
  occurredAt: string
  location: string | null
  description: string
  measure: Measure
  outcome: string | null
  deadline: string | null
  amount: number | null
  approvedByName: string | null
  approvedAt: string | null
  issuedAt: Date
  timezone: string
}

const yuan = (amount: number) => `${amount.toFixed(2)} 元`

const bodyText = (n: NoticeContent, when: (iso: string) => string): string => {
  const to = n.residentName ? `${n.unitCode} ${n.residentName}` : n.unitCode
  const deadline = n.deadline ? when(n.deadline) : null
  switch (n.type) {
    case 'rectification':
      return `${to}：\n    经查，贵户于 ${when(n.occurredAt)} 在 ${n.location || n.unitCode} 存在以下违章行为：${n.description}。根据《业主公约》及物业管理有关规定，请贵户于 ${deadline ?? '—'} 前自行整改完毕，并通知物业服务中心复查。逾期未整改的，本公司将依照规定采取进一步措施。`
    case 'payment-reminder':
      return `${to}：\n    贵户 ${n.description}。请于 ${deadline ?? '—'} 前到物业服务中心缴清所欠费用。逾期仍未缴纳的，本公司将按规定加收滞纳金，并依次采取后续措施。如已缴纳，请忽略本通知。`
    case 'public':
      return `    ${to} 存在以下行为：${n.description}。经劝阻教育仍未改正，根据《业主公约》及物业管理有关规定，经物业总监签署，决定予以${MEASURES[n.measure].zh}。${n.outcome ? `\n    事实与理由：${n.outcome}` : ''}\n    特此公告。`
  }
}

/** 限期整改通知书 / 催缴通知书 / 公告 — numbered, with the approver for a signed decision, and signature and seal areas. */
export const renderViolationNotice = async (n: NoticeContent, head: Letterhead) => {
  const when = (iso: string) => formatLocal(iso, n.timezone)
  const doc = createForm(FORM_OF[n.type], head, `通知编号 No. ${n.noticeNumber}`)
  doc.font('cjk').fontSize(11.5).text(bodyText(n, when), { lineGap: 4 })
  doc.moveDown(0.8)
  rule(doc)
  field(doc, '违章编号 Case', n.violationNumber)
  field(doc, '房号 Unit', n.unitCode)
  field(doc, '业主 / 租户 Resident', n.residentName)
  field(doc, '违章类型 Kind', n.kindLabel)
  field(doc, '措施 Measure', `${MEASURES[n.measure].zh} ${MEASURES[n.measure].en}`)
  if (n.deadline) field(doc, '期限 Deadline', when(n.deadline))
  if (n.amount) field(doc, '金额 Amount', yuan(n.amount))
  if (n.approvedByName && n.approvedAt) {
    field(doc, '批准 Approved by', `物业总监 ${n.approvedByName}  ${when(n.approvedAt)}`)
  }
  field(doc, '签发日期 Issued', when(n.issuedAt.toISOString()))

  // Signature line and the seal area (盖章处).
  doc.moveDown(1.2)
  const y = Math.min(doc.y, doc.page.height - MARGIN - 130)
  doc.font('cjk').fontSize(10.5)
  doc.text('经办人（签名）：____________________', MARGIN, y + 10)
  doc.text('收件人（签名）：____________________', MARGIN, y + 40)
  doc.text(`日期：____________`, MARGIN, y + 70)
  const sealX = doc.page.width - MARGIN - 150
  doc
    .circle(sealX + 65, y + 55, 55)
    .lineWidth(0.8)
    .dash(3, { space: 3 })
    .stroke('#b00')
  doc.undash()
  doc
    .fillColor('#b00')
    .fontSize(10)
    .text(head.companyName, sealX, y + 40, { width: 130, align: 'center' })
  doc.text('（盖章处 Seal）', sealX, y + 70, { width: 130, align: 'center' })
  doc.fillColor('black')
  return toBuffer(doc)
}
