import {
  adminContentSecurityPolicy,
  API_CONTENT_SECURITY_POLICY,
  staticSecurityHeaders,
} from '@/config/securityHeaders'

const asMap = (headers: Array<{ key: string; value: string }>) =>
  Object.fromEntries(headers.map((h) => [h.key, h.value]))

describe('security headers', () => {
  it('should forbid framing and sniffing, and send HSTS only in production', () => {
    const development = asMap(staticSecurityHeaders({ isProduction: false }))
    expect(development).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    expect(development['Strict-Transport-Security']).toBeUndefined()
    const production = asMap(staticSecurityHeaders({ isProduction: true }))
    expect(production['Strict-Transport-Security']).toMatch(/^max-age=31536000/)
  })

  it('should run only scripts with the page’s nonce in the admin, and allow eval only in development', () => {
    const policy = adminContentSecurityPolicy({ nonce: 'abc123', isDevelopment: false })
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(adminContentSecurityPolicy({ nonce: 'n', isDevelopment: true })).toContain(
      "'unsafe-eval'",
    )
  })

  it('should let nothing on the API run as a page or be framed', () => {
    expect(API_CONTENT_SECURITY_POLICY).toBe("default-src 'none'; frame-ancestors 'none'")
  })
})
