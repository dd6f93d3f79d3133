import type { DrizzleAdapter } from '@payloadcms/drizzle'
import { buildQuery } from '@payloadcms/drizzle'
import type { Collection, Field, FieldAccess, FlattenedField, PayloadRequest, Where } from 'payload'
import { combineQueries, flattenTopLevelFields } from 'payload'

type Doc = Record<string, unknown>

/** One page of an export: rows matching `where`, in the export's sort, `page` for OFFSET pages. */
export type PageReader = (where: Where, page?: number) => Promise<Doc[]>

type ReadOptions = {
  req: PayloadRequest
  collection: Collection
  /** The collection's read access as the user's (`true`, or the rows they may see as a Where). */
  access: boolean | Where
  sort: string[]
  limit: number
  /** The fields to read (the columns, and the keyset's field). */
  select: Record<string, true>
}

/** What this module reads of a top-level data field. */
type DataField = {
  name: string
  localized?: boolean
  hooks?: { beforeRead?: unknown[]; afterRead?: unknown[] }
  /** Rich text: its editor's own read hooks. */
  editor?: { hooks?: { afterRead?: unknown[] } }
  access?: { read?: FieldAccess }
}

/**
 * Whether Payload's `find` would return exactly what the database adapter does for these fields,
 * once the collection's access `Where` is combined in and each field's read access is asked per
 * row: no drafts (they read the versions table), no trash (a filter `find` adds), no read hooks on
 * the collection, on a selected field or its editor (rich text has them), no virtual field anywhere (a `where`
 * may be rewritten through one), no localization. When any of these holds, `find` itself is used.
 */
export const readsPlainly = (req: PayloadRequest, collection: Collection, names: Set<string>) => {
  const config = collection.config
  if (req.payload.config.localization) return false
  if (config.versions && typeof config.versions === 'object' && config.versions.drafts) return false
  if (config.trash) return false
  if (config.hooks.beforeRead?.length || config.hooks.afterRead?.length) return false
  if (config.flattenedFields.some((f) => 'virtual' in f && f.virtual)) return false
  return fieldsOf(collection, names).every(
    (f) =>
      !f.hooks?.beforeRead?.length &&
      !f.hooks?.afterRead?.length &&
      !f.editor?.hooks?.afterRead?.length &&
      !f.localized,
  )
}

const fieldsOf = (collection: Collection, names: Set<string>) =>
  (flattenTopLevelFields(collection.config.fields) as Field[]).filter(
    (f): f is Field & DataField => 'name' in f && typeof f.name === 'string' && names.has(f.name),
  ) as DataField[]

/**
 * Pages read through the database adapter as Payload's own `find` reads them (its non-draft
 * branch): the caller's `where` combined with the access `Where`, the same sort, the selected
 * columns, no joins, and then — what `find`'s read pipeline would do for these fields — each
 * field's read access asked per row with that row (a value the user may not read is removed).
 * It skips the rest of that pipeline (hooks, population, defaults for every field of every row),
 * which is most of an export's time. The caller has validated `where` and `sort` as the user.
 */
export const adapterPages = ({
  req,
  collection,
  access,
  sort,
  limit,
  select,
}: ReadOptions): PageReader => {
  const guarded = fieldsOf(collection, new Set(Object.keys(select))).filter((f) => f.access?.read)
  const columns = columnReader(req, collection, sort, limit, select)
  return async (where, page) => {
    const combined = combineQueries(where, access)
    const docs =
      (columns ? await columns(combined, page ?? 1) : null) ??
      ((
        await req.payload.db.find({
          collection: collection.config.slug,
          where: combined,
          sort,
          limit,
          page: page ?? 1,
          pagination: false,
          select,
          // No joins (Payload's `find` passes `false` the same way; the typing does not admit it).
          joins: false as never,
          req,
        })
      ).docs as Doc[])
    for (const doc of docs) {
      for (const field of guarded) {
        const allowed = await field.access!.read!({
          req,
          id: doc.id as number,
          doc,
          data: doc,
          siblingData: doc,
        })
        if (!allowed) delete doc[field.name]
      }
    }
    return docs
  }
}

/** Field types a SQL adapter keeps in one column of the collection's own table. */
const ONE_COLUMN = new Set([
  'text',
  'textarea',
  'email',
  'code',
  'number',
  'date',
  'checkbox',
  'select',
])

