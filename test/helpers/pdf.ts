/** Reads a PDF back with Mozilla's pdf.js: its text, page by page, as a person would copy it. */
export const pdfText = async (bytes: Uint8Array): Promise<{ pages: number; text: string }> => {
  hideDrizzleKitArrayPatch()
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>
  try {
    document = await pdfjs.getDocument({
      data: Uint8Array.from(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise
  } catch (error) {
    const e = error as { name?: string; message?: string }
    throw new Error(`pdf.js could not open the PDF: ${e?.name} ${e?.message}`)
  }
  const pages: string[] = []
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n)
    const content = await page.getTextContent()
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''))
  }
  await document.destroy()
  return { pages: document.numPages, text: pages.join('\n') }
}

/**
 * drizzle-kit (loaded by Payload's development schema push) adds an enumerable
 * `Array.prototype.random`, and pdf.js refuses to run with a polluted Array prototype. Production
 * never loads drizzle-kit; in tests the property is made non-enumerable.
 */
const hideDrizzleKitArrayPatch = () => {
  const descriptor = Object.getOwnPropertyDescriptor(Array.prototype, 'random')
  if (descriptor?.enumerable) {
    Object.defineProperty(Array.prototype, 'random', { ...descriptor, enumerable: false })
  }
}

/**
 * The QR codes a PDF's first page shows, as a phone would read them: the page rasterised by
 * poppler's `pdftoppm` (Debian's poppler-utils) and decoded by jsQR.
 */
export const pdfQrCodes = async (bytes: Uint8Array): Promise<string[]> => {
  const { execFileSync } = await import('node:child_process')
  const fs = await import('node:fs')
  const os = await import('node:os')
  const path = await import('node:path')
  const { PNG } = await import('pngjs')
  const jsQR = (await import('jsqr')).default
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-qr-'))
  try {
    fs.writeFileSync(path.join(dir, 'in.pdf'), bytes)
    execFileSync('pdftoppm', ['-png', '-r', '150', '-f', '1', '-l', '1', 'in.pdf', 'page'], {
      cwd: dir,
    })
    const file = fs.readdirSync(dir).find((f) => f.endsWith('.png'))
    if (!file) return []
    const png = PNG.sync.read(fs.readFileSync(path.join(dir, file)))
    const found = jsQR(new Uint8ClampedArray(png.data), png.width, png.height)
    return found ? [found.data] : []
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
