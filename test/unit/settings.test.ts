import { DEV_SECRET, productionProblems, readSettings } from '@/config/settings'

describe('readSettings', () => {
  it('should limit CSRF and CORS to the server URL, plus configured origins', () => {
    expect(readSettings({ SERVER_URL: 'https://wuye.example.cn/' }).allowedOrigins).toEqual([
      'https://wuye.example.cn',
    ])
    expect(
      readSettings({ SERVER_URL: 'https://a.cn', CORS_ORIGINS: 'https://b.cn, https://a.cn' })
        .allowedOrigins,
    ).toEqual(['https://a.cn', 'https://b.cn'])
  })

  it('should keep GraphQL off unless ENABLE_GRAPHQL=true', () => {
    expect(readSettings({}).graphQLEnabled).toBe(false)
    expect(readSettings({ ENABLE_GRAPHQL: '1' }).graphQLEnabled).toBe(false)
    expect(readSettings({ ENABLE_GRAPHQL: 'true' }).graphQLEnabled).toBe(true)
  })

  it('should refuse to run in production without a real secret', () => {
    const url = { SERVER_URL: 'https://wuye.example.cn' }
    expect(() => readSettings({ NODE_ENV: 'production', ...url })).toThrow(/PAYLOAD_SECRET/)
    expect(() =>
      readSettings({ NODE_ENV: 'production', ...url, PAYLOAD_SECRET: 'x'.repeat(31) }),
    ).toThrow(/PAYLOAD_SECRET/)
    expect(() =>
      readSettings({ NODE_ENV: 'production', ...url, PAYLOAD_SECRET: DEV_SECRET }),
    ).toThrow(/not the development one/)
    const production = readSettings({
      NODE_ENV: 'production',
      ...url,
      PAYLOAD_SECRET: 'x'.repeat(32),
    })
    expect(production.isProduction).toBe(true)
  })

  it('should refuse to run in production without an explicit SERVER_URL', () => {
    expect(() => readSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) })).toThrow(
      /SERVER_URL must be set/,
    )
  })

  it('should name every problem of a production start at once', () => {
    expect(productionProblems({ NODE_ENV: 'production' })).toHaveLength(2)
  })

  it('should let the build step and development run without a secret or SERVER_URL', () => {
    expect(() =>
      readSettings({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).not.toThrow()
    const development = readSettings({ NODE_ENV: 'development' })
    expect(development.secret).toBe(DEV_SECRET)
    expect(development.serverURL).toBe('http://localhost:3000')
  })

  it('should trust X-Forwarded-For only with TRUST_PROXY=true', () => {
    expect(readSettings({}).trustProxy).toBe(false)
    expect(readSettings({ TRUST_PROXY: '1' }).trustProxy).toBe(false)
    expect(readSettings({ TRUST_PROXY: 'true' }).trustProxy).toBe(true)
  })

  it('should configure SMTP only when SMTP_HOST is set', () => {
    expect(readSettings({}).smtp).toBeUndefined()
    expect(readSettings({ SMTP_HOST: 'mail.local', SMTP_PORT: '2525' }).smtp).toMatchObject({
      host: 'mail.local',
      port: 2525,
    })
  })

  it('should work 100 overdue cases a run unless ESCALATION_BATCH_SIZE says otherwise', () => {
    expect(readSettings({}).escalationBatchSize).toBe(100)
    expect(readSettings({ ESCALATION_BATCH_SIZE: '25' }).escalationBatchSize).toBe(25)
    for (const bad of ['0', '-3', 'many', '']) {
      expect(readSettings({ ESCALATION_BATCH_SIZE: bad }).escalationBatchSize).toBe(100)
    }
  })
})
