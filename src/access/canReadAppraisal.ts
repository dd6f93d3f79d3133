import type { PayloadRequest } from 'payload'

import { SENIOR_MANAGER_ROLES } from '@/domain/roles'

import { readsAsRole } from './hasRole'

/**
 * Staff appraisal input (员工考核) names people and their failings: the property manager and the
 * director (the general manager reads as the director) and the administrator only — not the
 * dispatcher who compiles the office's other statistics, nor the staff it is about.
 */
export const canReadAppraisal = (user: PayloadRequest['user']): boolean =>
  readsAsRole(user, ...SENIOR_MANAGER_ROLES, 'admin')