/** How a column's value becomes what the adapter's `find` returns for the field. */
const fromColumn = (field: FlattenedField) => {
  if (field.type === 'date') {
    return (v: unknown) => (typeof v === 'string' ? new Date(v).toISOString() : v)
  }
  if (field.type === 'number') {
    return (v: unknown) => (typeof v === 'string' ? Number.parseFloat(v) : v)
  }
  if (field.type === 'relationship' || field.type === 'upload') {
    return (v: unknown) => (v === null || v === undefined ? v : Number(v))
  }
  return (v: unknown) => v
}

/**
 * On PostgreSQL and SQLite, when every selected field is one column of the collection's table (a
 * scalar that is not hasMany or localized, or a relationship to one collection with numeric ids)
 * and the `where` needs no join: the page read straight from those columns, with the adapter's
 * own `buildQuery` (so `where`, access and sort mean exactly what they mean to `find`), each
 * value converted as the adapter's read converts it. This skips the adapter's walk over every
 * field of the collection for every row, a quarter of an export's time. Null otherwise.
 */
const columnReader = (
  req: PayloadRequest,
  collection: Collection,
  sort: string[],
  limit: number,
  select: Record<string, true>,
) => {
  const adapter = req.payload.db as unknown as DrizzleAdapter
  if (!adapter.tables || !adapter.tableNameMap || typeof adapter.drizzle !== 'object') return null
  // The adapter keys its tables by the slug in snake case (`complaint-categories` → …_categories).
  const tableName = adapter.tableNameMap.get(
    collection.config.slug
      .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
      .replace(/-/g, '_')
      .toLowerCase(),
  )
  const table = tableName ? adapter.tables[tableName] : undefined
  if (!tableName || !table) return null
  const fields = collection.config.flattenedFields
  const read: Array<[string, unknown, (v: unknown) => unknown]> = []
  for (const name of Object.keys(select)) {
    if (name === 'id') {
      read.push(['id', table.id, (v) => v])
      continue
    }
    const field = fields.find((f) => f.name === name)
    if (!field || !(name in table)) return null
    if ('hasMany' in field && field.hasMany) return null
    if ('localized' in field && field.localized) return null
    const related =
      (field.type === 'relationship' || field.type === 'upload') &&
      typeof field.relationTo === 'string' &&
      req.payload.collections[field.relationTo]?.customIDType === undefined
    if (!ONE_COLUMN.has(field.type) && !related) return null
    read.push([name, table[name], fromColumn(field)])
  }
  return async (where: Where, page: number): Promise<Doc[] | null> => {
    const query = buildQuery({ adapter, fields, sort, tableName, where })
    // A `where` through a relationship or an array joins other tables: `find`'s way then.
    if (query.joins.length > 0) return null
    const db = req.transactionID
      ? (adapter.sessions[await req.transactionID]?.db ?? adapter.drizzle)
      : adapter.drizzle
    const rows = (await (db as unknown as ColumnSelect)
      .select(Object.fromEntries(read.map(([name, column]) => [name, column])))
      .from(table)
      .where(query.where)
      .orderBy(...query.orderBy.map(({ column, order }) => order(column)))
      .limit(limit)
      .offset((page - 1) * limit)) as Doc[]
    for (const row of rows) for (const [name, , convert] of read) row[name] = convert(row[name])
    return rows
  }
}

/** The part of drizzle's select builder used here (the same on both SQL dialects). */
type ColumnSelect = {
  select: (columns: Record<string, unknown>) => {
    from: (table: unknown) => {
      where: (where: unknown) => {
        orderBy: (...order: unknown[]) => {
          limit: (n: number) => { offset: (n: number) => Promise<unknown[]> }
        }
      }
    }
  }
}

/** The same pages through Payload's `find` as the user: every hook and access check applies. */
export const findPages = ({ req, collection, sort, limit, select }: ReadOptions): PageReader => {
  return async (where, page) =>
    (
      await req.payload.find({
        collection: collection.config.slug,
        where,
        sort,
        limit,
        ...(page ? { page, pagination: true } : { pagination: false }),
        depth: 0,
        select,
        overrideAccess: false,
        user: req.user,
        req,
      })
    ).docs as unknown as Doc[]
}
