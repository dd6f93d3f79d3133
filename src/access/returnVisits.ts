import type { Access } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'

import { canReadAsComplaintStaff } from './complaints'
import { hasRole } from './hasRole'

const VISIT_COORDINATORS = ['dispatcher', ...MANAGER_ROLES, 'admin'] as const

export const canReadReturnVisits: Access = (args) => canReadAsComplaintStaff(args)

export const canCreateReturnVisits: Access = ({ req: { user } }) =>
  hasRole(user, ...VISIT_COORDINATORS)

/** The dispatcher and managers record any visit; anyone else only the visits assigned to them. */
export const canUpdateReturnVisits: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, ...VISIT_COORDINATORS)) return true
  if (hasRole(user, 'engineer', 'security-guard') && !hasRole(user, 'site-captain', 'cs-clerk')) {
    return false
  }
  return { assignee: { equals: user.id } }
}
