import type { PayloadRequest, RequestContext } from 'payload'

// The flags are declared in src/lib/requestContext.ts; these two names stay importable from here.
export { IMPORTING_HISTORY, SERVER_WRITE } from './requestContext'

/**
 * A request for a nested Local API call that carries extra context, sharing the caller's
 * transaction, user and data loader. Payload's `context` option merges into the *caller's*
 * `req.context` and leaves it there, so a flag passed that way would outlive the nested call and
 * apply to the client's own write; a shallow copy keeps it local.
 */
export const childReq = (req: PayloadRequest, context: RequestContext): PayloadRequest => ({
  ...req,
  context: { ...req.context, ...context },
})

/** A nested request that may set server-only fields. */
export const serverReq = (req: PayloadRequest, extra: RequestContext = {}) =>
  childReq(req, { serverWrite: true, ...extra })
