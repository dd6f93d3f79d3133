import type { Access } from 'payload'

import type { Role } from '@/domain/roles'
import { MANAGER_ROLES } from '@/domain/roles'

import { hasRole, readsAsRole } from './hasRole'

/** The front desk and the dispatcher register repairs; managers and the site captain follow them. */
export const WORK_ORDER_DESK: readonly Role[] = [
  'cs-clerk',
  'dispatcher',
  ...MANAGER_ROLES,
  'admin',
]
const FOLLOWERS: readonly Role[] = [...WORK_ORDER_DESK, 'site-captain']

/** Whether the user works on orders only as an engineer (sees and touches just their own). */
export const isEngineerOnly = (user: { roles?: unknown } | null | undefined) =>
  hasRole(user, 'engineer') && !hasRole(user, ...FOLLOWERS)

export const canRegisterWorkOrders: Access = ({ req: { user } }) =>
  hasRole(user, ...WORK_ORDER_DESK)

/** Row level: an engineer reads and updates only the orders assigned to them. */
export const canReadWorkOrders: Access = ({ req: { user } }) => {
  if (!user) return false
  if (readsAsRole(user, ...FOLLOWERS)) return true
  if (hasRole(user, 'engineer')) return { engineer: { equals: user.id } }
  return false
}

export const canUpdateWorkOrders: Access = ({ req: { user } }) => {
  if (!user) return false
  if (hasRole(user, ...WORK_ORDER_DESK)) return true
  if (hasRole(user, 'engineer')) return { engineer: { equals: user.id } }
  return false
}

export const canEditPriceList: Access = ({ req: { user } }) =>
  hasRole(user, 'property-manager', 'director', 'admin')
