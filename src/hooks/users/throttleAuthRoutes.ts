import type { CollectionBeforeOperationHook } from 'payload'

import { throttleKeys } from '@/domain/throttle'
import { forbidden, invalidField } from '@/lib/errors'
import { clientAddressOf } from '@/lib/security/clientAddress'
import { recordHits, refuseIfThrottled } from '@/lib/security/throttle'

const MAX_EMAIL_LENGTH = 254

/**
 * beforeOperation on staff accounts: sign-in, forgot-password and reset-password asked for by a
 * client are refused with 429 and `Retry-After` while their counters say wait — before the
 * password is checked, so a throttled guess learns nothing. Forgot-password counts every request
 * (each may send a mail); sign-in and reset failures are counted by `countAuthFailures`.
 * Through GraphQL these operations are refused: its errors bypass the failure count.
 * Server code (the Local API) is not throttled.
 */
export const throttleAuthRoutes: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  if (operation !== 'login' && operation !== 'forgotPassword' && operation !== 'resetPassword') {
    return args
  }
  if (req.payloadAPI === 'local') return args
  if (req.payloadAPI === 'GraphQL') {
    throw forbidden('请通过登录页面或 REST 接口登录 / Sign in through the REST API')
  }
  const address = clientAddressOf(req)
  const email = (args as { data?: { email?: unknown } }).data?.email
  if (typeof email === 'string' && email.length > MAX_EMAIL_LENGTH) {
    throw invalidField(collection.slug, 'email', '邮箱过长 / The email is too long')
  }
  if (operation === 'login') {
    const account = typeof email === 'string' ? email : undefined
    await refuseIfThrottled(req, throttleKeys('sign-in', { account, address }))
  } else if (operation === 'forgotPassword') {
    const keys = throttleKeys('forgot-password', { address })
    await refuseIfThrottled(req, keys)
    // In the request's transaction: Payload opened it before this hook, and on SQLite a write
    // beside it would wait for it.
    await recordHits(req, keys, req)
  } else {
    await refuseIfThrottled(req, throttleKeys('reset-password', { address }))
  }
  return args
}
