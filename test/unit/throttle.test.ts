import {
  accountKeyPrefix,
  blockedUntil,
  retryAfterSeconds,
  startsBackoff,
  THROTTLE_RULES,
  throttleKeys,
  windowEnded,
} from '@/domain/throttle'

const SECOND = 1000
const MINUTE = 60 * SECOND

describe('throttleKeys', () => {
  it('should judge a sign-in by the account and the global cap when no address is known', () => {
    const keys = throttleKeys('sign-in', { account: ' Director@Demo.local ' })
    expect(keys.map((k) => k.key)).toEqual([
      'sign-in:account:director@demo.local',
      'sign-in:global',
    ])
    expect(keys[0].rule).toBe(THROTTLE_RULES.signInAccount)
    expect(keys[1].rule).toBe(THROTTLE_RULES.signInGlobal)
  })

  it('should judge a sign-in by account and address, the account everywhere, and the address', () => {
    const keys = throttleKeys('sign-in', { account: 'a@b.cn', address: '203.0.113.9' })
    expect(keys.map((k) => k.key)).toEqual([
      'sign-in:account:a@b.cn|203.0.113.9',
      'sign-in:account:a@b.cn',
      'sign-in:address:203.0.113.9',
    ])
    expect(
      keys.every((k) => k.key.startsWith(accountKeyPrefix('A@B.cn')) || k.key.includes('address')),
    ).toBe(true)
  })

  it('should judge forgot-password and reset-password by address, or globally', () => {
    expect(throttleKeys('forgot-password', { account: 'x@y.cn' }).map((k) => k.key)).toEqual([
      'forgot-password:global',
    ])
    expect(throttleKeys('reset-password', { address: '::1' }).map((k) => k.key)).toEqual([
      'reset-password:address:::1',
    ])
  })

  it('should bound the account part of a key to an email’s length', () => {
    const [key] = throttleKeys('sign-in', { account: 'a'.repeat(2_000_000) })
    expect(key.key.length).toBeLessThan(300)
  })
})

describe('blockedUntil', () => {
  const rule = THROTTLE_RULES.signInAccount
  const now = 1_000_000

  it('should let the first four failures through and slow down from the fifth, doubling', () => {
    for (let hits = 1; hits < rule.free; hits++) expect(blockedUntil(rule, hits, now, now)).toBe(0)
    expect(blockedUntil(rule, 5, now, now)).toBe(now + 30 * SECOND)
    expect(blockedUntil(rule, 6, now, now)).toBe(now + 60 * SECOND)
    expect(blockedUntil(rule, 7, now, now)).toBe(now + 120 * SECOND)
  })

  it('should never slow an account down for longer than fifteen minutes', () => {
    expect(blockedUntil(rule, 50, now, now)).toBe(now + 15 * MINUTE)
    expect(blockedUntil(rule, 5000, now, now)).toBe(now + 15 * MINUTE)
  })

  it('should refuse a capped key until its window ends', () => {
    const cap = THROTTLE_RULES.signInGlobal
    const start = now - 10 * SECOND
    expect(blockedUntil(cap, cap.free - 1, start, now)).toBe(0)
    expect(blockedUntil(cap, cap.free, start, now)).toBe(start + MINUTE)
  })

  it('should tell the owner once, on the failure that starts the slow-down', () => {
    expect([4, 5, 6].map((hits) => startsBackoff(rule, hits))).toEqual([false, true, false])
  })

  it('should forget a window once it has ended', () => {
    expect(windowEnded(rule, now, now + 59 * MINUTE)).toBe(false)
    expect(windowEnded(rule, now, now + 60 * MINUTE)).toBe(true)
  })

  it('should round Retry-After up to whole seconds, at least one', () => {
    expect(retryAfterSeconds(now + 1500, now)).toBe(2)
    expect(retryAfterSeconds(now + 10, now)).toBe(1)
  })
})
