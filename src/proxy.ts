import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

const COOKIE = 'payload-lng'

/**
 * Chinese is the office's working language: the admin opens in Chinese whatever the browser's
 * language, until the person picks English in their account settings (Payload then sets this
 * cookie itself). The first request is rendered in Chinese too: the cookie is added to it.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.has(COOKIE)) return NextResponse.next()
  const headers = new Headers(request.headers)
  const cookie = headers.get('cookie')
  headers.set('cookie', cookie ? `${cookie}; ${COOKIE}=zh` : `${COOKIE}=zh`)
  const response = NextResponse.next({ request: { headers } })
  response.cookies.set(COOKIE, 'zh', { path: '/', sameSite: 'lax' })
  return response
}

export const config = { matcher: ['/admin/:path*'] }
