import type { CollectionSlug, Field, FieldAffectingData, PayloadRequest } from 'payload'
import { flattenTopLevelFields } from 'payload'

import type { CellFormat, CellValue, TableColumn } from '@/domain/tableReport'
import { localParts } from '@/domain/time'
import { lexicalToText } from '@/lib/lexical'

/** A column of a list export: where its value is, its header, and how a stored value becomes a cell. */
export type ExportColumn = TableColumn & { cell: (value: unknown) => CellValue }

/** Excel refuses cells longer than this. */
const MAX_CELL = 32_767

const text = (value: unknown): CellValue => {
  if (value === null || value === undefined || value === '') return null
  const s = typeof value === 'string' ? value : String(value)
  return s.length > MAX_CELL ? s.slice(0, MAX_CELL) : s
}

/** Headers of the fields Payload adds itself (their labels are translation functions). */
const BUILT_IN: Record<string, string> = { id: 'ID', createdAt: '创建时间', updatedAt: '更新时间' }

/** The Chinese label of a field (`label()` gives `{ zh, en }`), or its name. */
export const zhLabel = (name: string, labelValue: unknown): string => {
  if (BUILT_IN[name]) return BUILT_IN[name]
  if (typeof labelValue === 'string' && labelValue) return labelValue
  if (labelValue && typeof labelValue === 'object') {
    const l = labelValue as Record<string, unknown>
    const found = [l.zh, l.en, ...Object.values(l)].find((v) => typeof v === 'string' && v)
    if (typeof found === 'string') return found
  }
  return name
}

/**
 * A stored instant as Excel shows it: Excel dates have no timezone, so the cell holds the office's
 * local wall-clock time (a meter read at 09:00 in Shanghai shows 09:00, not 01:00).
 */
export const localWallClock = (value: unknown, timeZone: string): Date | null => {
  if (value === null || value === undefined || value === '') return null
  const instant = value instanceof Date ? value : new Date(String(value))
  if (Number.isNaN(instant.getTime())) return null
  const p = localParts(instant, timeZone)
  return new Date(Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second))
}

const idOf = (value: unknown): unknown => {
  if (value && typeof value === 'object') {
    const v = value as { id?: unknown; value?: unknown }
    if ('value' in v) return idOf(v.value)
    return v.id
  }
  return value
}

const many = (value: unknown, each: (v: unknown) => unknown): CellValue => {
  if (!Array.isArray(value)) return text(each(value))
  return text(
    value
      .map(each)
      .filter((v) => v !== null && v !== undefined && v !== '')
      .join('、'),
  )
}

type Options = Array<string | { value: string; label?: unknown }>

const optionLabels = (options: Options) =>
  new Map(
    options.map((o) =>
      typeof o === 'string' ? [o, o] : [o.value, zhLabel(o.value, o.label ?? o.value)],
    ),
  )

const dateFormat = (field: FieldAffectingData): CellFormat => {
  const appearance = (field.admin as { date?: { pickerAppearance?: string } } | undefined)?.date
    ?.pickerAppearance
  return appearance === 'dayOnly' || appearance === 'monthOnly' ? 'date' : 'datetime'
}

/**
 * How one top-level data field becomes a column, or null when it is not exported: hidden fields,
 * arrays, blocks, groups, joins and UI fields are left out; rich text is flattened to its text;
 * selects show their Chinese option label; relationships and uploads show the related id.
 */
export const columnOf = (
  field: FieldAffectingData,
  timeZone: string,
  officeLabels?: ReadonlyMap<string, string>,
): ExportColumn | null => {
  if (!('name' in field) || !field.name) return null
  if (field.hidden) return null
  const admin = (field.admin ?? {}) as { disabled?: boolean; hidden?: boolean }
  if (admin.disabled || (admin.hidden && field.name !== 'id')) return null
  const base = {
    key: field.name,
    header: zhLabel(field.name, 'label' in field ? field.label : undefined),
  }
  // A code kept as text (a complaint's category) names its labels like a select's options: the
  // office's own names when its list was read (`officeLabels`), else the built-in ones.
  const codeLabels = (field.custom as { codeLabels?: Options } | undefined)?.codeLabels
  if (field.type === 'text' && (codeLabels || officeLabels)) {
    const labels = new Map([...optionLabels(codeLabels ?? []), ...(officeLabels ?? [])])
    return {
      ...base,
      width: 3,
      cell: (v) => many(v, (x) => (typeof x === 'string' ? (labels.get(x) ?? x) : x)),
    }
  }
  switch (field.type) {
    case 'text':
    case 'textarea':
    case 'email':
    case 'code':
      return { ...base, width: 5, cell: (v) => many(v, (x) => x) }
    case 'number':
      return field.hasMany
        ? { ...base, width: 4, cell: (v) => many(v, (x) => x) }
        : {
            ...base,
            width: 3,
            cell: (v) =>
              typeof v === 'number' ? v : v === null || v === undefined ? null : Number(v),
          }
    case 'date': {
      const format = dateFormat(field)
      return {
        ...base,
        format,
        width: format === 'date' ? 3 : 4,
        cell: (v) => localWallClock(v, timeZone),
      }
    }
    case 'checkbox':
      return {
        ...base,
        width: 2,
        cell: (v) => (v === true ? '是' : v === false ? '否' : null),
      }
    case 'select':
    case 'radio': {
      const labels = optionLabels(field.options as Options)
      return {
        ...base,
        width: 3,
        cell: (v) => many(v, (x) => (typeof x === 'string' ? (labels.get(x) ?? x) : x)),
      }
    }
    case 'relationship':
    case 'upload':
      return { ...base, width: 3, cell: (v) => many(v, idOf) }
    case 'richText':
      return { ...base, width: 10, cell: (v) => text(lexicalToText(v)) }
    case 'json':
      return { ...base, width: 6, cell: (v) => (v == null ? null : text(JSON.stringify(v))) }
    case 'point':
      return {
        ...base,
        width: 4,
        cell: (v) => (Array.isArray(v) ? text(v.join(', ')) : null),
      }
    default:
      // array, blocks, group, join, tab and anything new: not a single cell.
      return null
  }
}

