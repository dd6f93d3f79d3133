import type { Access } from 'payload'

import { USER_MANAGER_ROLES } from '@/domain/roles'

import { hasRole } from './hasRole'

/** Only `admin` and `director` manage staff accounts and their roles. */
export const isUserManager: Access = ({ req: { user } }) => hasRole(user, ...USER_MANAGER_ROLES)
