import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import {
  DEFAULT_SERVICE_VISIT_RATE,
  SERVICE_VISIT_COUNTER,
  sampledByTotalAfter,
} from '@/domain/returnVisits/serviceSampling'
import { relationId } from '@/domain/relations'
import { departmentHeadOf } from '@/lib/designations'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { serverReq } from '@/lib/serverWrite'
import type { ServiceRecord } from '@/payload-types'
import { globalSlugs, slugs } from '@/slugs'

/** The rate the site manager set (其他服务回访抽样率), read in the caller's transaction. */
const serviceVisitRate = async (req: PayloadRequest): Promise<number> => {
  const stored = await req.payload.findGlobal({
    slug: globalSlugs.serviceVisitSettings,
    depth: 0,
    req,
  })
  return typeof stored.rate === 'number' ? stored.rate : DEFAULT_SERVICE_VISIT_RATE
}

/** Who visits after a service: the customer-service head, else the first site manager. */
const serviceVisitAssignee = async (req: PayloadRequest) => {
  const head = await departmentHeadOf(req, 'customer-service')
  if (head) return head.id
  const manager = await req.payload.find({
    collection: slugs.users,
    where: { roles: { in: ['site-manager'] } },
    sort: 'id',
    limit: 1,
    depth: 0,
    req,
  })
  return manager.docs[0]?.id ?? null
}

/**
 * beforeChange (after `completeService`): a service completed by this save claims its step of the
 * systematic sample — the running total in `counters`, advanced by the rate in one upsert in this
 * transaction, so simultaneous completions on PostgreSQL queue on the row and none is skipped or
 * counted twice; a rollback gives the step back. A sampled service gets a return visit of kind
 * `service`, due within a week of the completion (`setVisitWindow`).
 */
export const sampleServiceVisit: CollectionBeforeChangeHook<ServiceRecord> = async ({
  data,
  originalDoc,
  req,
}) => {
  // Completed by this save (`completeService` has refused any other change to a completion).
  const completedAt = data.completedAt
  if (!completedAt || originalDoc?.completedAt) return data
  const rate = await serviceVisitRate(req)
  data.sampleRate = rate
  if (rate <= 0) return data
  const total = await nextSequenceNumber(req, SERVICE_VISIT_COUNTER, rate)
  if (!sampledByTotalAfter(total, rate)) return data
  const visit = await req.payload.create({
    collection: slugs.returnVisits,
    data: {
      kind: 'service',
      unit: relationId(data.unit ?? originalDoc?.unit) as number | undefined,
      resident: relationId(data.resident ?? originalDoc?.resident) as number | undefined,
      occurredAt: completedAt,
      assignee: (await serviceVisitAssignee(req)) ?? undefined,
      method: 'phone',
      status: 'scheduled',
    },
    depth: 0,
    req: serverReq(req),
  })
  data.returnVisit = visit.id
  return data
}
