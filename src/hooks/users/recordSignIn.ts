import type { CollectionAfterLoginHook } from 'payload'

import type { User } from '@/payload-types'
import { accountKeyPrefix } from '@/domain/throttle'
import { clearThrottle } from '@/lib/security/throttle'
import { writeAuditEntry } from '@/lib/writeAuditEntry'

/**
 * afterLogin: a successful sign-in is audited and clears the account's failure counters (from
 * every address), in the sign-in's transaction.
 */
export const recordSignIn: CollectionAfterLoginHook<User> = async ({ collection, req, user }) => {
  const email = (user as { email?: string }).email
  if (email) await clearThrottle(req, accountKeyPrefix(email))
  await writeAuditEntry({
    action: 'login',
    collectionSlug: collection.slug,
    docId: user.id,
    userEmail: email,
    req,
  })
  return user
}
