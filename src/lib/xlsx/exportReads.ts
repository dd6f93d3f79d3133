import type { Collection, Field, FieldAccess, PayloadRequest, Where } from 'payload'
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
  return async (where, page) => {
    const result = await req.payload.db.find({
      collection: collection.config.slug,
      where: combineQueries(where, access),
      sort,
      limit,
      page: page ?? 1,
      pagination: false,
      select,
      // No joins (Payload's `find` passes `false` the same way; the typing does not admit it).
      joins: false as never,
      req,
    })
    const docs = result.docs as Doc[]
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
