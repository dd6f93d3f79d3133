/**
 * From a file's bytes to rows of cells, for CSV. Excel in China saves CSV as GB18030 (its 「CSV
 * (逗号分隔)」 format in a Chinese Windows); 「CSV UTF-8」 adds a byte-order mark; other tools save
 * plain UTF-8. The bytes say which: a BOM is UTF-8, bytes that are valid UTF-8 are UTF-8, anything
 * else is read as GB18030 (a superset of GBK and GB2312).
 */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'gb18030'

const BOM = [0xef, 0xbb, 0xbf]

/** Which encoding the bytes are in. */
export const detectEncoding = (bytes: Uint8Array): TextEncoding => {
  if (bytes.length >= 3 && BOM.every((b, i) => bytes[i] === b)) return 'utf-8-bom'
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return 'utf-8'
  } catch {
    return 'gb18030'
  }
}

/** The text of a CSV file, whichever of the three encodings it is in. */
export const decodeText = (bytes: Uint8Array): { text: string; encoding: TextEncoding } => {
  const encoding = detectEncoding(bytes)
  if (encoding === 'utf-8-bom') {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding }
  }
  return { text: new TextDecoder(encoding).decode(bytes), encoding }
}

/**
 * Whether bytes look like text at all: a spreadsheet saved as CSV holds no NUL and few control
 * characters; a PDF, an image or a Word file does.
 */
export const looksLikeText = (bytes: Uint8Array): boolean => {
  const sample = bytes.subarray(0, 8192)
  let control = 0
  for (const b of sample) {
    if (b === 0) return false
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++
  }
  return control <= sample.length / 100
}

/**
 * RFC 4180 CSV: commas, double quotes around cells that hold commas, quotes or line breaks (a
 * quote doubled inside), CRLF or LF line ends. Rows are returned as they stand, blank ones too,
 * so that row numbers match what the user sees in Excel.
 */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          cell += '"'
          i++
        } else quoted = false
      } else cell += c
    } else if (c === '"' && cell === '') quoted = true
    else if (c === ',') {
      row.push(cell)
      cell = ''
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++
      row.push(cell)
      rows.push(row)
      row = []
      cell = ''
    } else cell += c
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell)
    rows.push(row)
  }
  return rows
}
