import type { CollectionAfterErrorHook, PayloadRequest } from 'payload'

import { accountKeyPrefix, normaliseAccount, startsBackoff, throttleKeys } from '@/domain/throttle'
import { queueEmail } from '@/lib/queueEmail'
import { clientAddressOf } from '@/lib/security/clientAddress'
import { recordHits, throttleClock } from '@/lib/security/throttle'
import { writeAuditEntry } from '@/lib/writeAuditEntry'
import { slugs } from '@/slugs'

/**
 * afterError on staff accounts: counts a failed sign-in (401: wrong password or unknown email)
 * and a refused reset token, outside the request's rolled-back transaction. The failure that
 * first slows an account down is audited (`login-locked`) and mailed to the account's owner.
 * Only failures count: an office signing in together from one address is never slowed.
 */
export const countAuthFailures: CollectionAfterErrorHook = async ({ collection, error, req }) => {
  const path = req.pathname ?? ''
  const status = (error as { status?: number }).status ?? 500
  const address = clientAddressOf(req)
  if (path.endsWith(`/${collection.slug}/reset-password`)) {
    if (status >= 400 && status < 500 && status !== 429) {
      await recordHits(req, throttleKeys('reset-password', { address }))
    }
    return
  }
  if (!path.endsWith(`/${collection.slug}/login`) || status !== 401) return
  const email = (req.data as { email?: unknown } | undefined)?.email
  const account = typeof email === 'string' && email.trim() ? normaliseAccount(email) : undefined
  const keys = throttleKeys('sign-in', { account, address })
  const hits = await recordHits(req, keys)
  if (!account) return
  const slowedDown = hits.find(
    (hit, i) =>
      hit.key.startsWith(accountKeyPrefix(account)) && startsBackoff(keys[i].rule, hit.hits),
  )
  if (slowedDown) await reportSlowDown(req, account, slowedDown.blockedUntil)
}

const reportSlowDown = async (req: PayloadRequest, account: string, until: number) => {
  await writeAuditEntry({
    action: 'login-locked',
    collectionSlug: slugs.users,
    userEmail: account,
    req,
  })
  const owner = await req.payload.find({
    collection: slugs.users,
    where: { email: { equals: account } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  if (owner.docs.length === 0) return
  const minutes = Math.max(1, Math.round((until - throttleClock.now()) / 60_000))
  await queueEmail(req, {
    to: [account],
    subject: '您的账号多次登录失败 / Several failed sign-ins to your account',
    text: [
      `您的账号 ${account} 刚刚连续多次登录失败，此后每次失败都要多等一段时间（当前约 ${minutes} 分钟）。`,
      '如果不是您本人，请联系系统管理员；您本人用正确密码仍可在等待后登录，登录成功即恢复。',
      '',
      `There were several failed sign-ins to ${account}. Each further failure now has to wait longer (about ${minutes} min at present).`,
      'If this was not you, tell your administrator. You can still sign in with your password once the wait is over; a successful sign-in clears it.',
    ].join('\n'),
  })
}
