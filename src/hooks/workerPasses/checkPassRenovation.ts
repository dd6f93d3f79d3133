import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/domain/relations'
import { RENOVATION_STATUSES, passWindowProblem } from '@/domain/renovation/workflow'
import { comparable } from '@/lib/changedFields'
import { conflict, invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import type { WorkerPass } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * beforeChange: a pass issued for a renovation (装修工人临时出入证) is issued only from an
 * approved renovation (409 otherwise), for its unit and contractor, and never outlives it: its
 * validity lies within the renovation's dates (400 naming `validFrom` / `validUntil`; refused, not
 * clamped). Checked when the pass is issued or its renovation or validity changes — taking a pass
 * back after the renovation ended is not refused.
 */
export const checkPassRenovation: CollectionBeforeChangeHook<WorkerPass> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  const id = relationId(merged.renovation)
  if (id === undefined || id === null) return data
  const touched = (['renovation', 'validFrom', 'validUntil'] as const).some(
    (field) => field in data && comparable(data[field]) !== comparable(originalDoc?.[field]),
  )
  if (operation !== 'create' && !touched) return data
  const renovation = await req.payload
    .findByID({ collection: slugs.renovations, id, depth: 0, req })
    .catch(() => null)
  if (!renovation) {
    throw invalidField(slugs.workerPasses, 'renovation', '装修记录不存在 / No such renovation')
  }
  if (renovation.status !== 'approved') {
    const status = RENOVATION_STATUSES[renovation.status as keyof typeof RENOVATION_STATUSES]
    throw conflict(
      `装修 ${renovation.number} 状态为“${status?.zh ?? renovation.status}”，未经批准不能发放出入证 / Renovation ${renovation.number} is not approved (${status?.en ?? renovation.status}): no pass for its workers`,
    )
  }
  const { timezone } = await officeSettings(req)
  const problem = passWindowProblem(renovation, merged.validFrom, merged.validUntil, timezone)
  if (problem) throw invalidField(slugs.workerPasses, problem.path, problem.message)
  return {
    ...data,
    unit: relationId(renovation.unit) as number,
    company: data.company || merged.company || renovation.contractorName,
  }
}
