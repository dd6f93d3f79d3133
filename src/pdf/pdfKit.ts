import fs from 'fs'
import path from 'path'

import PDFDocument from 'pdfkit'

import type { FormKey } from '@/domain/forms'
import { FORMS } from '@/domain/forms'

/**
 * CJK glyphs come from Noto Sans SC (OFL), installed by npm with the project. pdfkit embeds only
 * the glyphs a document uses. PDF_FONT_DIR points elsewhere if needed.
 */
const fontDir = () =>
  process.env.PDF_FONT_DIR ||
  path.join(process.cwd(), 'node_modules/@expo-google-fonts/noto-sans-sc')

export const FONT = {
  regular: () => path.join(fontDir(), '400Regular/NotoSansSC_400Regular.ttf'),
  bold: () => path.join(fontDir(), '700Bold/NotoSansSC_700Bold.ttf'),
}

// Reading 10 MB per weight once per process, not once per PDF.
const fontCache = new Map<string, Buffer>()
const fontBytes = (file: string) => {
  let bytes = fontCache.get(file)
  if (!bytes) {
    bytes = fs.readFileSync(file)
    fontCache.set(file, bytes)
  }
  return bytes
}

export type Pdf = PDFKit.PDFDocument

export const MARGIN = 50

/** An A4 document with the company header, the form's title and its number and version. */
export const createForm = (form: FormKey, companyName: string, subtitle?: string): Pdf => {
  const meta = FORMS[form]
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: `${meta.title} ${meta.titleEn}`, Author: companyName, Creator: '物业客服' },
  })
  doc.registerFont('cjk', fontBytes(FONT.regular()))
  doc.registerFont('cjk-bold', fontBytes(FONT.bold()))
  formHeader(doc, form, companyName, subtitle)
  return doc
}

/** The header every page of a form carries (a new copy of a multi-part form starts with it). */
export const formHeader = (doc: Pdf, form: FormKey, companyName: string, subtitle?: string) => {
  const meta = FORMS[form]
  doc.font('cjk-bold').fontSize(15).text(companyName, { align: 'center' })
  doc.moveDown(0.2)
  doc.fontSize(18).text(meta.title, { align: 'center' })
  doc.font('cjk').fontSize(9).fillColor('#555')
  doc.text(`${meta.titleEn}    表格编号 Form No. ${meta.no}    版本 Version ${meta.version}`, {
    align: 'center',
  })
  if (subtitle) doc.text(subtitle, { align: 'center' })
  doc.fillColor('black').moveDown(0.8)
  rule(doc)
}

export const rule = (doc: Pdf) => {
  const y = doc.y
  doc
    .moveTo(MARGIN, y)
    .lineTo(doc.page.width - MARGIN, y)
    .lineWidth(0.5)
    .stroke('#888')
  doc.moveDown(0.5)
}

/** A labelled block of text: `label：value`, wrapping within the page. */
export const field = (doc: Pdf, label: string, value: string | null | undefined) => {
  doc.font('cjk-bold').fontSize(10.5).text(`${label}：`, { continued: true })
  doc.font('cjk').text(value && value.trim() ? value : '—')
  doc.moveDown(0.3)
}

/** A section heading. */
export const heading = (doc: Pdf, text: string) => {
  doc.moveDown(0.4)
  doc.font('cjk-bold').fontSize(12).text(text)
  doc.moveDown(0.3)
}

/** A simple table with a header row; columns are [title, width] pairs. */
export const table = (
  doc: Pdf,
  columns: Array<[string, number]>,
  rows: Array<Array<string | number>>,
) => {
  const rowHeight = 18
  const drawRow = (cells: Array<string | number>, bold: boolean) => {
    if (doc.y + rowHeight > doc.page.height - MARGIN) doc.addPage()
    const y = doc.y
    let x = MARGIN
    doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(9.5)
    cells.forEach((cell, i) => {
      const width = columns[i][1]
      doc.rect(x, y, width, rowHeight).lineWidth(0.5).stroke('#999')
      doc.fillColor('black').text(String(cell), x + 4, y + 4, {
        width: width - 8,
        height: rowHeight - 4,
        lineBreak: false,
        ellipsis: true,
      })
      x += width
    })
    doc.x = MARGIN
    doc.y = y + rowHeight
  }
  drawRow(
    columns.map(([title]) => title),
    true,
  )
  rows.forEach((row) => drawRow(row, false))
  doc.moveDown(0.6)
}

/** Signature lines: `label：________ 日期：________`, one per label. */
export const signatures = (doc: Pdf, labels: string[]) => {
  doc.moveDown(1)
  for (const label of labels) {
    if (doc.y + 30 > doc.page.height - MARGIN) doc.addPage()
    doc
      .font('cjk')
      .fontSize(10.5)
      .text(`${label}（签名）：______________________    日期：______________`)
    doc.moveDown(0.9)
  }
}

/** Renders the document to bytes. */
export const toBuffer = (doc: Pdf): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.end()
  })

/** A PDF response that opens in the browser with a Chinese-safe file name. */
export const pdfResponse = (bytes: Buffer, filename: string) =>
  new Response(new Uint8Array(bytes), {
    status: 200,
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.length),
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'Cache-Control': 'private, no-store',
    },
  })
