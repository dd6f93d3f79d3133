import type { CollectionAfterOperationHook } from 'payload'

import { accountKeyPrefix } from '@/domain/throttle'
import { clearThrottle } from '@/lib/security/throttle'

/** afterOperation: a user manager's unlock also clears the account's sign-in slow-down. */
export const clearThrottleOnUnlock: CollectionAfterOperationHook = async ({
  args,
  operation,
  req,
  result,
}) => {
  if (operation !== 'unlock' || !result) return result
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email === 'string') await clearThrottle(req, accountKeyPrefix(email))
  return result
}
