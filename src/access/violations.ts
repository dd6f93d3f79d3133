import type { Access } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'

import { hasRole } from './hasRole'

/** Anyone on staff may record a violation they see (and persuade at once). */
export { isStaff as canRecordViolations, isStaff as canReadViolations } from './isStaff'

/** Managers edit the case and draft handling decisions; everything else is an action. */
export const canEditViolations: Access = ({ req: { user } }) =>
  hasRole(user, ...MANAGER_ROLES, 'admin')
