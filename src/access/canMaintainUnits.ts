import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Units are master data: kept by managers and the administrator. */
export const canMaintainUnits: Access = ({ req: { user } }) =>
  hasRole(user, 'director', 'property-manager', 'site-manager', 'admin')