type NamedField = FieldAffectingData & { name: string }

/** The top-level data fields: inside rows, collapsibles and unnamed tabs too. */
const namedFields = (fields: Field[]): NamedField[] =>
  (flattenTopLevelFields(fields) as FieldAffectingData[]).filter(
    (f): f is NamedField => 'name' in f && typeof f.name === 'string' && f.name !== '',
  )

/**
 * The columns of a collection's export for one user: the top-level data fields (inside rows,
 * collapsibles and unnamed tabs too), in the order of the edit view, minus the fields this user
 * may not read. `readable` answers the field-level read access; a field it refuses is absent,
 * never an empty column.
 */
export const exportColumns = (
  fields: Field[],
  readable: (field: NamedField) => boolean,
  timeZone: string,
  /** Per field, the office's names for the codes it stores (`codesFrom` fields). */
  officeLabels: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map(),
): ExportColumn[] => {
  const flat = namedFields(fields)
  const columns: ExportColumn[] = []
  const seen = new Set<string>()
  const idField = flat.find((f) => 'name' in f && f.name === 'id')
  // The id first, whether the collection names it or Payload adds it.
  columns.push({
    key: 'id',
    header: 'ID',
    width: 2,
    cell: (v) => (v == null ? null : (v as number)),
  })
  seen.add('id')
  for (const field of flat) {
    if (field === idField || seen.has(field.name)) continue
    if (!readable(field)) continue
    const column = columnOf(field, timeZone, officeLabels.get(field.name))
    if (!column) continue
    seen.add(column.key)
    columns.push(column)
  }
  return columns
}

/**
 * Which top-level fields `req.user` may read, from each field's `access.read` asked without a
 * document (as for a list): a field whose access depends on the document and says no without one
 * is left out — a column is present only when the user may read it.
 */
export const readableFields = async (fields: Field[], req: PayloadRequest) => {
  const flat = namedFields(fields)
  const allowed = new Set<string>()
  for (const field of flat) {
    const read = field.access?.read
    if (!read) {
      allowed.add(field.name)
      continue
    }
    try {
      if (await read({ req } as Parameters<typeof read>[0])) allowed.add(field.name)
    } catch {
      // refused
    }
  }
  return allowed
}

/** The cells of one document, keyed like the columns. */
export const exportRow = (columns: readonly ExportColumn[], doc: Record<string, unknown>) =>
  Object.fromEntries(columns.map((c) => [c.key, c.cell(doc[c.key])])) as Record<string, CellValue>

/**
 * The columns the list view asked for, in Payload's list format (`columns=["number","-status"]`:
 * a leading `-` is a hidden column) or as `a,b,c`; null when none was asked (then every column the
 * user may read). Malformed input asks for nothing.
 */
export const requestedColumns = (param: unknown): string[] | null => {
  if (typeof param !== 'string' || param.trim() === '') return null
  let names: unknown = null
  try {
    names = JSON.parse(param)
  } catch {
    names = param.split(',')
  }
  if (!Array.isArray(names)) return null
  const active = names
    .filter((n): n is string => typeof n === 'string')
    .map((n) => n.trim())
    .filter((n) => n && !n.startsWith('-'))
  return active.length > 0 ? active : null
}

/**
 * The export's columns: those asked for, in their order, among those the user may read (a column
 * the user may not read stays absent, never empty), the id always first; every readable column
 * when none was asked.
 */
export const chooseColumns = (
  readable: readonly ExportColumn[],
  requested: readonly string[] | null,
): ExportColumn[] => {
  if (!requested) return [...readable]
  const byKey = new Map(readable.map((c) => [c.key, c]))
  const chosen = requested.flatMap((key) => {
    const column = byKey.get(key)
    return column && key !== 'id' ? [column] : []
  })
  const id = byKey.get('id')
  return id ? [id, ...chosen] : chosen
}

/**
 * The office's names for the codes some fields store (`custom.codesFrom`: the collection that keeps
 * them, e.g. a complaint's category in `complaint-categories`), by field: one read per list, with
 * server rights in the caller's transaction (names are not secret). Retired entries keep their name.
 */
export const officeCodeLabels = async (fields: Field[], req: PayloadRequest) => {
  const labels = new Map<string, Map<string, string>>()
  for (const field of namedFields(fields)) {
    const from = (field.custom as { codesFrom?: string } | undefined)?.codesFrom
    if (!from || !(from in req.payload.collections)) continue
    const entries = await req.payload.find({
      collection: from as CollectionSlug,
      pagination: false,
      depth: 0,
      req,
    })
    labels.set(
      field.name,
      new Map(
        (entries.docs as Array<{ code?: unknown; nameZh?: unknown }>)
          .filter((e) => typeof e.code === 'string' && typeof e.nameZh === 'string')
          .map((e) => [e.code as string, e.nameZh as string]),
      ),
    )
  }
  return labels
}
