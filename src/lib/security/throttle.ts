import type { CollectionSlug, PayloadRequest } from 'payload'
import { APIError } from 'payload'

import type { ThrottleKey, ThrottleRule } from '@/domain/throttle'
import { blockedUntil, retryAfterSeconds, windowEnded } from '@/domain/throttle'
import { dialectOf, querySql } from '@/lib/sql'
import { slugs } from '@/slugs'

// Typed once the lead regenerates src/payload-types.ts with the new collection.
const THROTTLES = slugs.throttles as string as CollectionSlug

/** The throttle's clock. Tests replace `now` to check "429, then recovery" without sleeping. */
export const throttleClock = { now: (): number => Date.now() }

type Row = { key: string; hits: number; windowStart: number; blockedUntil: number }

/** Counters older than this are removed now and then (unknown emails would pile up otherwise). */
const FORGET_AFTER_MS = 24 * 60 * 60 * 1000
let hitsSincePrune = 0

/**
 * Runs against the request's transaction when it has one (`req`), or on its own (`undefined`):
 * a failure is counted after its request has rolled back.
 */
type Scope = PayloadRequest | undefined

const readRow = async (req: PayloadRequest, scope: Scope, key: string): Promise<Row | null> => {
  const { payload } = req
  if (dialectOf(payload) === 'mongoose') {
    const doc = await payload.db.findOne<Row & { id: string }>({
      collection: THROTTLES,
      where: { key: { equals: key } },
      req: scope,
    })
    return doc ? toRow(doc) : null
  }
  const rows = await querySql(
    payload,
    scope,
    (sql) => sql`
      SELECT key, hits, window_start AS "windowStart", blocked_until AS "blockedUntil"
      FROM throttles WHERE key = ${key}`,
  )
  return rows[0] ? toRow(rows[0]) : null
}

const toRow = (raw: Record<string, unknown>): Row => ({
  key: String(raw.key),
  hits: Number(raw.hits),
  windowStart: Number(raw.windowStart),
  blockedUntil: Number(raw.blockedUntil),
})

/**
 * Seconds to wait before this request may be served, or null. Judged on every counter of the
 * request; the longest wait wins.
 */
export const throttleWait = async (req: PayloadRequest, keys: ThrottleKey[]) => {
  const now = throttleClock.now()
  let until = 0
  for (const { key } of keys) {
    const row = await readRow(req, undefined, key)
    if (row && row.blockedUntil > until) until = row.blockedUntil
  }
  return until > now ? retryAfterSeconds(until, now) : null
}

