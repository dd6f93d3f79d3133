import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

import type { PayloadRequest } from 'payload'

import { SURVEY_TOKEN_BYTES, isWellFormedToken, surveyExpiry } from '@/domain/returnVisits/survey'
import type { SurveyToken } from '@/payload-types'
import { slugs } from '@/slugs'

/** The SHA-256 of a token, in hex: what the database keeps instead of the token. */
export const hashSurveyToken = (token: string): string =>
  createHash('sha256').update(token, 'utf8').digest('hex')

/** The path a token opens, on this server. */
export const surveyPath = (token: string) => `/survey/${token}`

/**
 * A new link for a visit: 128 random bits, its hash stored in place of the visit's earlier one
 * (one live link per visit: the earlier link then answers 404), valid `days` days. Runs in the
 * caller's transaction (`req`), under the caller's lock on the visit. Returns the token itself,
 * which is never stored.
 */
export const issueSurveyToken = async (
  req: PayloadRequest,
  visit: number,
  { days, now, sentBy }: { days: number; now: Date; sentBy: number | null },
): Promise<{ token: string; expiresAt: Date }> => {
  const token = randomBytes(SURVEY_TOKEN_BYTES).toString('base64url')
  const expiresAt = surveyExpiry(now, days)
  const data = {
    visit,
    tokenHash: hashSurveyToken(token),
    sentAt: now.toISOString(),
    expiresAt: expiresAt.toISOString(),
    usedAt: null,
    sentBy,
  }
  const earlier = await req.payload.find({
    collection: slugs.surveyTokens,
    where: { visit: { equals: visit } },
    limit: 1,
    depth: 0,
    req,
  })
  if (earlier.docs[0]) {
    await req.payload.update({ collection: slugs.surveyTokens, id: earlier.docs[0].id, data, req })
  } else {
    await req.payload.create({ collection: slugs.surveyTokens, data, req })
  }
  return { token, expiresAt }
}

/**
 * The stored link a token opens, or null: a malformed token (truncated, padded, foreign
 * characters) is never looked up, and an unknown one is not found — both answer the same 404.
 * The lookup is by the hash, which a guesser cannot steer; the hashes found are compared again
 * in constant time.
 */
export const findSurveyToken = async (
  req: PayloadRequest,
  token: unknown,
): Promise<SurveyToken | null> => {
  if (!isWellFormedToken(token)) return null
  const hash = hashSurveyToken(token)
  const found = await req.payload.find({
    collection: slugs.surveyTokens,
    where: { tokenHash: { equals: hash } },
    limit: 1,
    depth: 0,
    req,
  })
  const doc = found.docs[0]
  if (!doc) return null
  const stored = Buffer.from(doc.tokenHash, 'hex')
  const given = Buffer.from(hash, 'hex')
  return stored.length === given.length && timingSafeEqual(stored, given) ? doc : null
}
