import type { CollectionBeforeChangeHook } from 'payload'

import { completionChange } from '@/domain/returnVisits/serviceRecords'
import { conflict, invalidField } from '@/lib/errors'
import { lockCase } from '@/lib/workflow/lockCase'
import type { ServiceRecord } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * beforeChange: the completion (完成时间) is recorded once. When a save completes the service, the
 * record's row is locked and read again first, so that two simultaneous completions of one
 * service run one after the other and the second is refused (409) instead of sampling twice.
 */
export const completeService: CollectionBeforeChangeHook<ServiceRecord> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (!('completedAt' in data) && operation === 'update') return data
  const change = completionChange(originalDoc?.completedAt, data.completedAt, new Date())
  if (change.kind === 'refused') {
    if (change.status === 409) throw conflict(change.message)
    throw invalidField(slugs.serviceRecords, 'completedAt', change.message)
  }
  if (change.kind === 'none') return data
  if (operation === 'update' && originalDoc?.id !== undefined) {
    if (req.transactionID) await lockCase(req, slugs.serviceRecords, originalDoc.id)
    const current = await req.payload.findByID({
      collection: slugs.serviceRecords,
      id: originalDoc.id,
      depth: 0,
      select: { completedAt: true },
      req,
    })
    if (current.completedAt) {
      throw conflict('服务已完成 / The service is already completed')
    }
  }
  data.completedAt = change.completedAt
  return data
}
