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
