import { isDatabaseUnavailable } from '@/domain/databaseErrors'

describe('isDatabaseUnavailable', () => {
  it('should know PostgreSQL restarting, refusing and cut connections, through wrapped causes', () => {
    const shutdown = Object.assign(
      new Error('terminating connection due to administrator command'),
      {
        code: '57P01',
      },
    )
    expect(isDatabaseUnavailable(shutdown)).toBe(true)
    expect(isDatabaseUnavailable(new Error('Failed query', { cause: shutdown }))).toBe(true)
    expect(
      isDatabaseUnavailable({ code: '57P03', message: 'the database system is starting up' }),
    ).toBe(true)
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })),
    ).toBe(true)
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    // Node's AggregateError when every address refused.
    const refused = Object.assign(new Error('connect'), { code: 'ECONNREFUSED' })
    expect(isDatabaseUnavailable(new AggregateError([refused], ''))).toBe(true)
    expect(isDatabaseUnavailable(Object.assign(new Error('x'), { code: 'SQLITE_BUSY' }))).toBe(true)
  })

  it('should leave every other error alone', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' })),
    ).toBe(false)
    expect(isDatabaseUnavailable(new Error('Cannot read properties of undefined'))).toBe(false)
    expect(isDatabaseUnavailable(Object.assign(new Error('forbidden'), { status: 403 }))).toBe(
      false,
    )
    expect(isDatabaseUnavailable(null)).toBe(false)
    expect(isDatabaseUnavailable('Connection terminated')).toBe(false)
    // A cycle of causes ends.
    const a: { message: string; cause?: unknown } = { message: 'a' }
    a.cause = a
    expect(isDatabaseUnavailable(a)).toBe(false)
  })
})
