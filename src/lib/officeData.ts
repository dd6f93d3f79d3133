import type { PayloadRequest } from 'payload'

import type { ComplaintCategory, ShiftPost } from '@/payload-types'
/** The collections of office data named by code, by slug (`slugs.shiftPosts`…). */
type CodedCollections = {
  'shift-posts': ShiftPost
  'complaint-categories': ComplaintCategory
}

/**
 * The entry a code names in a collection of office data (posts, complaint categories), or null
 * when there is none. Until the office has defined any (a fresh install, a test database), the
 * built-in defaults stand in, so that the office works from the first day. Read with server
 * rights in the caller's transaction: names and flags are not secret.
 */
export const findByCode = async <S extends keyof CodedCollections, Data extends { code: string }>(
  req: PayloadRequest,
  args: {
    collection: S
    code: unknown
    defaults: readonly Data[]
    toData: (doc: CodedCollections[S]) => Data
  },
): Promise<Data | null> => {
  const { collection, code } = args
  if (typeof code !== 'string' || code === '') return null
  const found = await req.payload.find({
    collection,
    where: { code: { equals: code } },
    limit: 1,
    // One row wanted: no count of the matches (a second query on every lookup).
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (found.docs[0]) return args.toData(found.docs[0] as CodedCollections[S])
  const any = await req.payload.count({ collection, overrideAccess: true, req })
  if (any.totalDocs > 0) return null
  return args.defaults.find((entry) => entry.code === code) ?? null
}
