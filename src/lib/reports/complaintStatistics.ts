import type { Payload, PayloadRequest } from 'payload'

import type { HouseholdSatisfaction } from '@/domain/complaints/returnVisits'
import { reaches, staysBelow } from '@/domain/kpiTargets'
import { monthStarts, percent } from '@/domain/reportPeriods'
import type { Office } from '@/lib/officeSettings'
import { OFFICE_DEFAULTS } from '@/lib/officeSettings'
import { slugs } from '@/slugs'
import { complaintCategoryNames } from '@/lib/complaintCategories'
import { dialectOf, querySql } from '@/lib/sql'

import type { CubeRow } from './cube'
import { cube, rollUp, total } from './cube'
import { visitSatisfactionByPeriod } from './visitSatisfaction'

/** What the statistics need from office settings: the timezone, the visit rate, the targets. */
export type StatisticsSettings = Pick<Office, 'timezone' | 'complaintVisitRate' | 'targets'>

export type ComplaintStatistics = Awaited<ReturnType<typeof complaintStatistics>>

/** Per-mille of households as a percentage with two decimals (1 of 400 households → 0.25). */
const perHousehold = (count: number, households: number) =>
  households > 0 ? Math.round((count / households) * 10000) / 100 : null

const withTarget = (s: HouseholdSatisfaction, target: number) => ({
  ...s,
  target,
  met: reaches(s.rate, target),
})

/**
 * 按期办结: complaints resolved by the deadline on the handling slip (限期, `resolveDueAt`), of
 * those resolved (cube rows with the sums `resolved` and `resolvedOnTime`). The one definition the
 * monthly table and the staff appraisal share.
 */
export const onTimeFigures = (rows: CubeRow[], filter: (row: CubeRow) => boolean) => {
  const onTime = total(rows, 'resolvedOnTime', filter)
  const of = total(rows, 'resolved', filter)
  return { onTime, of, rate: percent(onTime, of) }
}

/**
 * Return visits recorded on the complaints resolved in the period (the visit rate's numerator):
 * a count per complaint resolved in the period, through the index on (complaint, status) — Payload's
 * `where` on `complaint.resolvedAt` scanned every recorded visit.
 */
const recordedVisitsOfResolved = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  from: Date,
  to: Date,
  range: { greater_than_equal: string; less_than: string },
): Promise<{ totalDocs: number }> => {
  if (dialectOf(payload) === 'mongoose') {
    return payload.count({
      collection: slugs.returnVisits,
      where: { and: [{ status: { equals: 'done' } }, { 'complaint.resolvedAt': range }] },
      req,
    })
  }
  const rows = await querySql(
    payload,
    req,
    (sql) => sql`SELECT COALESCE(SUM((SELECT COUNT(*) FROM return_visits v
        WHERE v.complaint_id = c.id AND v.status = 'done')), 0) AS n
      FROM complaints c
      WHERE c.resolved_at >= ${from.toISOString()} AND c.resolved_at < ${to.toISOString()}`,
  )
  return { totalDocs: Number(rows[0]?.n ?? 0) }
}

/**
 * 客户月投诉统计表 (and the quarter's figures): every number comes from a GROUP BY or COUNT in the
 * database — a fixed number of queries, whatever the number of complaints — never from loaded
 * complaints. Targets are the office's (office settings → 目标).
 */
