import type { Access } from 'payload'

import { USER_MANAGER_ROLES } from '@/domain/roles'

import { hasRole } from './hasRole'

/** User managers act on any account; everyone else only on their own (row-level `Where`). */
export const isUserManagerOrSelf: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, ...USER_MANAGER_ROLES)) return true
  return { id: { equals: user.id } }
}
