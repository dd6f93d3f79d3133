import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

import { invalidField } from '@/lib/errors'

/** The largest page a client may ask for (the admin's own page sizes go up to 100). */
export const MAX_PAGE_SIZE = 100

/** Requests whose own operation has been judged; a nested call with the same `req` is not. */
const judged = new WeakSet<PayloadRequest>()

/**
 * beforeOperation, first of every collection's: the operation a client asked for through REST or
 * GraphQL gets pages of at most 100 (`limit=0` or `limit=10000` become 100) and is refused
 * `pagination=false` with 400. Only the request's first operation is the client's: the Local
 * API calls that hooks and endpoints make with the same `req` run later and keep
 * `pagination: false` (so do the admin's server-rendered views, whose requests are `local`).
 * Depth is bounded for everyone by `maxDepth` in the config.
 */
export const limitClientReads: CollectionBeforeOperationHook = ({
  args,
  collection,
  overrideAccess,
  req,
}) => {
  if (req.payloadAPI === 'local' || overrideAccess === true || judged.has(req)) return args
  judged.add(req)
  const page = args as { limit?: number; pagination?: boolean }
  if (page.pagination === false) {
    throw invalidField(
      collection.slug,
      'pagination',
      `不能一次取出全部记录，请分页读取（每页最多 ${MAX_PAGE_SIZE} 条） / pagination=false is not allowed: ask for pages of at most ${MAX_PAGE_SIZE}`,
    )
  }
  if (typeof page.limit === 'number' && (page.limit <= 0 || page.limit > MAX_PAGE_SIZE)) {
    page.limit = MAX_PAGE_SIZE
  }
  return args
}
