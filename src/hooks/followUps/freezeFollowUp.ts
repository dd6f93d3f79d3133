import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'

import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'

/**
 * What a follow-up says is fixed once it is raised: what must be done, by whom, by when, and where
 * it came from. A new owner or deadline goes through the `reassign` action (a manager, with a
 * reason); a client's update that changes any of it is refused with 403, before and after
 * Payload's merge, exactly like a server-only field. On create these are the client's to set.
 */
const SET_AT_CREATION: ServerFields = {
  fields: ['title', 'details', 'owner', 'deadline', 'source', 'sourceKind'],
}

const beforeOperation = protectServerFields(SET_AT_CREATION)
const beforeChange = recheckServerFields(SET_AT_CREATION)

export const freezeFollowUp: CollectionBeforeOperationHook = (args) =>
  args.operation === 'update' ? beforeOperation(args) : args.args

export const refreezeFollowUp: CollectionBeforeChangeHook = (args) =>
  args.operation === 'update' ? beforeChange(args) : args.data
