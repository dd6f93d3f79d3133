import type { Access, Where } from 'payload'

import { hasRole, readsAsRole } from '@/access/hasRole'
import { isWorkflowWrite } from '@/access/isWorkflowWrite'
import { MEETING_ORGANISER_ROLES, MEETING_READER_ROLES } from '@/domain/meetings'
import { rolesOf } from '@/domain/roles'
import { slugs } from '@/slugs'

/**
 * The organisers (managers, the office staff), the document controller and the administrator read
 * every meeting; anyone else on the staff the meetings they chair, attend or recorded.
 */
export const canReadMeetings: Access = ({ req: { user } }) => {
  if (!user || rolesOf(user).length === 0) return false
  if (readsAsRole(user, ...MEETING_READER_ROLES)) return true
  const theirs: Where[] = [
    { chair: { equals: user.id } },
    { attendees: { in: [user.id] } },
    { recordedBy: { equals: user.id } },
  ]
  return { or: theirs }
}

/** Managers and the office staff organise meetings. */
export const canOrganiseMeetings: Access = ({ req: { user } }) =>
  hasRole(user, ...MEETING_ORGANISER_ROLES)

/**
 * Organisers edit a planned meeting; a chair who is not an organiser acts on it only through its
 * actions (`hold`, `close`, `cancel`), whose planner decides.
 */
export const canUpdateMeetings: Access = ({ req }) =>
  hasRole(req.user, ...MEETING_ORGANISER_ROLES) ||
  (rolesOf(req.user).length > 0 && isWorkflowWrite(req.context, slugs.meetings))
