import { createForm, field, formSignatures, heading, table, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'

export type PrintableRenovation = {
  number: string
  status: string
  unitCode: string
  residentName?: string | null
  contractorName: string
  contractorLicence?: string | null
  contractorContact?: string | null
  scope: string
  startDate: string
  endDate: string
  /** The hours asked for, as printed (`08:00–12:00`, noisy work marked). */
  hours: string
  /** The office's permitted hours and noisy-work hours, as printed. */
  rules: string
  /** ID numbers and phones only when the reader may see them (blank otherwise). */
  workers: ReadonlyArray<{ name: string; idNumber?: string | null; phone?: string | null }>
  agreement: string
  deposit: string
  decision: string
}

/**
 * 装修申请审批表: the application as the household and the contractor sign it — unit, contractor,
 * scope, dates, the hours asked for against the office's rules, the workers, the agreement and
 * the deposit — and the site manager's decision, with the form's signature lines.
 */
export const renderRenovationApproval = async (r: PrintableRenovation, head: Letterhead) => {
  const doc = createForm('renovationApproval', head, `编号 No. ${r.number}    状态 ${r.status}`)
  heading(doc, '申请 Application')
  field(doc, '房号 / 业主', `${r.unitCode} ${r.residentName ?? ''}`)
  field(doc, '施工单位', r.contractorName)
  field(doc, '资质证号', r.contractorLicence)
  field(doc, '施工负责人', r.contractorContact)
  field(doc, '装修项目及范围', r.scope)
  field(doc, '装修期限', `${r.startDate} 至 ${r.endDate}`)
  field(doc, '申请施工时段', r.hours)
  field(doc, '规定时段', r.rules)
  heading(doc, '施工人员 Workers')
  table(
    doc,
    [
      ['序号', 40],
      ['姓名', 110],
      ['身份证号', 200],
      ['电话', 145],
    ],
    r.workers.map((w, i) => [i + 1, w.name, w.idNumber ?? '', w.phone ?? '']),
  )
  heading(doc, '协议与押金 Agreement and deposit')
  field(doc, '装修管理服务协议', r.agreement)
  field(doc, '装修押金', r.deposit)
  heading(doc, '审批 Decision')
  field(doc, '审批意见', r.decision)
  formSignatures(doc, 'renovationApproval')
  return toBuffer(doc)
}
