import { MARGIN, createForm, toBuffer } from './pdfKit'
import type { Letterhead, Pdf } from './pdfKit'

export type WorkerPassPrint = {
  number: string
  workerName: string
  company: string
  unit: string
  validFrom: string
  validUntil: string
  issuedAt: string
  issuedBy: string
  /** A JPEG or PNG to print in the photo box; null prints an empty box to paste one in. */
  photo: Buffer | null
  returned: boolean
}

const MM = 72 / 25.4
/** The card: A6 landscape (148 × 105 mm), cut from the A4 along its border. */
const CARD = { width: 148 * MM, height: 105 * MM }
const PHOTO = { width: 30 * MM, height: 40 * MM }

/** One line of text inside a box: cut with an ellipsis, never wrapped out of the card. */
const line = (doc: Pdf, text: string, x: number, y: number, width: number, size: number) =>
  doc
    .fontSize(size)
    .text(text, x, y, { width, height: size * 1.4, lineBreak: false, ellipsis: true })

/**
 * 装修工人临时出入证: the A4 form's header, then the card to cut out — photo (or a box for one),
 * name, company, unit, validity, number, the issuing desk's stamp — and what the worker must know.
 */
export const renderWorkerPass = async (pass: WorkerPassPrint, head: Letterhead) => {
  const doc = createForm('workerPass', head, `证号 No. ${pass.number}`)
  const x0 = MARGIN + (doc.page.width - 2 * MARGIN - CARD.width) / 2
  const y0 = doc.y + 10
  doc
    .save()
    .lineWidth(0.8)
    .dash(4, { space: 3 })
    .rect(x0, y0, CARD.width, CARD.height)
    .stroke('#444')
    .undash()
    .restore()

  const pad = 10
  doc.fillColor('black').font('cjk-bold')
  line(doc, head.companyName, x0 + pad, y0 + pad, CARD.width - 2 * pad, 10)
  line(doc, '装修工人临时出入证', x0 + pad, y0 + pad + 16, CARD.width - 2 * pad, 15)
  doc.font('cjk')
  line(doc, `No. ${pass.number}`, x0 + pad, y0 + pad + 38, CARD.width - 2 * pad, 9)

  const photoX = x0 + pad
  const photoY = y0 + pad + 56
  doc.rect(photoX, photoY, PHOTO.width, PHOTO.height).lineWidth(0.5).stroke('#888')
  // A photo pdfkit cannot read (damaged, or not the type it claims) leaves the box to paste one in.
  let printed = false
  if (pass.photo) {
    try {
      doc.image(pass.photo, photoX + 1, photoY + 1, {
        fit: [PHOTO.width - 2, PHOTO.height - 2],
        align: 'center',
        valign: 'center',
      })
      printed = true
    } catch {
      printed = false
    }
  }
  if (!printed) {
    doc.fontSize(9).fillColor('#888')
    doc.text('照片', photoX, photoY + PHOTO.height / 2 - 6, { width: PHOTO.width, align: 'center' })
    doc.fillColor('black')
  }

  const textX = photoX + PHOTO.width + 12
  const textWidth = x0 + CARD.width - pad - textX
  const rows: Array<[string, string]> = [
    ['姓名', pass.workerName],
    ['施工单位', pass.company],
    ['施工房号', pass.unit],
    ['有效期', `${pass.validFrom} 至 ${pass.validUntil}`],
    ['发证', `${pass.issuedAt} ${pass.issuedBy}`.trim()],
  ]
  rows.forEach(([label, value], i) => {
    const y = photoY + i * 21
    doc.font('cjk-bold')
    line(doc, label, textX, y, 52, 10)
    doc.font('cjk')
    line(doc, value || '—', textX + 54, y, textWidth - 54, 10)
  })
  doc.fontSize(8).fillColor('#444')
  line(doc, '发证单位（盖章）', x0 + CARD.width - pad - 90, y0 + CARD.height - pad - 12, 90, 8)
  line(
    doc,
    '进出请出示本证；仅限施工时间及施工房号；完工或离场时交回前台。',
    x0 + pad,
    y0 + CARD.height - pad - 12,
    CARD.width - 2 * pad - 96,
    8,
  )
  doc.fillColor('black')
  if (pass.returned) {
    doc.save().rotate(-20, { origin: [x0 + CARD.width / 2, y0 + CARD.height / 2] })
    doc.font('cjk-bold').fontSize(28).fillColor('#c00').opacity(0.6)
    doc.text('已收回 RETURNED', x0, y0 + CARD.height / 2 - 16, {
      width: CARD.width,
      align: 'center',
    })
    doc.restore()
  }

  doc.x = MARGIN
  doc.y = y0 + CARD.height + 18
  doc.font('cjk').fontSize(9.5).fillColor('black')
  doc.text(
    '须知：本证限本人使用，不得转借；施工须遵守装修管理规定（允许施工时间内、不得改动结构）；证件遗失请即告前台。',
    MARGIN,
    doc.y,
    { width: doc.page.width - 2 * MARGIN },
  )
  return toBuffer(doc)
}
