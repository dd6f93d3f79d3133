import fs from 'fs'
import path from 'path'

import * as fontkit from 'fontkit'
import PDFDocument from 'pdfkit'

import type { FormControl, FormKey } from '@/domain/forms'
import { FORMS, controlLine, formOf } from '@/domain/forms'

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

/**
 * Each weight read (10 MB) and parsed by fontkit once per process, not once per PDF. pdfkit
 * accepts the parsed font in place of its bytes and keeps what a document uses in the document
 * itself (its own subset and layout cache), so documents share the font safely. Parsed afresh,
 * the font's shaping tables were read again for every PDF: laying out the first line cost 12–18
 * ms per weight, with the font parsed once 0.1 ms.
 */
const parsedFonts = new Map<string, fontkit.Font>()
const parsedFont = (file: string): PDFKit.Mixins.PDFFontSource => {
  let font = parsedFonts.get(file)
  if (!font) {
    font = fontkit.create(fs.readFileSync(file))
    parsedFonts.set(file, font)
  }
  // pdfkit takes a fontkit font as a source (`typeof src.layout === 'function'`); its types don't say so.
  return font as unknown as PDFKit.Mixins.PDFFontSource
}

export type Pdf = PDFKit.PDFDocument

export const MARGIN = 50

/**
 * What heads every printed page: the company's name and logo (office settings), the form's
 * control (its number and the version in effect, or the uncontrolled mark) and when it was
 * printed. Read once per print by `letterheadFor` (src/lib/printing/letterhead.ts).
 */
export type Letterhead = {
  companyName: string
  /** PNG or JPEG bytes, or null: no logo uploaded. */
  logo: Buffer | null
  control: FormControl
  /** Local date and time of printing, as the footer shows it. */
  printedAt: string
}

const LOGO_SIZE = 44

/** What the footer of each page needs, kept beside the document until it is rendered. */
const footers = new WeakMap<Pdf, { form: FormKey; head: Letterhead }>()

/**
 * An A4 document (landscape when the paper form is) headed by the company's mark, the form's
 * title and its control line. Pages are buffered so that `toBuffer` can number them.
 */
export const createForm = (form: FormKey, head: Letterhead, subtitle?: string): Pdf => {
  const meta = formOf(form)
  const doc = new PDFDocument({
    size: 'A4',
    layout: meta.landscape ? 'landscape' : 'portrait',
    margin: MARGIN,
    bufferPages: true,
    info: { Title: `${meta.title} ${meta.titleEn}`, Author: head.companyName, Creator: '物业客服' },
  })
  doc.registerFont('cjk', parsedFont(FONT.regular()))
  doc.registerFont('cjk-bold', parsedFont(FONT.bold()))
  footers.set(doc, { form, head })
  formHeader(doc, form, head, subtitle)
  return doc
}

/**
 * The header every copy of a form carries (a new copy of a multi-part form starts with it): the
 * logo at the left, the company's name, the title, and the number and version — or, for a form
 * not under document control, 未受控副本 in red.
 */
export const formHeader = (doc: Pdf, form: FormKey, head: Letterhead, subtitle?: string) => {
  const meta = FORMS[form]
  const top = doc.y
  if (head.logo) {
    try {
      doc.image(head.logo, MARGIN, top, { fit: [LOGO_SIZE, LOGO_SIZE] })
    } catch {
      // An image pdfkit cannot read prints no logo rather than no form.
    }
    doc.y = top
  }
  doc.font('cjk-bold').fontSize(15).text(head.companyName, MARGIN, top, { align: 'center' })
  doc.moveDown(0.2)
  doc.fontSize(18).text(meta.title, { align: 'center' })
  doc.font('cjk').fontSize(9).fillColor('#555').text(meta.titleEn, { align: 'center' })
  doc
    .fillColor(head.control.controlled ? '#555' : '#c00')
    .text(controlLine(head.control), { align: 'center' })
  doc.fillColor('#555')
  if (subtitle) doc.text(subtitle, { align: 'center' })
  doc.fillColor('black')
  if (head.logo && doc.y < top + LOGO_SIZE) doc.y = top + LOGO_SIZE
  doc.moveDown(0.8)
  rule(doc)
}

