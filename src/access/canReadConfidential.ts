import type { FieldAccess } from 'payload'

import { mayReadConfidential, rolesOf } from '@/domain/roles'

/**
 * Field-level read access for residents' phone, ID number and emergency contacts. Payload applies
 * it on every read path: by id, lists, `select`, relationships populated at any depth and joins,
 * and refuses `where` on the field for a user who cannot read it.
 */
export const canReadConfidential: FieldAccess = ({ req: { user } }) =>
  mayReadConfidential(rolesOf(user))
