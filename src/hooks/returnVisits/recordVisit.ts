import type { CollectionBeforeChangeHook } from 'payload'

import type { ReturnVisit } from '@/payload-types'
import { invalidField } from '@/lib/errors'
import { slugs } from '@/slugs'

/**
 * beforeChange: a visit is recorded when its overall rating is given: the server stamps who and
 * when; an attempt that reached nobody is counted; "unsolved" needs the resident's words.
 */
export const recordVisit: CollectionBeforeChangeHook<ReturnVisit> = ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const attempts = (merged.attempts as Array<{ reached?: boolean }> | undefined) ?? []
  data.unreachable = attempts.length > 0 && attempts.every((a) => a.reached === false)
  if (merged.overall && originalDoc?.status !== 'done') {
    if (merged.solved === false && !String(merged.residentWords ?? '').trim()) {
      throw invalidField(
        slugs.returnVisits,
        'residentWords',
        '未解决须记录住户原话 / Record the resident’s own words when the problem is unsolved',
      )
    }
    // Server code importing past records (seed, migration) keeps their own time and recorder.
    const serverWrite = req.context?.serverWrite === true
    data.status = 'done'
    data.recordedAt =
      serverWrite && typeof data.recordedAt === 'string'
        ? data.recordedAt
        : new Date().toISOString()
    data.recordedBy = serverWrite && data.recordedBy ? data.recordedBy : (req.user?.id ?? null)
  }
  return data
}
