import type { CollectionBeforeValidateHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * beforeValidate: setting a new password — one's own change, or the reset mail's token (Payload's
 * reset-password passes the stored user as `data`, and the new password only in the body) — ends
 * the one-time password's restrictions (`requirePasswordChange`).
 */
export const clearPasswordChangeRequirement: CollectionBeforeValidateHook<User> = ({
  data,
  operation,
  req,
}) => {
  // A new account's first password is the one-time password itself.
  if (!data || operation !== 'update') return data
  const body = req.data as { password?: unknown; token?: unknown } | undefined
  const newPassword =
    (typeof data.password === 'string' && data.password !== '') ||
    (typeof body?.token === 'string' && typeof body.password === 'string')
  if (newPassword && data.mustChangePassword === true) data.mustChangePassword = false
  return data
}
