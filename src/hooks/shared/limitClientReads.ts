import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'
import { parseParams } from 'payload'

import { invalidField } from '@/lib/errors'

/** The largest page a client may ask for (the admin's own page sizes go up to 100). */
export const MAX_PAGE_SIZE = 100

/** Writes by `where` keep their own scope: a page limit there would change only part of it. */
const WRITES = new Set(['create', 'update', 'delete', 'restoreVersion'])

/** GraphQL resolvers whose own operation has been judged (each gets its own `req`). */
const judged = new WeakSet<PayloadRequest>()

type Page = { limit?: number; pagination?: boolean }

/**
 * Which page arguments of this operation the client chose. Through REST they are the request's
 * own query (also when the admin posts it as a form): an operation whose `limit` or
 * `pagination: false` is not in the query was asked for by server code — a hook's lookup, an
 * endpoint's report — and keeps it. Through GraphQL the resolver's operation is the first one
 * run with its `req`; what hooks run later with that `req` is server code.
 */
const clientChose = (req: PayloadRequest, args: Page) => {
  if (req.payloadAPI === 'REST') {
    const query = parseParams((req.query ?? {}) as Record<string, unknown>) as Page
    return {
      pagination: query.pagination === false && args.pagination === false,
      limit: query.limit !== undefined && args.limit === query.limit,
    }
  }
  if (req.payloadAPI === 'GraphQL' && !judged.has(req)) {
    judged.add(req)
    return { pagination: true, limit: true }
  }
  return { pagination: false, limit: false }
}

/**
 * beforeOperation, first of every collection's (Payload's own included): what a client asks for
 * through REST or GraphQL comes in pages of at most 100 (`limit=0` — "all" — and `limit=10000`
 * become 100), and `pagination=false` is refused with 400. Server code keeps `pagination: false`
 * and its own limits: the admin's server-rendered views (their requests are `local`), and the
 * Local API calls that hooks and endpoints make (see `clientChose`). Depth is bounded for
 * everyone by `maxDepth` in the config.
 */
export const limitClientReads: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (req.payloadAPI === 'local' || overrideAccess === true) return args
  // Judged even for a write, so that what its hooks read with the same `req` is server code.
  const chose = clientChose(req, args as Page)
  if (WRITES.has(operation)) return args
  const page = args as Page
  if (chose.pagination && page.pagination === false) {
    throw invalidField(
      collection.slug,
      'pagination',
      `不能一次取出全部记录，请分页读取（每页最多 ${MAX_PAGE_SIZE} 条） / pagination=false is not allowed: ask for pages of at most ${MAX_PAGE_SIZE}`,
    )
  }
  const limit = page.limit
  if (chose.limit && typeof limit === 'number' && (limit <= 0 || limit > MAX_PAGE_SIZE)) {
    page.limit = MAX_PAGE_SIZE
  }
  return args
}