/** 429 with `Retry-After`, in Chinese and English. */
export const tooManyRequests = (req: PayloadRequest, seconds: number): APIError => {
  req.responseHeaders ??= new Headers()
  req.responseHeaders.set('Retry-After', String(seconds))
  const wait = seconds >= 120 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`
  const waitEn = seconds >= 120 ? `${Math.ceil(seconds / 60)} min` : `${seconds} s`
  return new APIError(
    `尝试次数过多，请 ${wait}后再试 / Too many attempts: try again in ${waitEn}`,
    429,
    { retryAfter: seconds },
    true,
  )
}

/** Refuses the request with 429 while any of its counters says wait. */
export const refuseIfThrottled = async (req: PayloadRequest, keys: ThrottleKey[]) => {
  const wait = await throttleWait(req, keys)
  if (wait !== null) throw tooManyRequests(req, wait)
}

export type Hit = { key: string; hits: number; blockedUntil: number }

/**
 * Counts one hit on each key, atomically (an upsert that increments in one statement, so
 * processes and concurrent requests never lose a count), and sets how long each is refused.
 */
export const recordHits = async (
  req: PayloadRequest,
  keys: ThrottleKey[],
  scope: Scope = undefined,
): Promise<Hit[]> => {
  const now = throttleClock.now()
  const results: Hit[] = []
  for (const { key, rule } of keys) {
    const { hits, windowStart } = await increment(req, scope, key, rule, now)
    const until = blockedUntil(rule, hits, windowStart, now)
    if (until > now) await setBlockedUntil(req, scope, key, until)
    results.push({ key, hits, blockedUntil: until })
  }
  if (++hitsSincePrune >= 100) {
    hitsSincePrune = 0
    await forgetOldCounters(req, now - FORGET_AFTER_MS)
  }
  return results
}

const increment = async (
  req: PayloadRequest,
  scope: Scope,
  key: string,
  rule: ThrottleRule,
  now: number,
): Promise<{ hits: number; windowStart: number }> => {
  const { payload } = req
  const expired = now - rule.windowMs
  const at = new Date(now).toISOString()
  if (dialectOf(payload) === 'mongoose') {
    // Not atomic on MongoDB (wired, untested here): a read, then a write.
    const row = await readRow(req, scope, key)
    const fresh = !row || windowEnded(rule, row.windowStart, now)
    const next = { hits: fresh ? 1 : row!.hits + 1, windowStart: fresh ? now : row!.windowStart }
    if (row) {
      await payload.db.updateOne({
        collection: THROTTLES,
        where: { key: { equals: key } },
        data: { ...next, blockedUntil: fresh ? 0 : row.blockedUntil },
        req: scope,
      })
    } else {
      await payload.db.create({
        collection: THROTTLES,
        data: { key, ...next, blockedUntil: 0 },
        req: scope,
      })
    }
    return next
  }
  const rows = await querySql(
    payload,
    scope,
    (sql) => sql`
      INSERT INTO throttles (key, hits, window_start, blocked_until, updated_at, created_at)
      VALUES (${key}, 1, ${now}, 0, ${at}, ${at})
      ON CONFLICT (key) DO UPDATE SET
        hits = CASE WHEN throttles.window_start <= ${expired} THEN 1 ELSE throttles.hits + 1 END,
        window_start = CASE WHEN throttles.window_start <= ${expired}
          THEN ${now} ELSE throttles.window_start END,
        blocked_until = CASE WHEN throttles.window_start <= ${expired}
          THEN 0 ELSE throttles.blocked_until END,
        updated_at = ${at}
      RETURNING hits, window_start AS "windowStart"`,
  )
  return { hits: Number(rows[0]?.hits), windowStart: Number(rows[0]?.windowStart) }
}

const setBlockedUntil = async (req: PayloadRequest, scope: Scope, key: string, until: number) => {
  const { payload } = req
  if (dialectOf(payload) === 'mongoose') {
    await payload.db.updateOne({
      collection: THROTTLES,
      where: { key: { equals: key } },
      data: { blockedUntil: until },
      req: scope,
    })
    return
  }
  // Never shortens a wait another process has just set.
  await querySql(
    payload,
    scope,
    (sql) => sql`
      UPDATE throttles SET blocked_until = ${until}
      WHERE key = ${key} AND blocked_until < ${until}`,
  )
}

/**
 * Forgets the counters of a key and of every key that starts with `prefix` (an account's
 * counters from every address): after a successful sign-in, or when a manager unlocks.
 */
export const clearThrottle = async (req: PayloadRequest, key: string, scope: Scope = req) => {
  const { payload } = req
  const prefix = `${key}|`
  if (dialectOf(payload) === 'mongoose') {
    await payload.db.deleteMany({
      collection: THROTTLES,
      where: { or: [{ key: { equals: key } }, { key: { like: prefix } }] },
      req: scope,
    })
    return
  }
  await querySql(
    payload,
    scope,
    (sql) => sql`
      DELETE FROM throttles
      WHERE key = ${key} OR substr(key, 1, ${prefix.length}) = ${prefix}`,
  )
}

const forgetOldCounters = async (req: PayloadRequest, before: number) => {
  const { payload } = req
  if (dialectOf(payload) === 'mongoose') return
  await querySql(
    payload,
    undefined,
    (sql) => sql`
      DELETE FROM throttles WHERE window_start < ${before} AND blocked_until < ${before}`,
  )
}
