import PDFDocument from 'pdfkit'

import { FONT, toBuffer } from './pdfKit'

export type SurveySlipContent = {
  companyName: string
  estate: string
  matter: string
  url: string
  expiresOn: string
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
 * notice handed out); no QR code — the project has no QR library yet (see README).
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
  doc.fillColor('black').moveDown(1)
  doc.fontSize(12).text('尊敬的住户：', { width })
  doc.moveDown(0.3)
  doc.text(
    `    关于${slip.matter}，诚邀您用手机打开下面的网址，为我们的服务评分（约 1 分钟，无需登录）。`,
    { width, lineGap: 3 },
  )
  doc.moveDown(0.8)
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
  doc.fillColor('black').moveDown(1.2)
  doc.fontSize(11).text(`${slip.companyName}  物业服务中心`, { width, align: 'right' })
  return toBuffer(doc)
}
