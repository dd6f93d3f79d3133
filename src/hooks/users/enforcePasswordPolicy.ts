import type { CollectionBeforeValidateHook } from 'payload'

import type { User } from '@/payload-types'
import { passwordProblem } from '@/domain/passwordPolicy'
import { invalidField } from '@/lib/errors'

/**
 * beforeValidate: Payload's own check wants 3 characters; the office wants 12. The reset-password
 * operation passes the stored user as `data` and the new password only in the request body.
 */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<User> = ({
  collection,
  data,
  req,
}) => {
  const body = req.data as { password?: unknown; token?: unknown } | undefined
  const candidate =
    typeof data?.password === 'string'
      ? data.password
      : typeof body?.token === 'string' && typeof body.password === 'string'
        ? body.password
        : undefined
  if (candidate === undefined) return data
  const problem = passwordProblem(candidate)
  if (problem) {
    throw invalidField(collection.slug, 'password', problem)
  }
  return data
}
