import type { PayloadRequest } from 'payload'

/**
 * The `req.context` flag with which server code (transition endpoints, hooks, jobs) marks a write
 * that may set fields the client never sets: status, numbers, sign-offs, derived values.
 */
export const SERVER_WRITE = 'serverWrite'

/**
 * The `req.context` flag of an import of past records (the demo quarter, a migration from paper):
 * what happened months ago is not reported again by email.
 */
export const IMPORTING_HISTORY = 'importingHistory'

/**
 * A request for a nested Local API call that carries extra context, sharing the caller's
 * transaction, user and data loader. Payload's `context` option merges into the *caller's*
 * `req.context` and leaves it there, so a flag passed that way would outlive the nested call and
 * apply to the client's own write; a shallow copy keeps it local.
 */
export const childReq = (req: PayloadRequest, context: Record<string, unknown>): PayloadRequest =>
  ({ ...req, context: { ...req.context, ...context } }) as PayloadRequest

/** A nested request that may set server-only fields. */
export const serverReq = (req: PayloadRequest, extra: Record<string, unknown> = {}) =>
  childReq(req, { [SERVER_WRITE]: true, ...extra })
