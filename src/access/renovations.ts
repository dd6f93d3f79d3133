import type { Access } from 'payload'

import { RENOVATION_READER_ROLES, RENOVATION_RECORDER_ROLES } from '@/domain/renovation/workflow'
import { rolesOf } from '@/domain/roles'
import { slugs } from '@/slugs'

import { hasRole, readsAsRole } from './hasRole'
import { isWorkflowWrite } from './isWorkflowWrite'

/** The front desk, the managers, whoever inspects or patrols, and the administrator read renovations. */
export const canReadRenovations: Access = ({ req: { user } }) =>
  readsAsRole(user, ...RENOVATION_READER_ROLES)

/** The front desk and the managers record an application. */
export const canRecordRenovations: Access = ({ req: { user } }) =>
  hasRole(user, ...RENOVATION_RECORDER_ROLES)

/**
 * The recorders correct an application (`prepareRenovation` keeps it from changing once decided);
 * everyone else changes a renovation only through its actions, whose planner says who may take them.
 */
export const canUpdateRenovations: Access = ({ req }) =>
  hasRole(req.user, ...RENOVATION_RECORDER_ROLES) ||
  (rolesOf(req.user).length > 0 && isWorkflowWrite(req.context, slugs.renovations))
