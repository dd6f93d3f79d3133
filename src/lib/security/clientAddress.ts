import { isIP } from 'node:net'

import type { PayloadRequest } from 'payload'

import { settings } from '@/config/settings'

/**
 * The client's address, for throttling and the audit log. Only behind a trusted proxy
 * (`TRUST_PROXY=true`) does `X-Forwarded-For` say who the client is; otherwise anyone could
 * write any address into it, so requests carry none. The last entry is the one our proxy added
 * (nginx's `$proxy_add_x_forwarded_for` appends the address it saw to whatever the client sent).
 */
export const clientAddressOf = (
  req: Pick<PayloadRequest, 'headers'>,
  trustProxy: boolean = settings.trustProxy,
): string | undefined => {
  if (!trustProxy) return undefined
  const forwarded = req.headers?.get?.('x-forwarded-for')
  const last = forwarded?.split(',').at(-1)?.trim()
  return last && isIP(last) ? last : undefined
}
