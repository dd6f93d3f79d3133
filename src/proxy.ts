import type { NextRequest } from 'next/server'
import { NextResponse } from 'next/server'

import { settings } from '@/config/settings'
import {
  adminContentSecurityPolicy,
  API_CONTENT_SECURITY_POLICY,
  SURVEY_CONTENT_SECURITY_POLICY,
} from '@/config/securityHeaders'

const COOKIE = 'payload-lng'
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH'])

export type ProxyOptions = {
  isProduction: boolean
  isDevelopment: boolean
  /** Largest body of a JSON or form request. */
  requestMaxBytes: number
  /** Largest uploaded file; a multipart request may carry it plus `requestMaxBytes`. */
  uploadMaxBytes: number
}

const jsonError = (status: number, message: string) =>
  NextResponse.json(
    { errors: [{ message }] },
    { status, headers: { 'Content-Security-Policy': API_CONTENT_SECURITY_POLICY } },
  )

/**
 * A request body over the limit is answered 413 here, from its `Content-Length`, before Payload
 * reads it (Payload reads a JSON body whole, with no limit of its own). A body without a length
 * (chunked) is refused with 411: browsers always send the length, and a stream of unknown size
 * cannot be judged without reading it. Next buffers what it passes on to the route only up to
 * `proxyClientMaxBodySize` (next.config.ts), the same sum.
 */
const refuseLargeBody = (request: NextRequest, options: ProxyOptions) => {
  if (!BODY_METHODS.has(request.method)) return null
  const length = request.headers.get('content-length')
  const type = request.headers.get('content-type') ?? ''
  const limit = type.startsWith('multipart/')
    ? options.uploadMaxBytes + options.requestMaxBytes
    : options.requestMaxBytes
  if (length === null) {
    if (request.headers.has('transfer-encoding')) {
      return jsonError(411, '请求须注明长度 / Content-Length is required')
    }
    return null
  }
  const bytes = Number(length)
  if (!Number.isFinite(bytes) || bytes < 0) {
    return jsonError(400, 'Content-Length 无效 / Invalid Content-Length')
  }
  if (bytes > limit) {
    const mb = (limit / 1024 / 1024).toFixed(1)
    return jsonError(413, `请求过大，上限 ${mb} MB / Request body too large: at most ${mb} MB`)
  }
  return null
}

const firstUserRefusal = () =>
  new NextResponse(
    `<!doctype html><html lang="zh"><meta charset="utf-8"><title>物业客服</title>
<body style="font-family:sans-serif;max-width:40em;margin:4em auto">
<h1>首个管理员须在服务器上创建</h1>
<p>生产环境不开放首个账号注册。请在服务器上运行：</p>
<pre>npm run create-admin -- you@example.cn</pre>
<p>它会打印一次性密码，首次登录后请立即修改。</p>
<h2>The first administrator is created on the server</h2>
<p>First registration is closed in production. On the server, run
<code>npm run create-admin -- you@example.cn</code>; it prints a one-time password to change at
first sign-in.</p></body></html>`,
    {
      status: 403,
      headers: {
        'Content-Type': 'text/html; charset=utf-8',
        'Content-Security-Policy':
          "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
      },
    },
  )

/**
 * The admin's pages: a Content-Security-Policy with a fresh nonce (Next reads it from the request
 * and puts it on its scripts), and Chinese as the office's working language — the admin opens in
 * Chinese whatever the browser's language, until the person picks English in their account
 * settings (Payload then sets the cookie itself); the first request is rendered in Chinese too.
 */
const adminPage = (request: NextRequest, options: ProxyOptions) => {
  if (options.isProduction && request.nextUrl.pathname.startsWith('/admin/create-first-user')) {
    return firstUserRefusal()
  }
  const nonce = Buffer.from(crypto.randomUUID()).toString('base64')
  const policy = adminContentSecurityPolicy({ nonce, isDevelopment: options.isDevelopment })
  const headers = new Headers(request.headers)
  headers.set('x-nonce', nonce)
  headers.set('Content-Security-Policy', policy)
  const hasLanguage = request.cookies.has(COOKIE)
  if (!hasLanguage) {
    const cookie = headers.get('cookie')
    headers.set('cookie', cookie ? `${cookie}; ${COOKIE}=zh` : `${COOKIE}=zh`)
  }
  const response = NextResponse.next({ request: { headers } })
  response.headers.set('Content-Security-Policy', policy)
  if (!hasLanguage) response.cookies.set(COOKIE, 'zh', { path: '/', sameSite: 'lax' })
  return response
}

export const createProxy = (options: ProxyOptions) => (request: NextRequest) => {
  if (request.nextUrl.pathname.startsWith('/api')) {
    const refusal = refuseLargeBody(request, options)
    if (refusal) return refusal
    const response = NextResponse.next()
    response.headers.set('Content-Security-Policy', API_CONTENT_SECURITY_POLICY)
    return response
  }
  // The residents' survey pages: the same body limit, their own script-free policy, and none
  // of the admin's nonce or language cookie.
  if (request.nextUrl.pathname.startsWith('/survey/')) {
    const refusal = refuseLargeBody(request, options)
    if (refusal) return refusal
    const response = NextResponse.next()
    response.headers.set('Content-Security-Policy', SURVEY_CONTENT_SECURITY_POLICY)
    return response
  }
  return adminPage(request, options)
}

export const proxy = createProxy({
  isProduction: settings.isProduction,
  isDevelopment: process.env.NODE_ENV === 'development',
  requestMaxBytes: settings.requestMaxBytes,
  uploadMaxBytes: settings.uploadMaxBytes,
})

export const config = { matcher: ['/admin/:path*', '/api/:path*', '/survey/:path*'] }
