import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** The office's managers change its settings: director, property manager, administrator. */
export const canEditOfficeSettings: Access = ({ req: { user } }) =>
  hasRole(user, 'director', 'property-manager', 'admin')

/**
 * Who signs what (the kinds the director approves, one signer for several steps) is the
 * director's decision, or the administrator's at set-up: a property manager who could change it
 * would move decisions into their own hands.
 */
export const mayChangeApprovalRules = (user: { roles?: unknown } | null | undefined): boolean =>
  hasRole(user, 'director', 'admin')
