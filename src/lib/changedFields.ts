import type { CollectionSlug, PayloadRequest, Where } from 'payload'

import { docFields } from './docFields'

/** A value as compared: a populated relationship equals its id. */
export const comparable = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && 'id' in v && 'createdAt' in v
      ? v.id
      : (v ?? null),
  )

/**
 * Of `fields` present in an update's data, those whose value differs from the stored document(s)
 * the update targets (by id or by `where`). The admin form sends every field back, so a field
 * merely present is not a change; a populated relationship equals its id.
 *
 * The targets are read as the caller: a client's `where` or id never runs with server rights
 * (a hook that answered differently for documents the caller cannot see would be an oracle).
 * Only server code (`overrideAccess`) reads without access control.
 */
export const fieldsChangedByUpdate = async ({
  args,
  collection,
  fields,
  overrideAccess,
  req,
}: {
  args: { id?: string | number; where?: Where; data?: Record<string, unknown>; draft?: boolean }
  collection: CollectionSlug
  fields: readonly string[]
  overrideAccess: boolean
  req: PayloadRequest
}): Promise<string[]> => {
  const data = args.data ?? {}
  const present = fields.filter((field) => field in data)
  if (present.length === 0) return []
  const byId = args.id !== undefined
  const targets = await req.payload.find({
    collection,
    where: byId ? { id: { equals: args.id } } : (args.where ?? {}),
    depth: 0,
    ...(byId ? { limit: 1 } : { pagination: false }),
    overrideAccess,
    user: req.user,
    // A draft save is compared with the latest draft, not the published version.
    draft: args.draft === true,
    req,
  })
  return present.filter((field) =>
    targets.docs.some((doc) => comparable(docFields(doc)[field]) !== comparable(data[field])),
  )
}
