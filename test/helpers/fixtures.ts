import type { Payload } from 'payload'

import { lexicalFromText } from '@/lib/lexical'
import { slugs } from '@/slugs'

/** A unit, created through the Local API. */
export const makeUnit = async (
  payload: Payload,
  building: string,
  number: string,
  use: 'residential' | 'commercial' | 'office' = 'residential',
) =>
  payload.create({
    collection: slugs.units,
    data: { estate: '测试花园', building, floor: 1, number, area: 88, use, status: 'occupied' },
  })

/** A resident living in a unit. */
export const makeResident = async (
  payload: Payload,
  unitId: number,
  name: string,
  kind: 'owner' | 'tenant' | 'commercial-tenant' = 'owner',
) =>
  payload.create({
    collection: slugs.residents,
    data: {
      kind,
      status: 'active',
      name,
      units: [unitId],
      phone: '13800000000',
      companyName: kind === 'commercial-tenant' ? `${name}商行` : undefined,
    },
  })

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
