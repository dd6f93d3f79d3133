import PDFDocument from 'pdfkit'
import QRCode from 'qrcode'

import { FONT, toBuffer } from './pdfKit'

export type SurveySlipContent = {
  companyName: string
  estate: string
  matter: string
  url: string
  expiresOn: string
}

/** The QR code's side on the slip, in points (about 4 cm), quiet zone included. */
const QR_SIZE = 112

/**
 * A QR code of `text` (error correction M) drawn as filled squares, with the four-module quiet
 * zone scanners need, `size` points square at (x, y).
 */
const drawQrCode = (doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number) => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const quiet = 4
  const cell = size / (modules.size + 2 * quiet)
  doc.save()
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) {
        doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell, cell)
      }
    }
  }
  doc.fill('black')
  doc.restore()
}

/** A URL cut into lines that fit the slip: it has no spaces for pdfkit to wrap at. */
export const urlLines = (url: string, perLine: number): string[] => {
  const lines: string[] = []
  for (let i = 0; i < url.length; i += perLine) lines.push(url.slice(i, i + perLine))
  return lines
}

/**
 * 回访问卷通知条: an A5 slip for the resident's door or the notice board, with the survey's link
 * printed large to type into a phone. Not a controlled form (no entry is kept on it: it is a
 * notice handed out); a QR code of the link to scan, and the link itself to type.
 */
export const renderSurveySlip = (slip: SurveySlipContent): Promise<Buffer> => {
  const margin = 40
  const doc = new PDFDocument({
    size: 'A5',
    margin,
    info: {
      Title: '住户服务回访问卷 Resident survey',
      Author: slip.companyName,
      Creator: '物业客服',
    },
  })
  doc.registerFont('cjk', FONT.regular())
  doc.registerFont('cjk-bold', FONT.bold())
  const width = doc.page.width - 2 * margin
  doc.font('cjk').fontSize(10).fillColor('#555').text(slip.companyName, { width, align: 'center' })
  doc.moveDown(0.6)
  doc
    .fillColor('black')
    .font('cjk-bold')
    .fontSize(20)
    .text(`${slip.estate}`, { width, align: 'center' })
  doc.fontSize(18).text('住户服务回访问卷', { width, align: 'center' })
  doc.font('cjk').fontSize(10).fillColor('#555').text('Resident survey', { width, align: 'center' })
  doc.fillColor('black').moveDown(0.6)
  doc.fontSize(12).text('尊敬的住户：', { width })
  doc.moveDown(0.3)
  doc.text(
    `    关于${slip.matter}，诚邀您用手机打开下面的网址，为我们的服务评分（约 1 分钟，无需登录）。`,
    { width, lineGap: 3 },
  )
  doc.moveDown(0.6)
  drawQrCode(doc, slip.url, (doc.page.width - QR_SIZE) / 2, doc.y, QR_SIZE)
  doc.y += QR_SIZE + 8
  doc.font('cjk').fontSize(10).fillColor('#555').text('扫码或输入网址 Scan or type the address', {
    width,
    align: 'center',
  })
  doc.fillColor('black').moveDown(0.6)
  // Large: 26 characters a line at 17 pt fit an A5 page.
  doc.font('cjk-bold').fontSize(17)
  doc.rect(margin, doc.y - 6, width, 0).stroke('#999')
  doc.moveDown(0.2)
  for (const line of urlLines(slip.url, 26)) doc.text(line, { width, align: 'center' })
  doc.moveDown(0.2)
  doc.rect(margin, doc.y, width, 0).stroke('#999')
  doc.moveDown(0.8)
  doc
    .font('cjk')
    .fontSize(11)
    .text(`本链接 ${slip.expiresOn} 前有效，只能提交一次。`, { width, align: 'center' })
  doc
    .fontSize(9.5)
    .fillColor('#555')
    .text('Open the address on your phone to rate our service; valid once, until the date above.', {
      width,
      align: 'center',
    })
  doc.fillColor('black').moveDown(0.6)
  doc.fontSize(11).text(`${slip.companyName}  物业服务中心`, { width, align: 'right' })
  return toBuffer(doc)
}
