import type { Payload } from 'payload'

import { SURVEY_CONTENT_SECURITY_POLICY } from '@/config/securityHeaders'
import { clientAddressOf } from '@/lib/security/clientAddress'

import { renderSurveyPage } from './html'
import type { SurveyOutcome } from './survey'
import { openSurvey, submitSurvey } from './survey'

/** The token is in the address: no referrer leaves the page, and nothing is cached. */
const respond = (outcome: SurveyOutcome): Response => {
  const headers = new Headers({
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': SURVEY_CONTENT_SECURITY_POLICY,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Robots-Tag': 'noindex, nofollow',
  })
  if (outcome.page === 'busy') headers.set('Retry-After', String(outcome.retryAfter))
  return new Response(renderSurveyPage(outcome), { status: outcome.status, headers })
}

/** The form's fields as strings (a field sent twice keeps its first value; files are ignored). */
const readForm = async (request: Request): Promise<Record<string, string> | null> => {
  const type = request.headers.get('content-type') ?? ''
  if (
    !type.startsWith('application/x-www-form-urlencoded') &&
    !type.startsWith('multipart/form-data')
  ) {
    return null
  }
  try {
    const data = await request.formData()
    const form: Record<string, string> = {}
    for (const [name, value] of data.entries()) {
      if (typeof value === 'string' && !(name in form)) form[name] = value
    }
    return form
  } catch {
    return null
  }
}

/** `GET /survey/<token>` (src/app/(public)/survey/[token]/route.ts). */
export const surveyGet = async (payload: Payload, request: Request, token: string) =>
  respond(await openSurvey(payload, { token, address: clientAddressOf(request) }))

/** `POST /survey/<token>`: the plain HTML form's submission. */
export const surveyPost = async (payload: Payload, request: Request, token: string) => {
  const form = await readForm(request)
  return respond(
    await submitSurvey(payload, { token, address: clientAddressOf(request) }, form ?? {}),
  )
}
