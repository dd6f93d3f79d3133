import type { Access, PayloadRequest } from 'payload'

import type { Role } from '@/domain/roles'
import { MANAGER_ROLES, SENIOR_MANAGER_ROLES } from '@/domain/roles'
import { officeHeadOf } from '@/lib/designations'

import { hasRole, readsAsRole } from './hasRole'
import { WORK_ORDER_DESK } from './workOrders'

/**
 * Other services (其他服务: paid household services, help requests, errands) are registered at the
 * front desk like repairs: the desk, the dispatcher and the managers; the site captain follows
 * them. Guards and engineers do not (their logs and their own work orders only): 403.
 */
const SERVICE_FOLLOWERS: readonly Role[] = [...WORK_ORDER_DESK, 'site-captain']

export const canRegisterServices: Access = ({ req: { user } }) => hasRole(user, ...WORK_ORDER_DESK)

export const canReadServices: Access = ({ req: { user } }) =>
  readsAsRole(user, ...SERVICE_FOLLOWERS)

/** The desk records the service done; the site captain confirms work on site. */
export const canUpdateServices: Access = ({ req: { user } }) => hasRole(user, ...SERVICE_FOLLOWERS)

/**
 * The share of other services that get a return visit is the site manager's to set (DOMAIN.md →
 * Return visits: "at a rate the site manager sets"); the director does everything in the office.
 */
export const canSetServiceVisitRate: Access = ({ req: { user } }) =>
  hasRole(user, 'site-manager', 'director')

/** Whether the user is the office head (主任), who writes the special-event report. */
const isOfficeHead = async (req: PayloadRequest): Promise<boolean> => {
  if (!req.user) return false
  const head = await officeHeadOf(req)
  return head !== null && String(head.id) === String(req.user.id)
}

/**
 * The report after a special event goes to the company from the office head (主任, who arranges
 * those visits) — or from the director or property manager above the office.
 */
export const canWriteEventReports: Access = async ({ req }) =>
  hasRole(req.user, ...SENIOR_MANAGER_ROLES) || isOfficeHead(req)

/** The managers read the reports (the general manager as the director), and the office head. */
export const canReadEventReports: Access = async ({ req }) =>
  readsAsRole(req.user, ...MANAGER_ROLES) || isOfficeHead(req)
