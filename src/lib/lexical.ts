/** Minimal Lexical JSON helpers: build a document from plain paragraphs, and read its text back. */
type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

export type LexicalDocument = {
  root: {
    type: 'root'
    format: ''
    indent: 0
    version: 1
    direction: 'ltr' | null
    children: Array<Record<string, unknown>>
  }
}

export const lexicalFromText = (text: string): LexicalDocument => ({
  root: {
    type: 'root',
    format: '',
    indent: 0,
    version: 1,
    direction: 'ltr',
    children: text.split(/\n+/).map((paragraph) => ({
      type: 'paragraph',
      format: '',
      indent: 0,
      version: 1,
      direction: 'ltr',
      textFormat: 0,
      children: [
        {
          type: 'text',
          text: paragraph,
          format: 0,
          style: '',
          mode: 'normal',
          detail: 0,
          version: 1,
        },
      ],
    })),
  },
})

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'listitem'])

/** The plain text of a Lexical document, a paragraph per line. */
export const lexicalToText = (value: unknown): string => {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return typeof value === 'string' ? value : ''
  const lines: string[] = []
  const walk = (node: LexicalNode, line: string[]): void => {
    if (typeof node.text === 'string') line.push(node.text)
    if (node.type === 'linebreak') line.push('\n')
    for (const child of node.children ?? []) {
      if (child.type && BLOCKS.has(child.type)) {
        const inner: string[] = []
        walk(child, inner)
        lines.push(inner.join(''))
      } else {
        walk(child, line)
      }
    }
  }
  const loose: string[] = []
  walk(root, loose)
  if (loose.length > 0) lines.unshift(loose.join(''))
  return lines.join('\n').trim()
}
