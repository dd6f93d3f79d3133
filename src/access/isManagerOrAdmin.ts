import type { Access } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'

import { hasRole } from './hasRole'

/** Director, property manager, site manager, or the system administrator. */
export const isManagerOrAdmin: Access = ({ req: { user } }) =>
  hasRole(user, ...MANAGER_ROLES, 'admin')
