import type { Payload, PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import type { VisitKind } from '@/domain/returnVisits/kinds'
import { VISIT_KINDS, kindFromSubject } from '@/domain/returnVisits/kinds'
import type { SurveyFieldError, SurveyTokenState } from '@/domain/returnVisits/survey'
import {
  SURVEY_REFUSAL_STATUS,
  surveyTokenState,
  validateSurveyAnswer,
} from '@/domain/returnVisits/survey'
import { relationId } from '@/domain/relations'
import { throttleKeys } from '@/domain/throttle'
import { formatLocal } from '@/domain/time'
import { findComplaintCategory } from '@/lib/complaintCategories'
import { officeSettings } from '@/lib/officeSettings'
import { recordHits, throttleWait } from '@/lib/security/throttle'
import { lockCase } from '@/lib/workflow/lockCase'
import type { ReturnVisit } from '@/payload-types'
import { slugs } from '@/slugs'

import { findSurveyToken } from './tokens'

/**
 * What the survey page may show: the estate's name and the matter asked about, never the
 * resident's name, phone or unit.
 */
export type SurveyView = {
  estate: string
  /** One line: 您于 2026-11-03 反映的「装修噪音」问题. */
  matter: string
  kind: VisitKind | null
  expiresOn: string
}

/** What a request to `/survey/<token>` gets: a page to render and its HTTP status. */
export type SurveyOutcome =
  | { status: 200; page: 'form'; view: SurveyView }
  | {
      status: 400
      page: 'form'
      view: SurveyView
      errors: SurveyFieldError[]
      values: Record<string, string>
    }
  | { status: 200; page: 'thanks'; view: SurveyView }
  | { status: 404; page: 'not-found' }
  | { status: 409 | 410; page: 'closed'; reason: Exclude<SurveyTokenState, 'open'> }
  | { status: 429; page: 'busy'; retryAfter: number }

export type SurveyRequest = {
  token: string
  /** The client's address when a trusted proxy names it (`clientAddressOf`), else undefined. */
  address: string | undefined
  now?: Date
}

const day = (iso: string | null | undefined, timeZone: string) =>
  formatLocal(iso, timeZone).slice(0, 10)

/** The estate and the matter of a visit, read with `req`; nothing about the resident. */
export const surveyView = async (
  req: PayloadRequest,
  visit: ReturnVisit,
  expiresAt: string,
): Promise<SurveyView> => {
  const office = await officeSettings(req)
  const kind = kindFromSubject(visit)
  const complaintId = relationId(visit.complaint)
  const workOrderId = relationId(visit.workOrder)
  let unitId: number | string | undefined
  let matter: string = kind ? VISIT_KINDS[kind].zh : '物业服务回访'
  if (complaintId) {
    const complaint = await req.payload.findByID({
      collection: slugs.complaints,
      id: complaintId,
      depth: 0,
      select: { unit: true, category: true, registeredAt: true },
      req,
    })
    unitId = relationId(complaint.unit)
    const category = await findComplaintCategory(req, complaint.category)
    matter = `您于 ${day(complaint.registeredAt, office.timezone)} 反映的「${category?.name.zh ?? '投诉'}」问题`
  } else if (workOrderId) {
    const order = await req.payload.findByID({
      collection: slugs.workOrders,
      id: workOrderId,
      depth: 0,
      select: { unit: true, fault: true, registeredAt: true },
      req,
    })
    unitId = relationId(order.unit)
    matter = `您于 ${day(order.registeredAt, office.timezone)} 报修的「${order.fault}」`
  } else if (visit.household?.startsWith('unit:')) {
    unitId = visit.household.slice('unit:'.length)
  }
  const unit = unitId
    ? await req.payload.findByID({
        collection: slugs.units,
        id: unitId,
        depth: 0,
        select: { estate: true },
        req,
        disableErrors: true,
      })
    : null
  return {
    estate: unit?.estate || office.companyName,
    matter,
    kind,
    expiresOn: day(expiresAt, office.timezone),
  }
}

/**
 * Every request to the public pages counts against the client's address (or everyone's, when no
 * trusted proxy names it); over the limit it is answered 429 before anything is looked up.
 */
const throttled = async (req: PayloadRequest, address: string | undefined) => {
  const keys = throttleKeys('survey', { address })
  const wait = await throttleWait(req, keys)
  if (wait !== null) return wait
  await recordHits(req, keys)
  return null
}

const closed = (reason: Exclude<SurveyTokenState, 'open'>): SurveyOutcome => ({
  status: SURVEY_REFUSAL_STATUS[reason],
  page: 'closed',
  reason,
})

/** `GET /survey/<token>`: the questions, or why there are none. Writes only the throttle count. */
export const openSurvey = async (
  payload: Payload,
  { token, address, now = new Date() }: SurveyRequest,
): Promise<SurveyOutcome> => {
  const req = await createLocalReq({}, payload)
  const wait = await throttled(req, address)
  if (wait !== null) return { status: 429, page: 'busy', retryAfter: wait }
  const link = await findSurveyToken(req, token)
  const visitId = relationId(link?.visit)
  if (!link || !visitId) return { status: 404, page: 'not-found' }
  const visit = await payload.findByID({
    collection: slugs.returnVisits,
    id: visitId,
    depth: 0,
    req,
    disableErrors: true,
  })
  if (!visit) return { status: 404, page: 'not-found' }
  const state = surveyTokenState(link, visit.status, now)
  if (state !== 'open') return closed(state)
  return { status: 200, page: 'form', view: await surveyView(req, visit, link.expiresAt) }
}

/**
 * `POST /survey/<token>`: records the resident's answer on the visit exactly as staff record a
 * written visit — the Local API's update of the visit, with method `written` and answered by the
 * resident, through the collection's own hooks (status done, the complaint moved, the audit
 * entry) — and marks the link used, in one transaction under the visit's lock, so that two
 * submissions at once record one answer. A refusal writes nothing but the throttle count.
 */
export const submitSurvey = async (
  payload: Payload,
  { token, address, now = new Date() }: SurveyRequest,
  form: Record<string, string>,
): Promise<SurveyOutcome> => {
  const req = await createLocalReq({}, payload)
  const wait = await throttled(req, address)
  if (wait !== null) return { status: 429, page: 'busy', retryAfter: wait }
  // Outside the transaction: a token that is not ours opens none.
  const found = await findSurveyToken(req, token)
  const visitId = relationId(found?.visit)
  if (!found || !visitId) return { status: 404, page: 'not-found' }
  const shouldCommit = await initTransaction(req)
  try {
    await lockCase(req, slugs.returnVisits, visitId)
    // Read again under the lock: a submission that got here first has marked the link used.
    const link = await findSurveyToken(req, token)
    const visit = link
      ? await payload.findByID({
          collection: slugs.returnVisits,
          id: visitId,
          depth: 0,
          req,
          disableErrors: true,
        })
      : null
    if (!link || !visit) {
      await killTransaction(req)
      return { status: 404, page: 'not-found' }
    }
    const state = surveyTokenState(link, visit.status, now)
    if (state !== 'open') {
      await killTransaction(req)
      return closed(state)
    }
    const view = await surveyView(req, visit, link.expiresAt)
    const checked = validateSurveyAnswer(form, view.kind)
    if (!checked.ok) {
      await killTransaction(req)
      return { status: 400, page: 'form', view, errors: checked.errors, values: form }
    }
    await payload.update({
      collection: slugs.returnVisits,
      id: visitId,
      data: checked.answer,
      depth: 0,
      req,
    })
    await payload.update({
      collection: slugs.surveyTokens,
      id: link.id,
      data: { usedAt: now.toISOString() },
      depth: 0,
      req,
    })
    if (shouldCommit) await commitTransaction(req)
    return { status: 200, page: 'thanks', view }
  } catch (error) {
    await killTransaction(req)
    throw error
  }
}
