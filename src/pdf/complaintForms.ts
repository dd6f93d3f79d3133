import {
  CATEGORY_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
  DEPARTMENTS,
} from '@/domain/complaints/categories'
import type { ComplaintCategory } from '@/domain/complaints/categories'
import { CONFIRMATION_METHODS, REPLY_METHODS } from '@/domain/complaints/loop'
import { STATUS_LABELS } from '@/domain/complaints/statusMachine'
import type { ComplaintStatus } from '@/domain/complaints/statusMachine'
import { formatLocal } from '@/domain/time'

import { createForm, field, formSignatures, heading, rule, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'

/** The category's name: the office's own, else the built-in one, else the code. */
const categoryOf = (c: PrintableComplaint) =>
  c.categoryName || (CATEGORY_LABELS[c.category as ComplaintCategory]?.zh ?? c.category)

/** The complaint as the printed forms need it: relationships already populated. */
export type PrintableComplaint = {
  number: string
  kind: string
  channel: string
  category: string
  /** The category's name as the office keeps it, when known. */
  categoryName?: string | null
  severity: string
  status: string
  registeredAt: string
  registeredByName?: string
  unitCode: string
  residentName?: string | null
  contactPhone?: string | null
  descriptionText: string
  department?: string | null
  handlerName?: string | null
  handlingDeadline?: string | null
  replyPromisedAt?: string | null
  verifyDueAt?: string | null
  resolveDueAt?: string | null
  verifiedAt?: string | null
  result?: string | null
  writtenReply?: string | null
  resolvedAt?: string | null
  resolvedByName?: string | null
  /** 五清楚 and the office head's decision. */
  repliedAt?: string | null
  repliedByName?: string | null
  replyMethod?: string | null
  replySummary?: string | null
  nextReplyAt?: string | null
  confirmedAt?: string | null
  confirmationMethod?: string | null
  confirmationNote?: string | null
  referredAt?: string | null
  referralReason?: string | null
  officeHeadDecision?: string | null
  decidedAt?: string | null
  decidedByName?: string | null
}

const label = <T extends Record<string, { zh: string }>>(map: T, key: string | null | undefined) =>
  key ? (map[key as keyof T]?.zh ?? key) : ''

/** 客户投诉处理单: what the handler receives and the department head signs. */
export const renderComplaintSlip = async (
  c: PrintableComplaint,
  head: Letterhead,
  timeZone: string,
): Promise<Buffer> => {
  const doc = createForm('complaintSlip', head, `编号 No. ${c.number}`)
  heading(doc, '一、登记 Registration')
  field(doc, '投诉编号', c.number)
  field(
    doc,
    '类型 / 渠道',
    `${label(COMPLAINT_KINDS, c.kind)} / ${label(COMPLAINT_CHANNELS, c.channel)}`,
  )
  field(doc, '类别', `${categoryOf(c)}（${c.severity === 'major' ? '重大投诉' : '一般投诉'}）`)
  field(
    doc,
    '登记时间',
    `${formatLocal(c.registeredAt, timeZone)}    登记人：${c.registeredByName ?? ''}`,
  )
  field(doc, '房号', c.unitCode)
  field(doc, '投诉人', c.residentName)
  if (c.contactPhone) field(doc, '联系电话', c.contactPhone)
  field(doc, '投诉内容', c.descriptionText)
  heading(doc, '二、派单 Dispatch')
  field(doc, '责任部门', label(DEPARTMENTS, c.department))
  field(doc, '处理人', c.handlerName)
  field(doc, '处理期限', formatLocal(c.handlingDeadline, timeZone))
  field(doc, '核实期限（当天）', formatLocal(c.verifyDueAt, timeZone))
  field(doc, '处理时限', formatLocal(c.resolveDueAt, timeZone))
  if (c.replyPromisedAt) field(doc, '承诺答复时间', formatLocal(c.replyPromisedAt, timeZone))
  heading(doc, '三、处理结果 Result')
  field(doc, '当前状态', STATUS_LABELS[c.status as ComplaintStatus]?.zh ?? c.status)
  field(doc, '处理结果', c.result)
  field(doc, '完成时间', formatLocal(c.resolvedAt, timeZone))
  field(doc, '部门负责人签认', c.resolvedByName)
  // 复清楚 / 跟清楚 / 记清楚 belong to the result: two lines, so the slip stays on one page.
  field(
    doc,
    '答复客户（复清楚）',
    c.repliedAt
      ? `${label(REPLY_METHODS, c.replyMethod)}  ${formatLocal(c.repliedAt, timeZone)}  答复人：${c.repliedByName ?? ''}  ${c.replySummary ?? ''}${c.nextReplyAt ? `  下次答复（跟清楚）：${formatLocal(c.nextReplyAt, timeZone)}` : ''}`
      : '',
  )
  field(
    doc,
    '客户确认（记清楚）',
    c.confirmedAt
      ? `${label(CONFIRMATION_METHODS, c.confirmationMethod)}  ${formatLocal(c.confirmedAt, timeZone)}${c.confirmationNote ? `  ${c.confirmationNote}` : ''}`
      : '',
  )
  if (c.referredAt) {
    heading(doc, '四、主任决定 Office head')
    field(doc, '提交主任', `${formatLocal(c.referredAt, timeZone)}  ${c.referralReason ?? ''}`)
    field(
      doc,
      '主任决定（处理指示）',
      c.decidedAt
        ? `${c.officeHeadDecision ?? ''}  （${c.decidedByName ?? ''} ${formatLocal(c.decidedAt, timeZone)}）`
        : '（待决定）',
    )
  }
  rule(doc)
  formSignatures(doc, 'complaintSlip')
  return toBuffer(doc)
}

/** How the written reply names the way the complaint came (来函, 电子邮件, 网上). */
const WROTE_BY: Record<string, string> = { letter: '来函', email: '通过电子邮件', online: '在网上' }

/** 书面回复函: the written reply a written complaint (letter, email, online) receives. */
export const renderWrittenReply = async (
  c: PrintableComplaint,
  head: Letterhead,
  timeZone: string,
): Promise<Buffer> => {
  const doc = createForm('writtenReply', head, `关于投诉 ${c.number}`)
  doc.font('cjk').fontSize(12)
  doc.text(`尊敬的${c.residentName ?? '住户'}（${c.unitCode}）：`)
  doc.moveDown(0.6)
  doc.text(
    `您于${formatLocal(c.registeredAt, timeZone).slice(0, 10)}${WROTE_BY[c.channel] ?? '来函'}反映的“${categoryOf(c)}”问题，我司已调查处理，现答复如下：`,
    { indent: 24 },
  )
  doc.moveDown(0.6)
  for (const paragraph of String(c.writtenReply ?? '').split(/\n+/)) {
    doc.text(paragraph, { indent: 24, align: 'justify' })
    doc.moveDown(0.3)
  }
  doc.moveDown(0.6)
  doc.text('感谢您对我们工作的监督与支持。如有疑问，请与客服中心联系。', { indent: 24 })
  doc.moveDown(2)
  doc.text(head.companyName, { align: 'right' })
  doc.text(
    `（盖章）    ${formatLocal(c.resolvedAt ?? new Date().toISOString(), timeZone).slice(0, 10)}`,
    { align: 'right' },
  )
  return toBuffer(doc)
}
