import type { CollectionSlug, PayloadRequest, Where } from 'payload'

const comparable = (value: unknown): string =>
  JSON.stringify(value ?? null, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) && 'id' in v && 'createdAt' in v
      ? v.id
      : (v ?? null),
  )

/**
 * Of `fields` present in an update's data, those whose value differs from the stored document(s)
 * the update targets (by id or by `where`). The admin form sends every field back, so a field
 * merely present is not a change; a populated relationship equals its id.
 */
export const fieldsChangedByUpdate = async ({
  args,
  collection,
  fields,
  req,
}: {
  args: { id?: string | number; where?: Where; data?: Record<string, unknown>; draft?: boolean }
  collection: CollectionSlug
  fields: readonly string[]
  req: PayloadRequest
}): Promise<string[]> => {
  const data = args.data ?? {}
  const present = fields.filter((field) => field in data)
  if (present.length === 0) return []
  const targets = await req.payload.find({
    collection,
    where: args.id !== undefined ? { id: { equals: args.id } } : (args.where ?? {}),
    depth: 0,
    pagination: false,
    overrideAccess: true,
    // A draft save is compared with the latest draft, not the published version.
    draft: args.draft === true,
    req,
  })
  return present.filter((field) =>
    targets.docs.some(
      (doc) =>
        comparable((doc as unknown as Record<string, unknown>)[field]) !== comparable(data[field]),
    ),
  )
}
