import type { Access, Where } from 'payload'

import { MANAGER_ROLES, rolesOf } from '@/domain/roles'

import { hasRole } from './hasRole'

/** Any member of staff raises a follow-up (a manager's meeting decision, a clerk's return-visit point). */
export const canRaiseFollowUp: Access = ({ req: { user } }) => rolesOf(user).length > 0

/** Managers and the administrator read every follow-up; anyone else those they own or raised. */
export const canReadFollowUps: Access = ({ req: { user } }) => {
  if (!user || rolesOf(user).length === 0) return false
  if (hasRole(user, ...MANAGER_ROLES, 'admin')) return true
  const mine: Where[] = [{ owner: { equals: user.id } }, { raisedBy: { equals: user.id } }]
  return { or: mine }
}

/**
 * Those who may take an action (`complete`, `reassign`): managers, and the person who raised it.
 * Every field is frozen after creation except through the action endpoint (`freezeFollowUp`), so
 * this is the row the endpoint writes as the user, not an editing right.
 */
export const canActOnFollowUps: Access = ({ req: { user } }) => {
  if (!user || rolesOf(user).length === 0) return false
  if (hasRole(user, ...MANAGER_ROLES)) return true
  return { raisedBy: { equals: user.id } }
}
