import type { Access } from 'payload'

import type { Role } from '@/domain/roles'
import { MANAGER_ROLES } from '@/domain/roles'
import { COMPLAINT_HANDLER_ROLES } from '@/domain/complaints/workflow'

import { slugs } from '@/slugs'

import { hasRole, readsAsRole } from './hasRole'
import { isWorkflowWrite } from './isWorkflowWrite'

/** Who registers complaints (来访来电登记): the front desk, the dispatcher and any manager. */
export const COMPLAINT_DESK_ROLES: readonly Role[] = [
  'cs-clerk',
  'dispatcher',
  ...MANAGER_ROLES,
  'admin',
]

/** Guards and engineers do not work on complaints: they see their own logs and work orders. */
const COMPLAINT_READERS = COMPLAINT_HANDLER_ROLES

/** Whether someone may be a complaint's handler: staff who work on complaints. */
export const mayHandleComplaints = (user: { roles?: unknown } | null | undefined): boolean =>
  hasRole(user, ...COMPLAINT_READERS)

export const canRegisterComplaint: Access = ({ req: { user } }) =>
  hasRole(user, ...COMPLAINT_DESK_ROLES)

/** Whether someone reads complaints: those who work on them, and the general manager. */
export const mayReadComplaints = (user: { roles?: unknown } | null | undefined): boolean =>
  readsAsRole(user, ...COMPLAINT_READERS)

export const canReadComplaints: Access = ({ req: { user } }) => mayReadComplaints(user)

/**
 * The desk edits any complaint; another member of staff only the complaints they handle — or any
 * complaint through an action the workflow's planner allowed them (a department head's 销项).
 */
export const canUpdateComplaints: Access = ({ req: { user, context } }) => {
  if (!user) return false
  if (hasRole(user, ...COMPLAINT_DESK_ROLES)) return true
  if (hasRole(user, ...COMPLAINT_READERS)) {
    return isWorkflowWrite(context, slugs.complaints) ? true : { handler: { equals: user.id } }
  }
  return false
}
