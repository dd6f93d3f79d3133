/**
 * The security headers, in one place: `next.config.ts` sends the static ones on every response,
 * `src/proxy.ts` adds the admin's Content-Security-Policy with a fresh nonce per page. Pure.
 */
export type Header = { key: string; value: string }

const ONE_YEAR = 365 * 24 * 60 * 60

/** On every response, admin and API alike. HSTS only in production, which sits behind HTTPS. */
export const staticSecurityHeaders = ({ isProduction }: { isProduction: boolean }): Header[] => [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(isProduction
    ? [{ key: 'Strict-Transport-Security', value: `max-age=${ONE_YEAR}; includeSubDomains` }]
    : []),
]

/**
 * The API answers JSON, PDFs and uploaded files: nothing on it runs as a page, and nothing may
 * frame it.
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'"

/**
 * The residents' survey pages (`/survey/<token>`): plain HTML with its own inline styles and no
 * script at all, a form posting back to this server, nothing framing it.
 */
export const SURVEY_CONTENT_SECURITY_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

/**
 * The admin's policy. Scripts run only with this response's nonce (Next puts it on its own
 * scripts) or when loaded by such a script (`strict-dynamic`); `next dev` also needs `eval` for
 * its refresh runtime and a websocket. Styles may be inline: React and Payload set `style`
 * attributes, which a nonce cannot cover. Images may be `data:`/`blob:` (previews of uploads).
 */
export const adminContentSecurityPolicy = ({
  nonce,
  isDevelopment,
}: {
  nonce: string
  isDevelopment: boolean
}): string =>
  [
    `default-src 'self'`,
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self' data:`,
    `connect-src 'self'${isDevelopment ? ' ws: wss:' : ''}`,
    `frame-src 'self'`,
    `worker-src 'self' blob:`,
    `object-src 'none'`,
    `base-uri 'self'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join('; ')
