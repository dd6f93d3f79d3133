import { relationId } from '@/domain/relations'
import type { RenovationDeposit } from '@/domain/renovation/workflow'
import type { Renovation } from '@/payload-types'

/** The stored deposit as the planner sees it (people as ids). */
export const depositOf = (deposit: Renovation['deposit']): RenovationDeposit => ({
  ...deposit,
  receivedBy: relationId(deposit?.receivedBy) ?? null,
  settledBy: relationId(deposit?.settledBy) ?? null,
})
