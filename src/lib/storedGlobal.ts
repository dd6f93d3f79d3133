import type { DataFromGlobalSlug, GlobalSlug, Payload, PayloadRequest } from 'payload'

import { dialectOf, querySql } from '@/lib/sql'

type Kept = { version: string; doc: Promise<unknown> }

/** Per Payload instance (a test file or a script may boot more than one in a process). */
const keptGlobals = new WeakMap<Payload, Map<string, Kept>>()

/**
 * A global as stored (depth 0, every field), read in full only when it has changed. The office
 * settings were read whole by every request that registers, dispatches, prints or shows the
 * dashboard — some twice — and the calendar by every deadline computed: a select of a few dozen
 * columns and nested arrays and Payload's traversal of every field, 2–7 ms each. Now each use asks
 * the database for the global's `updated_at` (one indexed row, in the caller's transaction) and
 * reads it in full only when that differs from the copy kept in this process. So a change is seen
 * by the next read in every process, and inside the transaction that made it, exactly as before;
 * a copy from a transaction that later rolled back carries a version no other request sees, so
 * it is never served to them. MongoDB, which `querySql` does not speak, reads in full every time.
 *
 * The document is shared: callers must not change it (they copy what they adapt).
 */
export const storedGlobal = async <S extends GlobalSlug>(
  req: PayloadRequest,
  slug: S,
): Promise<DataFromGlobalSlug<S>> => {
  const payload = req.payload
  const read = () => payload.findGlobal({ slug, depth: 0, req }) as Promise<DataFromGlobalSlug<S>>
  if (dialectOf(payload) === 'mongoose') return read()
  const table = slug.replace(/-/g, '_')
  const [row] = await querySql(
    payload,
    req,
    (sql) => sql`SELECT updated_at AS "version" FROM ${sql.identifier(table)} LIMIT 1`,
  )
  // A global never saved has no row: its defaults are kept until the first save makes one.
  const stamp = row?.version
  const version =
    stamp instanceof Date
      ? stamp.toISOString()
      : stamp
        ? new Date(String(stamp)).toISOString()
        : 'never saved'
  let kept = keptGlobals.get(payload)
  if (!kept) keptGlobals.set(payload, (kept = new Map()))
  const current = kept.get(slug)
  if (current?.version === version) return (await current.doc) as DataFromGlobalSlug<S>
  const doc = read()
  const entry = { version, doc }
  kept.set(slug, entry)
  doc.catch(() => {
    if (kept.get(slug) === entry) kept.delete(slug)
  })
  return doc
}
