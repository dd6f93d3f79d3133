import type { Payload } from 'payload'

import { lexicalFromText } from '@/lib/lexical'
import type { Resident, Unit } from '@/payload-types'

import { createResident, createUnit } from './factories'

/** A unit (kept for older callers: `createUnit` takes any field). */
export const makeUnit = async (
  payload: Payload,
  building: string,
  number: string,
  use: Unit['use'] = 'residential',
) => createUnit(payload, { building, number, use })

/** A resident living in a unit (kept for older callers: `createResident` takes any field). */
export const makeResident = async (
  payload: Payload,
  unitId: number,
  name: string,
  kind: Resident['kind'] = 'owner',
) => createResident(payload, { units: [unitId], name, kind })

/** The body of a complaint registration, as the admin form or a REST client sends it. */
export const complaintBody = (
  overrides: Record<string, unknown> = {},
): Record<string, unknown> => ({
  kind: 'complaint',
  channel: 'phone',
  category: 'renovation-noise',
  description: lexicalFromText('楼上装修噪音太大，晚上九点后仍在施工。'),
  ...overrides,
})

/** Runs the job queues as the server's runner would: scheduled checks first, then mail. */
export const runJobs = async (payload: Payload) => {
  await payload.jobs.run({ queue: 'escalations', limit: 100 })
  await payload.jobs.run({ queue: 'emails-urgent', limit: 100 })
  await payload.jobs.run({ queue: 'emails', limit: 500 })
}
