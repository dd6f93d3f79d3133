import type { Access } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'

import { hasRole } from './hasRole'

/**
 * The key register is kept by the front desk and the managers; everyone on the staff reads it
 * (the guard lends and takes back keys through the shift log, which moves the holder).
 */
export const canKeepKeys: Access = ({ req: { user } }) =>
  hasRole(user, 'cs-clerk', ...MANAGER_ROLES, 'admin')
