import type { Access } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'
import { isWorkflowWrite } from './isWorkflowWrite'
import { slugs } from '@/slugs'

import { hasRole } from './hasRole'

/** Anyone on staff may record a violation they see (and persuade at once). */
export { isStaff as canRecordViolations, isStaff as canReadViolations } from './isStaff'

/** Managers edit the case and draft handling decisions; everything else is an action. */
export const canEditViolations: Access = ({ req: { user } }) =>
  hasRole(user, ...MANAGER_ROLES, 'admin')

/**
 * Updating a case: a manager's edit, or a workflow action's own write (a site captain recording
 * a payment, a guard recording persuasion), which the action's planner has already allowed.
 */
export const canUpdateViolations: Access = (args) =>
  isWorkflowWrite(args.req.context, slugs.violations) || canEditViolations(args)
