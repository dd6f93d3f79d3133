import { formatLocal } from '@/domain/time'

import type { Letterhead } from './pdfKit'
import { MARGIN, createForm, field, heading, rule, table, toBuffer } from './pdfKit'

export type ThanksContent = {
  id: number | string
  unitCode: string
  residentName: string | null
  subject: string
  text: string
  recordedAt: string | null
  decidedAt: string | null
  decidedByName: string | null
  measures: Array<{ text: string; deadline: string | null }>
  issuedAt: Date
  timezone: string
}

const dateOnly = (iso: string | null, timeZone: string) => formatLocal(iso, timeZone).slice(0, 10)

/**
 * 合理化建议感谢函 (000 §1.4: publish the measures and commend the household): addressed to the
 * household, it quotes their suggestion, announces its adoption and the measures with their dates
 * (the owners are internal and not printed), and closes with the company's name and seal.
 */
export const renderSuggestionThanks = (t: ThanksContent, head: Letterhead): Promise<Buffer> => {
  const when = (iso: string | null) => dateOnly(iso, t.timezone)
  const doc = createForm('suggestionThanks', head, `建议编号 No. JY-${t.id}`)
  const width = doc.page.width - 2 * MARGIN
  const to = `${t.unitCode} ${t.residentName ?? '业主 / 住户'}`.trim()
  doc.font('cjk-bold').fontSize(12).text(`尊敬的 ${to}：`, MARGIN, doc.y, { width })
  doc.moveDown(0.4)
  doc
    .font('cjk')
    .fontSize(11.5)
    .text(
      `    感谢您于 ${when(t.recordedAt)} 向物业服务中心提出「${t.subject}」的合理化建议。经物业总监研究，您的建议已于 ${when(t.decidedAt)} 被采纳，我们将按以下整改方案逐项落实，并跟踪至完成。衷心感谢您对物业管理工作的关心与支持，欢迎您继续提出宝贵意见。`,
      { width, lineGap: 4 },
    )
  doc.moveDown(0.3)
  doc
    .fontSize(9.5)
    .fillColor('#555')
    .text(
      'Thank you for your suggestion. It has been adopted by the director, and the measures below will be carried out and followed until done.',
      { width },
    )
  doc.fillColor('black')
  heading(doc, '您的建议 Your suggestion')
  doc.font('cjk').fontSize(10.5).text(t.text, { width, lineGap: 2 })
  heading(doc, '整改方案 Measures')
  table(
    doc,
    [
      ['序号 No.', 50],
      ['整改措施 Measure', 335],
      ['完成期限 Due', 110],
    ],
    t.measures.map((m, i) => [String(i + 1), m.text, when(m.deadline) || '—']),
  )
  doc.moveDown(0.6)
  rule(doc)
  field(doc, '批准 Adopted by', t.decidedByName ? `物业总监 ${t.decidedByName}` : null)
  field(doc, '发出日期 Issued', when(t.issuedAt.toISOString()))

  // The company's seal closes the letter (盖章处).
  doc.moveDown(1)
  const y = Math.min(doc.y, doc.page.height - MARGIN - 130)
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
