import type { Access, Where } from 'payload'

import { MANAGER_ROLES, rolesOf } from '@/domain/roles'
import { isWorkflowWrite } from './isWorkflowWrite'
import { slugs } from '@/slugs'

import { readsAsRole } from './hasRole'

/** Any member of staff raises a follow-up (a manager's meeting decision, a clerk's return-visit point). */
export const canRaiseFollowUp: Access = ({ req: { user } }) => rolesOf(user).length > 0

/** Managers and the administrator read every follow-up; anyone else those they own or raised. */
export const canReadFollowUps: Access = ({ req: { user } }) => {
  if (!user || rolesOf(user).length === 0) return false
  if (readsAsRole(user, ...MANAGER_ROLES, 'admin')) return true
  const mine: Where[] = [{ owner: { equals: user.id } }, { raisedBy: { equals: user.id } }]
  return { or: mine }
}

/**
 * A follow-up changes only through its actions (`complete`, `reassign`), whose planner decides who
 * may take them (the raiser or a manager); no PATCH, not even of a field left alone.
 */
export const canActOnFollowUps: Access = ({ req }) =>
  rolesOf(req.user).length > 0 && isWorkflowWrite(req.context, slugs.followUps)
