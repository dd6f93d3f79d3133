import type { Plan } from '@/domain/workflow'
import { conflict, forbidden, invalidField } from '@/lib/errors'

/**
 * The one mapping from a planner's refusal to HTTP: 403 forbidden, 409 the case's state does not
 * allow it now, 400 naming the field (or `fieldToBlame`, `action` by default). The approval
 * chain uses it too.
 */
export const refusal = (
  collection: string,
  plan: Extract<Plan, { ok: false }>,
  fieldToBlame = 'action',
) => {
  if (plan.status === 403) return forbidden(plan.message)
  if (plan.status === 409) return conflict(plan.message)
  return invalidField(collection, plan.field ?? fieldToBlame, plan.message)
}