export const complaintStatistics = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  period: { label: string; from: Date; to: Date },
  office: StatisticsSettings = OFFICE_DEFAULTS,
  /**
   * `breakdowns: false` (the dashboard's KPIs): every rate as the table has it, from the same
   * queries, but the GROUP BY by kind alone — the per-category, severity, channel and building
   * counts come back empty.
   */
  { breakdowns = true }: { breakdowns?: boolean } = {},
) => {
  const range = {
    greater_than_equal: period.from.toISOString(),
    less_than: period.to.toISOString(),
  }
  const { from, to } = period
  const { targets } = office
  // "Valid complaints below 1% of households" over a year: the 12 local months ending with the
  // period's last month.
  const yearFrom = monthStarts(new Date(to.getTime() - 1), office.timezone, 12)[0]
  // Inside a transaction every query shares one connection: run them one after another (pg
  // queues concurrent queries on a client and is deprecating it); outside, let them overlap.
  const inTransaction = Boolean(req?.transactionID)
  const run = async <T extends readonly (() => Promise<unknown>)[]>(tasks: T) => {
    if (!inTransaction) return Promise.all(tasks.map((task) => task()))
    const results: unknown[] = []
    for (const task of tasks) results.push(await task())
    return results
  }
  const [
    registeredCube,
    resolvedCube,
    yearValid,
    complaintVisits,
    repairVisits,
    recorded,
    occupied,
  ] = (await run([
    // Everything about the complaints registered in the period, in one GROUP BY.
    () =>
      cube(payload, req, {
        table: 'complaints',
        by: breakdowns ? ['kind', 'category', 'severity', 'channel', 'building'] : ['kind'],
        sums: [
          'verifiedOnTime',
          'resolvedWithin24h',
          'resolved',
          'resolvedOnTime',
          'substantiated',
          'unsubstantiated',
        ],
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
    // A plain count on (kind, registeredAt, verdict): the index answers it alone.
    () =>
      payload.count({
        collection: slugs.complaints,
        where: {
          and: [
            { kind: { equals: 'complaint' } },
            { verdict: { equals: 'substantiated' } },
            {
              registeredAt: {
                greater_than_equal: yearFrom.toISOString(),
                less_than: to.toISOString(),
              },
            },
          ],
        },
        req,
      }),
    () => visitSatisfactionByPeriod(payload, req, 'complaint', [from, to]),
    () => visitSatisfactionByPeriod(payload, req, 'repair', [from, to]),
    () => recordedVisitsOfResolved(payload, req, from, to, range),
    () =>
      payload.count({ collection: slugs.units, where: { status: { equals: 'occupied' } }, req }),
  ] as const)) as [
    CubeRow[],
    CubeRow[],
    { totalDocs: number },
    HouseholdSatisfaction[],
    HouseholdSatisfaction[],
    { totalDocs: number },
    { totalDocs: number },
  ]
  const isComplaint = (row: CubeRow) => row.kind === 'complaint'
  const sum = (rows: CubeRow[], measure: string) => total(rows, measure, isComplaint)
  const complaints = sum(registeredCube, 'n')
  const verifiedOnTime = sum(registeredCube, 'verifiedOnTime')
  const within24h = sum(registeredCube, 'resolvedWithin24h')
  const substantiated = sum(registeredCube, 'substantiated')
  const unsubstantiated = sum(registeredCube, 'unsubstantiated')
  const yearSubstantiated = yearValid.totalDocs
  const households =
    occupied.totalDocs || (await payload.count({ collection: slugs.units, req })).totalDocs
  const resolutionRate = percent(within24h, complaints)
  const visitsRequired = total(resolvedCube, 'returnVisitRequired')
  const visitRate = percent(recorded.totalDocs, visitsRequired)
  const validRate = perHousehold(substantiated, households)
  const yearRate = perHousehold(yearSubstantiated, households)
  const breakdown = (key: string) => (breakdowns ? rollUp(registeredCube, key, isComplaint) : {})
  const byCategory = breakdown('category')
  return {
    period: period.label,
    from: from.toISOString(),
    to: to.toISOString(),
    registered: total(registeredCube),
    complaints,
    byKind: rollUp(registeredCube, 'kind'),
    byCategory,
    /** The office's names of the categories counted (a category it added shows its own name). */
    categoryNames: breakdowns
      ? await complaintCategoryNames(payload, req, Object.keys(byCategory))
      : {},
    bySeverity: breakdown('severity'),
    byChannel: breakdown('channel'),
    byBuilding: breakdown('building'),
    verification: {
      onTime: verifiedOnTime,
      of: complaints,
      rate: percent(verifiedOnTime, complaints),
    },
    // "Target 80% of issues solved within 24 hours": a rate over the complaints registered.
    resolution: {
      within24h,
      of: complaints,
      rate: resolutionRate,
      target: targets.resolvedWithin24h,
      met: reaches(resolutionRate, targets.resolvedWithin24h),
      resolvedInPeriod: total(resolvedCube),
    },
    // 按期办结: resolved by the deadline on the handling slip (限期), of those resolved.
    onTime: onTimeFigures(registeredCube, isComplaint),
    returnVisits: {
      recorded: recorded.totalDocs,
      required: visitsRequired,
      rate: visitRate,
      target: office.complaintVisitRate,
      met: reaches(visitRate, office.complaintVisitRate),
    },
    // 投诉处理满意率: households visited about complaints, by household (repair visits apart).
    satisfaction: withTarget(complaintVisits[0], targets.complaintSatisfaction),
    // A functional department's satisfaction: repairs' visits, by household.
    repairSatisfaction: withTarget(repairVisits[0], targets.departmentSatisfaction),
    // 有效投诉: only complaints the resolver found true (属实) count toward "< 1% of households".
    validComplaints: {
      substantiated,
      unsubstantiated,
      undecided: complaints - substantiated - unsubstantiated,
      households,
      rate: validRate,
      target: targets.validComplaints,
      met: staysBelow(validRate, targets.validComplaints),
      year: {
        from: yearFrom.toISOString(),
        substantiated: yearSubstantiated,
        rate: yearRate,
        met: staysBelow(yearRate, targets.validComplaints),
      },
    },
  }
}
