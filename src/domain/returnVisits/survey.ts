/**
 * The survey a resident answers themselves (书面回访 by link, issue 17 item 5): the rules of its
 * link and of its answers. Pure: no Payload, no clock but the one passed in.
 */
import type { Rating } from '@/domain/complaints/returnVisits'
import { RATINGS } from '@/domain/complaints/returnVisits'

import type { SurveyAspect, VisitKind } from './kinds'
import { SURVEY_ASPECT_KEYS, SURVEY_ASPECTS } from './kinds'

/** A link is valid this many days after it is sent unless the office settings say otherwise. */
export const SURVEY_LINK_DAYS = 14

/**
 * 16 random bytes (128 bits: never guessed, at any rate the throttle allows), written in
 * base64url: 22 characters — short enough to type from the printed slip, which has no QR code.
 */
export const SURVEY_TOKEN_BYTES = 16
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{22}$/

/** Whether a string can be a token at all: a truncated or padded one is not looked up. */
export const isWellFormedToken = (token: unknown): token is string =>
  typeof token === 'string' && TOKEN_PATTERN.test(token)

const DAY = 24 * 60 * 60 * 1000

/** When a link sent at `sentAt` stops working. */
export const surveyExpiry = (sentAt: Date, days: number): Date =>
  new Date(sentAt.getTime() + Math.max(1, days) * DAY)

export type SurveyTokenState =
  /** The resident may answer. */
  | 'open'
  /** The link has passed its expiry date (410). */
  | 'expired'
  /** The resident has answered through it already (410). */
  | 'used'
  /** Staff recorded the visit before the resident answered (409). */
  | 'recorded'

/** What a link allows now. An answer already given wins over expiry; staff's record over both. */
export const surveyTokenState = (
  token: { expiresAt: string | Date; usedAt?: string | Date | null },
  visitStatus: string | null | undefined,
  now: Date,
): SurveyTokenState => {
  if (token.usedAt) return 'used'
  if (visitStatus === 'done') return 'recorded'
  if (new Date(token.expiresAt).getTime() <= now.getTime()) return 'expired'
  return 'open'
}

/** The HTTP status of a link that cannot be answered. */
export const SURVEY_REFUSAL_STATUS: Record<Exclude<SurveyTokenState, 'open'>, 409 | 410> = {
  expired: 410,
  used: 410,
  recorded: 409,
}

/** The ratings asked of every visit but the comprehensive survey. */
export const VISIT_RATING_FIELDS = {
  quality: { zh: '服务质量', en: 'Quality' },
  effect: { zh: '服务效果', en: 'Effect' },
  overall: { zh: '综合评价', en: 'Overall' },
} as const
export type VisitRatingField = keyof typeof VISIT_RATING_FIELDS

export const SURVEY_TEXT_FIELDS = {
  shortcomings: { zh: '存在不足', en: 'Shortcomings' },
  suggestions: { zh: '意见建议', en: 'Suggestions' },
  residentWords: { zh: '您想对我们说的话', en: 'In your own words' },
} as const
export type SurveyTextField = keyof typeof SURVEY_TEXT_FIELDS
export const SURVEY_TEXT_MAX = 5000

/** The visits that follow a case ask whether the problem was solved. */
export const asksSolved = (kind: VisitKind | null): boolean =>
  kind === 'complaint' || kind === 'repair'

/** The questions a visit of this kind asks: the 13 aspects for the survey, else three ratings. */
export const ratingQuestions = (
  kind: VisitKind | null,
): Array<{ name: string; zh: string; en: string }> =>
  kind === 'survey'
    ? SURVEY_ASPECT_KEYS.map((key) => ({ name: `aspect-${key}`, ...SURVEY_ASPECTS[key] }))
    : (Object.keys(VISIT_RATING_FIELDS) as VisitRatingField[]).map((key) => ({
        name: key,
        ...VISIT_RATING_FIELDS[key],
      }))

/** The visit's fields as the answer writes them (the same fields staff fill in). */
export type SurveyAnswer = {
  method: 'written'
  answeredBy: 'resident'
  quality?: Rating
  effect?: Rating
  overall: Rating
  solved: boolean
  aspects?: Record<SurveyAspect, Rating>
  shortcomings: string
  suggestions: string
  residentWords: string
}

export type SurveyFieldError = { field: string; message: string }

export type SurveyValidation =
  { ok: true; answer: SurveyAnswer } | { ok: false; errors: SurveyFieldError[] }

const isRating = (value: unknown): value is Rating =>
  typeof value === 'string' && Object.hasOwn(RATINGS, value)

/**
 * Checks a submitted form (field name → the string sent) against the questions of the visit's
 * kind. Every rating is required and must be A, B or C; texts are trimmed and at most 5,000
 * characters; "not solved" needs the resident's words (as `recordVisit` requires of staff). For
 * the comprehensive survey the overall rating is its last aspect, 综合评议.
 */
export const validateSurveyAnswer = (
  form: Readonly<Record<string, string | undefined>>,
  kind: VisitKind | null,
): SurveyValidation => {
  const errors: SurveyFieldError[] = []
  const ratings: Record<string, Rating> = {}
  for (const question of ratingQuestions(kind)) {
    const value = form[question.name]
    if (isRating(value)) ratings[question.name] = value
    else {
      errors.push({
        field: question.name,
        message: value
          ? `「${question.zh}」只能选 A、B 或 C / ${question.en}: choose A, B or C`
          : `请为「${question.zh}」评分 / Rate ${question.en}`,
      })
    }
  }
  const texts = {} as Record<SurveyTextField, string>
  for (const name of Object.keys(SURVEY_TEXT_FIELDS) as SurveyTextField[]) {
    const value = (form[name] ?? '').trim()
    if (value.length > SURVEY_TEXT_MAX) {
      errors.push({
        field: name,
        message: `「${SURVEY_TEXT_FIELDS[name].zh}」最多 ${SURVEY_TEXT_MAX} 字 / At most ${SURVEY_TEXT_MAX} characters`,
      })
    }
    texts[name] = value
  }
  let solved = true
  if (asksSolved(kind)) {
    const value = form.solved
    if (value === 'yes' || value === 'no') solved = value === 'yes'
    else {
      errors.push({
        field: 'solved',
        message: '请选择问题是否已解决 / Say whether the problem was solved',
      })
    }
    if (value === 'no' && !texts.residentWords) {
      errors.push({
        field: 'residentWords',
        message: '问题未解决时，请写下您的意见 / Tell us what is still wrong',
      })
    }
  }
  if (errors.length > 0) return { ok: false, errors }
  const base = { method: 'written', answeredBy: 'resident', solved, ...texts } as const
  if (kind === 'survey') {
    const aspects = Object.fromEntries(
      SURVEY_ASPECT_KEYS.map((key) => [key, ratings[`aspect-${key}`]]),
    ) as Record<SurveyAspect, Rating>
    return { ok: true, answer: { ...base, overall: aspects.overall, aspects } }
  }
  return {
    ok: true,
    answer: {
      ...base,
      quality: ratings.quality,
      effect: ratings.effect,
      overall: ratings.overall,
    },
  }
}
