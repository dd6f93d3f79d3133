import type { Payload, PayloadRequest } from 'payload'

import { satisfactionRate } from '@/domain/complaints/returnVisits'
import { percent } from '@/domain/reportPeriods'
import { slugs } from '@/slugs'

import type { CubeRow } from './cube'
import { cube, rollUp, total } from './cube'

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
 * 客户月投诉统计表 (and the quarter's figures): every number comes from a GROUP BY or COUNT in the
 * database — five queries, whatever the number of complaints — never from loaded complaints.
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
  const { from, to } = period
  // Inside a transaction every query shares one connection: run them one after another (pg
  // queues concurrent queries on a client and is deprecating it); outside, let them overlap.
  const inTransaction = Boolean(req?.transactionID)
  const run = async <T extends readonly (() => Promise<unknown>)[]>(tasks: T) => {
    if (!inTransaction) return Promise.all(tasks.map((task) => task()))
    const results: unknown[] = []
    for (const task of tasks) results.push(await task())
    return results
  }
  const [registeredCube, resolvedCube, ratingsCube, visitsRecorded, occupied] = (await run([
    // Everything about the complaints registered in the period, in one GROUP BY.
    () =>
      cube(payload, req, {
        table: 'complaints',
        by: ['kind', 'category', 'severity', 'channel', 'building'],
        sums: ['verifiedOnTime', 'resolvedWithin24h'],
        time: 'registeredAt',
        from,
        to,
      }),
    () =>
      cube(payload, req, {
        table: 'complaints',
        by: [],
        sums: ['returnVisitRequired'],
        time: 'resolvedAt',
        from,
        to,
      }),
    () =>
      cube(payload, req, {
        table: 'return_visits',
        by: ['quality', 'effect', 'overall'],
        time: 'recordedAt',
        from,
        to,
        status: 'done',
      }),
    () =>
      payload.count({
        collection: slugs.returnVisits,
        where: { and: [{ status: { equals: 'done' } }, { 'complaint.resolvedAt': range }] },
        req,
      }),
    () =>
      payload.count({ collection: slugs.units, where: { status: { equals: 'occupied' } }, req }),
  ] as const)) as [CubeRow[], CubeRow[], CubeRow[], { totalDocs: number }, { totalDocs: number }]
  const isComplaint = (row: CubeRow) => row.kind === 'complaint'
  const complaints = total(registeredCube, 'n', isComplaint)
  const verifiedOnTime = total(registeredCube, 'verifiedOnTime', isComplaint)
  const within24h = total(registeredCube, 'resolvedWithin24h', isComplaint)
  const households =
    occupied.totalDocs || (await payload.count({ collection: slugs.units, req })).totalDocs
  const satisfaction = rated(rollUp(ratingsCube, 'overall'))
  const resolutionRate = percent(within24h, complaints)
  const visitsRequired = total(resolvedCube, 'returnVisitRequired')
  const visitRate = percent(visitsRecorded.totalDocs, visitsRequired)
  const perHousehold = households > 0 ? Math.round((complaints / households) * 10000) / 100 : null
  return {
    period: period.label,
    from: from.toISOString(),
    to: to.toISOString(),
    registered: total(registeredCube),
    complaints,
    byKind: rollUp(registeredCube, 'kind'),
    byCategory: rollUp(registeredCube, 'category', isComplaint),
    bySeverity: rollUp(registeredCube, 'severity', isComplaint),
    byChannel: rollUp(registeredCube, 'channel', isComplaint),
    byBuilding: rollUp(registeredCube, 'building', isComplaint),
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
      resolvedInPeriod: total(resolvedCube),
    },
    returnVisits: {
      recorded: visitsRecorded.totalDocs,
      required: visitsRequired,
      rate: visitRate,
      target: visitRateTarget,
      met: visitRate !== null && visitRate >= visitRateTarget,
    },
    satisfaction: {
      overall: satisfaction,
      quality: rated(rollUp(ratingsCube, 'quality')),
      effect: rated(rollUp(ratingsCube, 'effect')),
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
