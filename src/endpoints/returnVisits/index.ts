import type { Endpoint } from 'payload'

import { planAppointment, planAttempt } from '@/domain/returnVisits/programme'

import { visitAction } from './visitAction'

/**
 * `POST /api/return-visits/:id/actions/appoint` `{ appointmentAt, note? }`: the date and time
 * agreed with the resident (预约). `POST …/actions/attempt` `{ reached, note }`: one attempt to
 * reach them; the third that reaches nobody closes the visit as unreachable, a fourth is 409.
 */
export const appointVisitEndpoint = visitAction('appoint', (args) => {
  const plan = planAppointment(args)
  return plan.ok
    ? { ok: true, data: { appointmentAt: plan.appointmentAt, appointmentNote: plan.note } }
    : plan
})

export const recordAttemptEndpoint = visitAction('attempt', (args) => {
  const plan = planAttempt(args)
  return plan.ok ? { ok: true, data: { attempts: plan.attempts } } : plan
})

export const returnVisitEndpoints: Endpoint[] = [appointVisitEndpoint, recordAttemptEndpoint]
