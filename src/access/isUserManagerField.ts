import type { FieldAccess } from 'payload'

import { USER_MANAGER_ROLES } from '@/domain/roles'

import { hasRole } from './hasRole'

/** Field-level twin of `isUserManager`: defence in depth behind the `protectAccounts` hook (which refuses with 403 rather than dropping the value). */
export const isUserManagerField: FieldAccess = ({ req: { user } }) =>
  hasRole(user, ...USER_MANAGER_ROLES)
