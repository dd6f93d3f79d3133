import { formatLocal } from '@/domain/time'

import { createForm, field, formSignatures, heading, rule, table, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'

type Rate = { rate?: number | null } | undefined

/** A complaint report as the printed forms need it: names already resolved. */
export type PrintableComplaintReport = {
  kind: 'monthly-dispatch-summary' | 'quarterly-analysis'
  title: string
  period: string
  status: string
  figures: {
    registered?: number
    complaints?: number
    resolution?: Rate
    returnVisits?: Rate
    satisfaction?: { overall?: Rate }
  } | null
  headComments?: string | null
  headCommentsByName?: string | null
  headCommentsAt?: string | null
  analysis?: string | null
  correctiveActions: Array<{ action: string; ownerName?: string | null; dueDate?: string | null }>
  preventiveActions: Array<{ action: string; ownerName?: string | null; dueDate?: string | null }>
  /** The approval chain's signatures, in order: step, signer, when, comment. */
  signatures: Array<{ step: string; name: string; at: string; comment?: string | null }>
}

const pct = (rate: Rate) =>
  rate?.rate === null || rate?.rate === undefined ? '—' : `${rate.rate}%`

/**
 * 投诉调度记录月总结表 and 用户投诉分析报告: the period's figures, the office head's signed comments,
 * the analysis with its corrective and preventive actions, and the signatures the chain collected.
 */
export const renderComplaintReport = async (
  r: PrintableComplaintReport,
  head: Letterhead,
  timeZone: string,
): Promise<Buffer> => {
  const form = r.kind === 'quarterly-analysis' ? 'complaintAnalysis' : 'dispatchSummary'
  const doc = createForm(
    form,
    head,
    `期间 ${r.period}${r.status === 'approved' ? '（已批准）' : ''}`,
  )
  const f = r.figures ?? {}
  heading(doc, '一、统计 Figures')
  field(doc, '登记总数（含咨询、建议、求助）', String(f.registered ?? 0))
  field(doc, '投诉', String(f.complaints ?? 0))
  field(doc, '24小时内解决率', pct(f.resolution))
  field(doc, '投诉回访率', pct(f.returnVisits))
  field(doc, '投诉处理满意率', pct(f.satisfaction?.overall))
  heading(doc, '二、客服中心主任意见 Office head’s comments')
  field(doc, '意见', r.headComments)
  field(
    doc,
    '签署',
    r.headCommentsAt
      ? `${r.headCommentsByName ?? ''}    ${formatLocal(r.headCommentsAt, timeZone)}`
      : '',
  )
  if (r.kind === 'quarterly-analysis') {
    heading(doc, '三、分析 Analysis')
    doc
      .font('cjk')
      .fontSize(10.5)
      .text(r.analysis?.trim() || '—')
    const actions = (title: string, list: PrintableComplaintReport['correctiveActions']) => {
      heading(doc, title)
      table(
        doc,
        [
          ['措施', 280],
          ['负责人', 110],
          ['完成期限', 105],
        ],
        list.map((a) => [
          a.action,
          a.ownerName ?? '',
          formatLocal(a.dueDate, timeZone).slice(0, 10),
        ]),
      )
    }
    actions('四、纠正措施 Corrective actions', r.correctiveActions)
    actions('五、预防措施 Preventive actions', r.preventiveActions)
    heading(doc, '六、审批 Approval')
    for (const s of r.signatures) {
      field(
        doc,
        s.step,
        `${s.name}    ${formatLocal(s.at, timeZone)}${s.comment ? `    ${s.comment}` : ''}`,
      )
    }
    if (r.signatures.length === 0) field(doc, '审批', '尚未提交 / Not submitted')
  }
  rule(doc)
  formSignatures(doc, form)
  return toBuffer(doc)
}
