/**
 * Throttling rules for the routes that work without a session (sign-in, forgot-password,
 * reset-password, and later the residents' survey pages). Pure: counters come in, decisions go
 * out; `src/lib/security/throttle.ts` keeps the counters in the database.
 *
 * A counter holds the hits of one key (an account, a client address, or everyone) since its
 * window started. A rule turns the hit count into a time until which the key is refused:
 * - `backoff`: after `free` hits each further hit doubles the wait, from `baseMs` up to `maxMs`
 *   (progressive slow-down, never a lock longer than `maxMs`);
 * - `window`: after `free` hits the key is refused until its window ends (a cap per period).
 */
export type ThrottleRule = {
  /** Hits allowed in a window before the key is slowed down or refused. */
  free: number
  /** How long hits are remembered, from the first one. */
  windowMs: number
  mode: 'backoff' | 'window'
  baseMs?: number
  maxMs?: number
}

const SECOND = 1000
const MINUTE = 60 * SECOND

/**
 * The office's rules. An address is known only behind a trusted proxy (`TRUST_PROXY=true`).
 * Only failed sign-ins count, so an office signing in together from one router is never slowed.
 */
export const THROTTLE_RULES = {
  /** Failed sign-ins of one account (from one address, when addresses are known). */
  signInAccount: {
    free: 5,
    windowMs: 60 * MINUTE,
    mode: 'backoff',
    baseMs: 30 * SECOND,
    maxMs: 15 * MINUTE,
  },
  /** Failed sign-ins of one account from any address: many addresses guessing one password. */
  signInAccountEverywhere: {
    free: 20,
    windowMs: 60 * MINUTE,
    mode: 'backoff',
    baseMs: 30 * SECOND,
    maxMs: 15 * MINUTE,
  },
  /** Failed sign-ins from one address, across accounts (password spraying). */
  signInAddress: { free: 20, windowMs: 15 * MINUTE, mode: 'window' },
  /** Failed sign-ins from everyone, when no address is known. */
  signInGlobal: { free: 60, windowMs: MINUTE, mode: 'window' },
  /** Password-reset mails asked for, per address or from everyone. */
  forgotPasswordAddress: { free: 10, windowMs: 15 * MINUTE, mode: 'window' },
  forgotPasswordGlobal: { free: 60, windowMs: MINUTE, mode: 'window' },
  /** Reset tokens tried and refused, per address or from everyone. */
  resetPasswordAddress: { free: 10, windowMs: 15 * MINUTE, mode: 'window' },
  resetPasswordGlobal: { free: 30, windowMs: MINUTE, mode: 'window' },
  /**
   * Residents' survey pages (every request, opened or answered), per address or from everyone. A
   * resident opens the page, answers, perhaps corrects once: a handful; a token is never guessed
   * (128 bits), so the cap only keeps a script from hammering the pages and the database.
   */
  surveyAddress: { free: 30, windowMs: 10 * MINUTE, mode: 'window' },
  surveyGlobal: { free: 300, windowMs: MINUTE, mode: 'window' },
} as const satisfies Record<string, ThrottleRule>

export type ThrottleRoute = 'sign-in' | 'forgot-password' | 'reset-password' | 'survey'

export type ThrottleKey = { key: string; rule: ThrottleRule }

/** Emails as Payload compares them; never longer than an email can be. */
export const normaliseAccount = (email: string): string => email.trim().toLowerCase().slice(0, 254)

/**
 * The counters a request of a route is judged by. `account` only for sign-in; `address` only
 * when a trusted proxy named it — without one, everyone shares the global cap.
 */
export const throttleKeys = (
  route: ThrottleRoute,
  { account, address }: { account?: string; address?: string },
): ThrottleKey[] => {
  const keys: ThrottleKey[] = []
  const where = address
    ? { key: `${route}:address:${address}`, rule: ruleFor(route, 'address') }
    : { key: `${route}:global`, rule: ruleFor(route, 'global') }
  if (route === 'sign-in' && account) {
    const email = normaliseAccount(account)
    if (address) {
      keys.push({ key: `${route}:account:${email}|${address}`, rule: THROTTLE_RULES.signInAccount })
      keys.push({ key: `${route}:account:${email}`, rule: THROTTLE_RULES.signInAccountEverywhere })
    } else {
      keys.push({ key: `${route}:account:${email}`, rule: THROTTLE_RULES.signInAccount })
    }
  }
  keys.push(where)
  return keys
}

const ruleFor = (route: ThrottleRoute, scope: 'address' | 'global'): ThrottleRule => {
  switch (route) {
    case 'sign-in':
      return scope === 'address' ? THROTTLE_RULES.signInAddress : THROTTLE_RULES.signInGlobal
    case 'forgot-password':
      return scope === 'address'
        ? THROTTLE_RULES.forgotPasswordAddress
        : THROTTLE_RULES.forgotPasswordGlobal
    case 'reset-password':
      return scope === 'address'
        ? THROTTLE_RULES.resetPasswordAddress
        : THROTTLE_RULES.resetPasswordGlobal
    case 'survey':
      return scope === 'address' ? THROTTLE_RULES.surveyAddress : THROTTLE_RULES.surveyGlobal
  }
}

/** The key prefix that covers an account's sign-in counters, from every address. */
export const accountKeyPrefix = (email: string) => `sign-in:account:${normaliseAccount(email)}`

/** Whether a counter's window has ended, so that the next hit starts a new one. */
export const windowEnded = (rule: ThrottleRule, windowStart: number, now: number): boolean =>
  now - windowStart >= rule.windowMs

/**
 * Until when a key is refused after its `hits`-th hit in the window that started at
 * `windowStart`; 0 when it is not refused.
 */
export const blockedUntil = (
  rule: ThrottleRule,
  hits: number,
  windowStart: number,
  now: number,
): number => {
  if (hits < rule.free) return 0
  if (rule.mode === 'window') return windowStart + rule.windowMs
  const base = rule.baseMs ?? 30 * SECOND
  const max = rule.maxMs ?? 15 * MINUTE
  const wait = Math.min(base * 2 ** Math.min(hits - rule.free, 30), max)
  return now + wait
}

/** Whole seconds to wait, for `Retry-After`: at least 1. */
export const retryAfterSeconds = (until: number, now: number): number =>
  Math.max(1, Math.ceil((until - now) / SECOND))

/**
 * Whether this hit is the one that first slows the key down in its window: the moment to tell
 * an account's owner, once, and to audit a lockout.
 */
export const startsBackoff = (rule: ThrottleRule, hits: number): boolean => hits === rule.free
