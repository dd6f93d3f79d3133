import type { CollectionBeforeChangeHook } from 'payload'

import { recordingProblem, unreachableAfter } from '@/domain/returnVisits/programme'
import { conflict, invalidField } from '@/lib/errors'
import type { ReturnVisit } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * beforeChange: a visit is recorded when its overall rating is given: the server stamps who and
 * when; "unsolved" needs the resident's words; a comprehensive survey needs its 13 aspects and a
 * point not answered on the spot a promised reply time (`recordingProblem`). The third attempt
 * that reaches nobody closes a visit still to be made as unreachable, with the reason; a closed
 * visit takes no new attempt and no rating (409).
 */
export const recordVisit: CollectionBeforeChangeHook<ReturnVisit> = ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const before = originalDoc?.status ?? 'scheduled'
  if (
    before !== 'scheduled' &&
    'attempts' in data &&
    JSON.stringify((data.attempts ?? []).map((a) => [a.at, a.reached])) !==
      JSON.stringify((originalDoc?.attempts ?? []).map((a) => [a.at, a.reached]))
  ) {
    throw conflict('回访已关闭，不能再记录联系 / The visit is closed: no more attempts')
  }
  if (before === 'unreachable' && data.overall) {
    throw conflict('回访已因无法联系而关闭 / The visit was closed as unreachable')
  }
  if (merged.overall && before !== 'done') {
    if (merged.solved === false && !String(merged.residentWords ?? '').trim()) {
      throw invalidField(
        slugs.returnVisits,
        'residentWords',
        '未解决须记录住户原话 / Record the resident’s own words when the problem is unsolved',
      )
    }
    const problem = recordingProblem(merged)
    if (problem) throw invalidField(slugs.returnVisits, problem.field, problem.message)
    // Server code importing past records (seed, migration) keeps their own time and recorder.
    const serverWrite = req.context?.serverWrite === true
    data.status = 'done'
    data.unreachable = false
    data.recordedAt =
      serverWrite && typeof data.recordedAt === 'string'
        ? data.recordedAt
        : new Date().toISOString()
    data.recordedBy = serverWrite && data.recordedBy ? data.recordedBy : (req.user?.id ?? null)
    return data
  }
  if (before === 'scheduled') {
    const outcome = unreachableAfter(merged.attempts)
    data.unreachable = outcome.unreachable
    if (outcome.unreachable) {
      data.status = 'unreachable'
      data.unreachableReason = outcome.reason
    }
  }
  return data
}