/** The form's own signature lines (forms.ts), each with its date. */
export const formSignatures = (doc: Pdf, form: FormKey) => {
  const labels = formOf(form).signatures
  if (labels.length > 0) signatures(doc, labels)
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

/** Starts a new page unless `height` points are left on this one (a block that must not split). */
export const keepTogether = (doc: Pdf, height: number) => {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage()
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

/**
 * A table with a header row; columns are [title, width] pairs. Cells wrap (Chinese included)
 * and a row grows to hold them; a row that does not fit goes to the next page, under the header
 * again. A cell longer than a page is cut with an ellipsis rather than run off the page.
 */
export const table = (
  doc: Pdf,
  columns: ReadonlyArray<readonly [string, number]>,
  rows: ReadonlyArray<ReadonlyArray<string | number | null | undefined>>,
) => {
  const padding = 4
  const fontSize = 9.5
  const bottom = () => doc.page.height - MARGIN
  const maxRow = () => bottom() - MARGIN - 40
  const heightOf = (cells: ReadonlyArray<string | number | null | undefined>, bold: boolean) => {
    doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(fontSize)
    const tallest = Math.max(
      ...cells.map((cell, i) =>
        doc.heightOfString(String(cell ?? ''), { width: columns[i][1] - 2 * padding }),
      ),
    )
    return Math.min(Math.max(18, tallest + 2 * padding), maxRow())
  }
  const drawRow = (cells: ReadonlyArray<string | number | null | undefined>, bold: boolean) => {
    const height = heightOf(cells, bold)
    const y = doc.y
    let x = MARGIN
    doc.font(bold ? 'cjk-bold' : 'cjk').fontSize(fontSize)
    cells.forEach((cell, i) => {
      const width = columns[i][1]
      if (bold) doc.rect(x, y, width, height).fill('#f0f0f0')
      doc.rect(x, y, width, height).lineWidth(0.5).stroke('#999')
      doc.fillColor('black').text(String(cell ?? ''), x + padding, y + padding, {
        width: width - 2 * padding,
        height: height - 2 * padding,
        ellipsis: true,
      })
      x += width
    })
    doc.x = MARGIN
    doc.y = y + height
  }
  const header = columns.map(([title]) => title)
  if (doc.y + heightOf(header, true) + 18 > bottom()) doc.addPage()
  drawRow(header, true)
  for (const row of rows) {
    if (doc.y + heightOf(row, false) > bottom()) {
      doc.addPage()
      drawRow(header, true)
    }
    drawRow(row, false)
  }
  doc.moveDown(0.6)
}

/**
 * Signature lines, one per label, aligned: the label, a line to sign on and a line for the date
 * (003 篇3: every entry is signed and dated). The block is kept on one page.
 */
export const signatures = (doc: Pdf, labels: readonly string[]) => {
  const lineHeight = 28
  doc.moveDown(1)
  if (doc.y + labels.length * lineHeight > doc.page.height - MARGIN) doc.addPage()
  const width = doc.page.width - 2 * MARGIN
  const signX = MARGIN + Math.min(220, width * 0.42)
  const dateX = MARGIN + width * 0.72
  for (const label of labels) {
    const y = doc.y
    doc.font('cjk').fontSize(10.5).fillColor('black')
    doc.text(label, MARGIN, y, { width: signX - MARGIN - 8, lineBreak: false, ellipsis: true })
    doc.text('签名', signX, y, { lineBreak: false })
    doc.text('日期', dateX, y, { lineBreak: false })
    doc
      .moveTo(signX + 26, y + 13)
      .lineTo(dateX - 12, y + 13)
      .moveTo(dateX + 26, y + 13)
      .lineTo(MARGIN + width, y + 13)
      .lineWidth(0.5)
      .stroke('#333')
    doc.x = MARGIN
    doc.y = y + lineHeight
  }
}

/**
 * The foot of every page: the form's title at the left, 第 N 页 共 M 页 in the middle and the
 * time of printing at the right, written once the number of pages is known.
 */
const numberPages = (doc: Pdf) => {
  const meta = footers.get(doc)
  if (!meta) return
  const { start, count } = doc.bufferedPageRange()
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i)
    const bottomMargin = doc.page.margins.bottom
    // Writing below the bottom margin would otherwise start a new page.
    doc.page.margins.bottom = 0
    const y = doc.page.height - MARGIN + 14
    const width = doc.page.width - 2 * MARGIN
    doc.font('cjk').fontSize(8).fillColor('#666')
    doc.text(FORMS[meta.form].title, MARGIN, y, { width, align: 'left', lineBreak: false })
    doc.text(`第 ${i - start + 1} 页 共 ${count} 页`, MARGIN, y, {
      width,
      align: 'center',
      lineBreak: false,
    })
    doc.text(`打印 ${meta.head.printedAt}`, MARGIN, y, { width, align: 'right', lineBreak: false })
    doc.page.margins.bottom = bottomMargin
  }
  doc.fillColor('black')
}

/** Renders the document to bytes, its pages numbered. */
export const toBuffer = (doc: Pdf): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    numberPages(doc)
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
