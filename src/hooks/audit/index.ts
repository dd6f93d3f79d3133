import { recordChange } from './recordChange'
import { recordDeletion } from './recordDeletion'

/** The audit hooks, spread into an audited collection's `hooks`. */
export const auditHooks = {
  afterChange: [recordChange],
  afterDelete: [recordDeletion],
}
