import type { PayloadRequest } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'

import { readsAsRole } from './hasRole'

/** Office statistics are for managers, the dispatcher (who compiles them) and the administrator. */
export const canReadReports = (user: PayloadRequest['user']): boolean =>
  readsAsRole(user, ...MANAGER_ROLES, 'dispatcher', 'admin')
