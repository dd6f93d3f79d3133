import type { PayloadRequest } from 'payload'

import { slugs } from '@/slugs'

import { dialectOf, querySql } from './sql'

/**
 * The next value of a series (e.g. `TS-202611`), atomically, in the caller's transaction: an
 * upsert that increments in one statement, so concurrent registrations never share a number and a
 * rolled-back registration gives its number back. On MongoDB, `$inc` with upsert does the same.
 */
export const nextSequenceNumber = async (
  req: PayloadRequest,
  key: string,
  /** How far to advance: 1 for a number; a running total (the service-visit sample) adds more. */
  by = 1,
): Promise<number> => {
  const { payload } = req
  if (dialectOf(payload) === 'mongoose') {
    const transactionID = req.transactionID ? await req.transactionID : undefined
    // The mongoose adapter's own models, not part of Payload's adapter type.
    const mongo = payload.db as typeof payload.db & {
      collections: Record<
        string,
        { findOneAndUpdate: (...args: unknown[]) => Promise<{ value: number } | null> }
      >
      sessions: Record<string, unknown>
    }
    const doc = await mongo.collections[slugs.counters].findOneAndUpdate(
      { key },
      {
        $inc: { value: by },
        $set: { updatedAt: new Date() },
        $setOnInsert: { createdAt: new Date() },
      },
      {
        upsert: true,
        new: true,
        session: transactionID ? mongo.sessions[String(transactionID)] : undefined,
      },
    )
    return Number(doc?.value)
  }
  const now = new Date().toISOString()
  const rows = await querySql(
    payload,
    req,
    (sql) => sql`
      INSERT INTO counters (key, value, updated_at, created_at)
      VALUES (${key}, ${by}, ${now}, ${now})
      ON CONFLICT (key) DO UPDATE SET value = counters.value + ${by}, updated_at = ${now}
      RETURNING value`,
  )
  return Number(rows[0]?.value)
}
