import type { Access } from 'payload'

import { SUGGESTION_READER_ROLES, SUGGESTION_RECORDER_ROLES } from '@/domain/suggestions/workflow'
import { rolesOf } from '@/domain/roles'
import { slugs } from '@/slugs'

import { hasRole, readsAsRole } from './hasRole'
import { isWorkflowWrite } from './isWorkflowWrite'

/** The front desk, customer service, the managers and the administrator read suggestions (the general manager as the director). */
export const canReadSuggestions: Access = ({ req: { user } }) =>
  readsAsRole(user, ...SUGGESTION_READER_ROLES)

/** The front desk and customer service (and the managers) record suggestions. */
export const canRecordSuggestions: Access = ({ req: { user } }) =>
  hasRole(user, ...SUGGESTION_RECORDER_ROLES)

/**
 * A suggestion changes only through its actions (`adopt`, `decline`), whose planner decides who
 * may take them (the director); no PATCH.
 */
export const canActOnSuggestions: Access = ({ req }) =>
  rolesOf(req.user).length > 0 && isWorkflowWrite(req.context, slugs.suggestions)
