import type { Access, PayloadRequest, Where } from 'payload'

import type { Role } from '@/domain/roles'
import { MANAGER_ROLES } from '@/domain/roles'
import { COMPLAINT_HANDLER_ROLES } from '@/domain/complaints/workflow'

import { departmentsHeadedBy } from '@/lib/designations'
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

/**
 * The departments a member of staff who does not work on complaints (an engineer, say) is the
 * designated head of (office settings → 部门负责人): they read, and sign 销项 on, the complaints
 * dispatched to those departments (002 篇4: the resolving department's head signs).
 */
const headedDepartmentsWhere = async (req: PayloadRequest): Promise<Where | false> => {
  if (!req.user) return false
  const departments = await departmentsHeadedBy(req, req.user.id)
  return departments.length > 0 ? { department: { in: departments } } : false
}

/** Records beside complaints (return visits, incidents): those who work on complaints. */
export const canReadAsComplaintStaff: Access = ({ req: { user } }) => mayReadComplaints(user)

export const canReadComplaints: Access = async ({ req }) =>
  mayReadComplaints(req.user) || headedDepartmentsWhere(req)

/**
 * The desk edits any complaint; another member of staff only the complaints they handle — or any
 * complaint through an action the workflow's planner allowed them (a department head's 销项).
 */
export const canUpdateComplaints: Access = async ({ req }) => {
  const { user, context } = req
  if (!user) return false
  if (hasRole(user, ...COMPLAINT_DESK_ROLES)) return true
  if (hasRole(user, ...COMPLAINT_READERS)) {
    return isWorkflowWrite(context, slugs.complaints) ? true : { handler: { equals: user.id } }
  }
  // A head who does not work on complaints writes only through an action the planner allowed.
  return isWorkflowWrite(context, slugs.complaints) ? headedDepartmentsWhere(req) : false
}
