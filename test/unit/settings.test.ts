import { readSettings } from '@/config/settings'

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
    expect(() => readSettings({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    const production = readSettings({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) })
    expect(production.isProduction).toBe(true)
  })

  it('should configure SMTP only when SMTP_HOST is set', () => {
    expect(readSettings({}).smtp).toBeUndefined()
    expect(readSettings({ SMTP_HOST: 'mail.local', SMTP_PORT: '2525' }).smtp).toMatchObject({
      host: 'mail.local',
      port: 2525,
    })
  })
})
