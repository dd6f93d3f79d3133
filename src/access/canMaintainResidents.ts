import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** The customer archive is kept by the front desk (move-in, contact changes) and managers. */
export const canMaintainResidents: Access = ({ req: { user } }) =>
  hasRole(user, 'cs-clerk', 'director', 'property-manager', 'site-manager', 'admin')
