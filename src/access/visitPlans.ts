import type { Access } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'

import { hasRole, readsAsRole } from './hasRole'

/** The site manager plans return visits (DOMAIN.md → People and roles); no one else makes a plan. */
export const canPlanVisits: Access = ({ req: { user } }) => hasRole(user, 'site-manager')

/**
 * The dispatcher, the managers and the administrator read every plan (the general manager as the
 * director); anyone else the plans that give them households to visit.
 */
export const canReadVisitPlans: Access = ({ req: { user } }) => {
  if (!user) return false
  if (readsAsRole(user, 'dispatcher', ...MANAGER_ROLES, 'admin')) return true
  return { 'rows.assignee': { equals: user.id } }
}
