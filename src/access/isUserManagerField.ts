import type { FieldAccess } from 'payload'

import { USER_MANAGER_ROLES } from '@/domain/roles'

import { hasRole } from './hasRole'

/** Field-level twin of `isUserManager`: defence in depth behind the `protectRoles` hook. */
export const isUserManagerField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, ...USER_MANAGER_ROLES)
