/**
 * Measures to be followed until done (a rectification plan, a complaint's review): each is a
 * follow-up item with an owner and a deadline. The admin's actions panel sends them as one text
 * (one measure a line) with one owner and one deadline for all; the API may send a list, each row
 * with its own owner and deadline (the top-level ones filling in what a row leaves out). Pure.
 */

type Id = number | string

/** A measure; `ownerField` names its owner as the client sent it (`owner`, `plan.1.owner`). */
export type Measure = { text: string; owner: Id; deadline: string; ownerField: string }

export type MeasuresResult =
  { ok: true; measures: Measure[] } | { ok: false; field: string; message: string }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Forms send ids as text; SQL databases number them. */
const idFrom = (value: unknown): Id | undefined => {
  if (typeof value === 'number' && Number.isFinite(value)) return value
  const s = text(value)
  if (!s) return undefined
  return /^\d+$/.test(s) ? Number(s) : s
}

const missing = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Reads the measures from an action's body: `body[listField]` (text or a list of
 * `{ text, owner, deadline }`), `body.owner` and `body.deadline`. Refuses, naming the field, when
 * there is no measure, a measure has no owner, or no deadline in the future of `now`.
 */
export const planMeasures = (
  body: Record<string, unknown>,
  now: Date,
  listField: string,
  noun: { zh: string; en: string } = { zh: '措施', en: 'measure' },
): MeasuresResult => {
  const raw = body[listField]
  type Row = { text: string; owner: unknown; deadline: unknown; path: string }
  let rows: Row[]
  if (Array.isArray(raw)) {
    rows = raw.map((row, index) => {
      const r = (row && typeof row === 'object' ? row : { text: row }) as Record<string, unknown>
      return {
        text: text(r.text),
        owner: missing(r.owner) ? body.owner : r.owner,
        deadline: missing(r.deadline) ? body.deadline : r.deadline,
        path: `${listField}.${index}`,
      }
    })
  } else {
    rows = text(raw)
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => ({ text: line, owner: body.owner, deadline: body.deadline, path: '' }))
  }
  if (rows.length === 0 || rows.every((r) => !r.text)) {
    return {
      ok: false,
      field: listField,
      message: `请填写${noun.zh}（每行一项）/ Write at least one ${noun.en} (one a line)`,
    }
  }
  const at = (row: Row, field: string) => (row.path ? `${row.path}.${field}` : field)
  const measures: Measure[] = []
  for (const [index, row] of rows.entries()) {
    const which = rows.length > 1 ? `第 ${index + 1} 项` : ''
    if (!row.text) {
      return {
        ok: false,
        field: at(row, 'text'),
        message: `${which}${noun.zh}未写内容 / A ${noun.en} says nothing`,
      }
    }
    const owner = idFrom(row.owner)
    if (owner === undefined) {
      return {
        ok: false,
        field: at(row, 'owner'),
        message: `${which}${noun.zh}须指定负责人 / Every ${noun.en} needs an owner`,
      }
    }
    if (missing(row.deadline)) {
      return {
        ok: false,
        field: at(row, 'deadline'),
        message: `${which}${noun.zh}须有完成期限 / Every ${noun.en} needs a deadline`,
      }
    }
    const deadline = new Date(String(row.deadline))
    if (Number.isNaN(deadline.getTime())) {
      return {
        ok: false,
        field: at(row, 'deadline'),
        message: `${which}${noun.zh}的期限不是日期 / The deadline is not a date`,
      }
    }
    if (deadline.getTime() <= now.getTime()) {
      return {
        ok: false,
        field: at(row, 'deadline'),
        message: `${which}${noun.zh}的期限须在将来 / The deadline must be in the future`,
      }
    }
    measures.push({
      text: row.text.slice(0, 2000),
      owner,
      deadline: deadline.toISOString(),
      ownerField: at(row, 'owner'),
    })
  }
  return { ok: true, measures }
}

/** A follow-up's title is at most 200 characters: a prefix and the measure's text, shortened. */
export const measureTitle = (prefix: string, measure: string) => {
  const title = `${prefix}${measure.split('\n')[0].trim()}`
  return title.length > 200 ? `${title.slice(0, 199)}…` : title
}
