import type { Access } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'

import { readsAsRole } from './hasRole'

/** The audit log: managers (and whoever reads as one: the general manager) and the administrator. */
export const canReadAuditLog: Access = ({ req: { user } }) =>
  readsAsRole(user, ...MANAGER_ROLES, 'admin')
