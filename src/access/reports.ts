import type { Access } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'

import { canReadReports } from './canReadReports'
import { hasRole } from './hasRole'

export const canReadReportRecords: Access = ({ req: { user } }) => canReadReports(user)

/** The dispatcher compiles the monthly summary; managers write the analysis. */
export const canWriteReportRecords: Access = ({ req: { user } }) =>
  hasRole(user, ...MANAGER_ROLES, 'dispatcher', 'admin')
