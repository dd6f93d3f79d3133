import type { PayloadRequest } from 'payload'

import { isOverdue } from '@/domain/followUps/workflow'
import { relationId } from '@/domain/relations'
import { householdLabels } from '@/lib/households'
import type { Office } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

import { returnVisitStatistics, staffNames } from './returnVisitStatistics'

export type ReturnVisitReport = Awaited<ReturnType<typeof returnVisitReport>>

const LISTED = 50

/**
 * 回访报告表 for one month: the statistics' rates against their pass marks, the shortcomings and
 * suggestions residents raised on the visits recorded in the month, and the follow-ups raised
 * from return visits (opened in the month, or still open). The lists are read as the user.
 */
export const returnVisitReport = async (
  req: PayloadRequest,
  period: { label: string; from: Date; to: Date },
  office: Pick<Office, 'targets'>,
  now = new Date(),
) => {
  const statistics = await returnVisitStatistics(req.payload, req, period, office, now)
  const asUser = { overrideAccess: false, user: req.user, req, depth: 0 } as const
  const range = {
    greater_than_equal: period.from.toISOString(),
    less_than: period.to.toISOString(),
  }
  const raised = await req.payload.find({
    collection: slugs.returnVisits,
    where: {
      and: [
        { status: { equals: 'done' } },
        { recordedAt: range },
        {
          or: [
            { and: [{ shortcomings: { exists: true } }, { shortcomings: { not_equals: '' } }] },
            { and: [{ suggestions: { exists: true } }, { suggestions: { not_equals: '' } }] },
          ],
        },
      ],
    },
    sort: 'recordedAt',
    limit: LISTED,
    select: {
      kind: true,
      household: true,
      recordedAt: true,
      shortcomings: true,
      suggestions: true,
      complaint: true,
      workOrder: true,
    },
    ...asUser,
  })
  const followUps = await req.payload.find({
    collection: slugs.followUps,
    where: {
      and: [
        { sourceKind: { equals: 'return-visit' } },
        { or: [{ createdAt: range }, { status: { equals: 'open' } }] },
      ],
    },
    sort: 'deadline',
    limit: LISTED,
    select: { title: true, owner: true, deadline: true, status: true },
    ...asUser,
  })
  const owners = await staffNames(
    req.payload,
    req,
    [...new Set(followUps.docs.map((f) => relationId(f.owner)))]
      .filter((id) => id !== undefined && id !== null)
      .map(String),
  )
  const households = await householdLabels(
    req,
    raised.docs.map((v) => v.household),
  )
  return {
    statistics,
    shortcomings: {
      total: raised.totalDocs,
      items: raised.docs.map((v) => ({
        id: v.id,
        kind: v.kind ?? (v.complaint ? 'complaint' : v.workOrder ? 'repair' : null),
        household: v.household ? (households[v.household] ?? v.household) : null,
        recordedAt: v.recordedAt ?? null,
        shortcomings: v.shortcomings ?? null,
        suggestions: v.suggestions ?? null,
      })),
    },
    followUps: {
      total: followUps.totalDocs,
      items: followUps.docs.map((f) => ({
        id: f.id,
        title: f.title,
        owner: owners[String(relationId(f.owner))] ?? null,
        deadline: f.deadline,
        status: f.status,
        overdue: isOverdue(f, now),
      })),
    },
  }
}
