import type { CollectionAfterErrorHook } from 'payload'

import { writeAuditEntry } from '@/lib/writeAuditEntry'

/**
 * afterError on an auth collection: a failed login (wrong password, locked account) is written to
 * the audit log with the email that was tried. Payload has no login-failure hook, but every REST
 * error passes through afterError with the request.
 */
export const recordLoginFailure: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  const path = req.pathname ?? ''
  if (!path.endsWith(`/${collection.slug}/login`)) return
  const status = (error as { status?: number }).status ?? 500
  if (status !== 401 && status !== 403 && status !== 423) return
  const email = (req.data as { email?: unknown } | undefined)?.email
  await writeAuditEntry({
    action: 'login-failed',
    collectionSlug: collection.slug,
    userEmail: typeof email === 'string' ? email.slice(0, 254) : undefined,
    req,
  })
}
