import type { Payload, PayloadRequest, Where } from 'payload'

import { satisfactionRate } from '@/domain/complaints/returnVisits'
import { percent } from '@/domain/reportPeriods'
import { slugs } from '@/slugs'

import { groupCount } from './groupCount'

export const TARGETS = {
  resolvedWithin24h: 80,
  satisfaction: 95,
  validComplaintsPerHousehold: 1,
} as const

type Rated = { A: number; B: number; C: number; returned: number; rate: number | null }

const rated = (counts: Record<string, number>): Rated => {
  const A = counts.A ?? 0
  const B = counts.B ?? 0
  const C = counts.C ?? 0
  return { A, B, C, returned: A + B + C, rate: satisfactionRate({ A, B, C }) }
}

export type ComplaintStatistics = Awaited<ReturnType<typeof complaintStatistics>>

/**
 * 客户月投诉统计表 (and the quarter's figures): every number is a COUNT or GROUP BY in the
 * database, never a loop over loaded complaints.
 */
export const complaintStatistics = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  period: { label: string; from: Date; to: Date },
  visitRateTarget = 100,
) => {
  const range = {
    greater_than_equal: period.from.toISOString(),
    less_than: period.to.toISOString(),
  }
  const complaintsIn: Where = { and: [{ registeredAt: range }, { kind: { equals: 'complaint' } }] }
  const count = async (collection: 'complaints' | 'return-visits' | 'units', where: Where) =>
    (await payload.count({ collection, where, req })).totalDocs
  const group = (by: 'category' | 'severity' | 'channel' | 'building' | 'kind', kindOnly = true) =>
    groupCount(payload, req, {
      table: 'complaints',
      by,
      time: 'registeredAt',
      from: period.from,
      to: period.to,
      kind: kindOnly ? 'complaint' : undefined,
    })
  const visitGroup = (by: 'quality' | 'effect' | 'overall') =>
    groupCount(payload, req, {
      table: 'return_visits',
      by,
      time: 'recordedAt',
      from: period.from,
      to: period.to,
      recordedOnly: true,
    })

  const [
    registered,
    complaints,
    byKind,
    byCategory,
    bySeverity,
    byChannel,
    byBuilding,
    verifiedOnTime,
    within24h,
    resolved,
    visitsRequired,
    visitsRecorded,
    overall,
    quality,
    effect,
    occupied,
  ] = await Promise.all([
    count(slugs.complaints, { registeredAt: range }),
    count(slugs.complaints, complaintsIn),
    group('kind', false),
    group('category'),
    group('severity'),
    group('channel'),
    group('building'),
    count(slugs.complaints, { and: [complaintsIn, { verifiedOnTime: { equals: true } }] }),
    count(slugs.complaints, { and: [complaintsIn, { resolvedWithin24h: { equals: true } }] }),
    count(slugs.complaints, { resolvedAt: range }),
    count(slugs.complaints, {
      and: [{ resolvedAt: range }, { returnVisitRequired: { equals: true } }],
    }),
    count(slugs.returnVisits, {
      and: [{ status: { equals: 'done' } }, { 'complaint.resolvedAt': range }],
    }),
    visitGroup('overall'),
    visitGroup('quality'),
    visitGroup('effect'),
    count(slugs.units, { status: { equals: 'occupied' } }),
  ])
  const households = occupied || (await count(slugs.units, {}))
  const satisfaction = rated(overall)
  const resolutionRate = percent(within24h, complaints)
  const visitRate = percent(visitsRecorded, visitsRequired)
  const perHousehold = households > 0 ? Math.round((complaints / households) * 10000) / 100 : null
  return {
    period: period.label,
    from: period.from.toISOString(),
    to: period.to.toISOString(),
    registered,
    complaints,
    byKind,
    byCategory,
    bySeverity,
    byChannel,
    byBuilding,
    verification: {
      onTime: verifiedOnTime,
      of: complaints,
      rate: percent(verifiedOnTime, complaints),
    },
    resolution: {
      within24h,
      of: complaints,
      rate: resolutionRate,
      target: TARGETS.resolvedWithin24h,
      met: resolutionRate !== null && resolutionRate >= TARGETS.resolvedWithin24h,
      resolvedInPeriod: resolved,
    },
    returnVisits: {
      recorded: visitsRecorded,
      required: visitsRequired,
      rate: visitRate,
      target: visitRateTarget,
      met: visitRate !== null && visitRate >= visitRateTarget,
    },
    satisfaction: {
      overall: satisfaction,
      quality: rated(quality),
      effect: rated(effect),
      target: TARGETS.satisfaction,
      met: satisfaction.rate !== null && satisfaction.rate >= TARGETS.satisfaction,
    },
    validComplaintsPerHousehold: {
      complaints,
      households,
      rate: perHousehold,
      target: TARGETS.validComplaintsPerHousehold,
      met: perHousehold !== null && perHousehold < TARGETS.validComplaintsPerHousehold,
    },
  }
}
