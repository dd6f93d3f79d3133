import type { Payload } from 'payload'

import { householdSatisfaction } from '../src/domain/complaints/returnVisits'
import { relationId } from '../src/domain/relations'
import { householdKey } from '../src/lib/households'
import { percent } from '../src/domain/reportPeriods'

/**
 * The monthly report as it would be written without the database's help: load the month's
 * complaints and visits through the Local API and count in JavaScript. The benchmark's baseline,
 * and a check that the real report's figures are right.
 */
export const naiveComplaintStatistics = async (payload: Payload, from: Date, to: Date) => {
  const range = { greater_than_equal: from.toISOString(), less_than: to.toISOString() }
  const complaints = await payload.find({
    collection: 'complaints',
    where: { or: [{ registeredAt: range }, { resolvedAt: range }] },
    pagination: false,
    depth: 0,
  })
  const visits = await payload.find({
    collection: 'return-visits',
    where: { recordedAt: range },
    pagination: false,
    depth: 0,
  })
  const inMonth = (iso?: string | null) =>
    !!iso && iso >= range.greater_than_equal && iso < range.less_than
  const registered = complaints.docs.filter((c) => inMonth(c.registeredAt))
  const valid = registered.filter((c) => c.kind === 'complaint')
  const countBy = (docs: typeof valid, key: 'category' | 'severity' | 'channel' | 'building') =>
    docs.reduce<Record<string, number>>((acc, c) => {
      const k = String(c[key] ?? '(none)')
      acc[k] = (acc[k] ?? 0) + 1
      return acc
    }, {})
  const within24h = valid.filter((c) => c.resolvedWithin24h === true).length
  // 投诉处理满意率: complaint visits only, by household (the domain's rule on loaded rows).
  const complaintVisits = visits.docs.filter((v) => v.status === 'done' && v.complaint && v.overall)
  const visited = await payload.find({
    collection: 'complaints',
    where: { id: { in: complaintVisits.map((v) => relationId(v.complaint)) } },
    pagination: false,
    depth: 0,
    select: { resident: true, unit: true },
  })
  const householdOf = new Map(visited.docs.map((c) => [c.id, householdKey(c)]))
  const satisfaction = householdSatisfaction(
    complaintVisits.map((v) => ({
      household: householdOf.get(relationId(v.complaint) as number) ?? '',
      overall: v.overall!,
    })),
  )
  return {
    registered: registered.length,
    complaints: valid.length,
    byCategory: countBy(valid, 'category'),
    bySeverity: countBy(valid, 'severity'),
    byChannel: countBy(valid, 'channel'),
    byBuilding: countBy(valid, 'building'),
    within24h,
    resolutionRate: percent(within24h, valid.length),
    satisfaction,
  }
}
