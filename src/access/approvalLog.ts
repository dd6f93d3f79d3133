import type { Access } from 'payload'

import { readsAsRole } from './hasRole'

/** The approval log: managers, the document controller and admins read it all; others their own entries. */
export const canReadApprovalLog: Access = ({ req: { user } }) => {
  if (!user) return false
  if (
    readsAsRole(
      user,
      'director',
      'property-manager',
      'site-manager',
      'document-controller',
      'admin',
    )
  )
    return true
  return { user: { equals: user.id } }
}
