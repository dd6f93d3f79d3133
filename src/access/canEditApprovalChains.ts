import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Who edits the approval chains (who signs what): the system administrator and the director. */
export const canEditApprovalChains: Access = ({ req: { user } }) =>
  hasRole(user, 'admin', 'director')
