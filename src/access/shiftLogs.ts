import type { Access, Where } from 'payload'

import { worksPost } from '@/domain/shiftLogs/actions'
import { MANAGER_ROLES, rolesOf } from '@/domain/roles'

import { hasRole, readsAsRole } from './hasRole'
import { isWorkflowWrite } from './isWorkflowWrite'

const OVERSEERS = [...MANAGER_ROLES, 'admin'] as const

type PostUser =
  | { id: number | string; roles?: unknown; dutyPost?: unknown; shiftLeader?: unknown }
  | null
  | undefined

/** The posts whose logs a user keeps: the front desk for a clerk, a guard's assigned post. */
const postsOf = (user: PostUser): string[] => {
  const posts: string[] = []
  if (hasRole(user, 'cs-clerk')) posts.push('front-desk')
  if (hasRole(user, 'security-guard') && typeof user?.dutyPost === 'string') {
    posts.push(user.dutyPost)
  }
  return posts
}

const byPost = (user: PostUser): boolean | Where => {
  if (!user) return false
  if (hasRole(user, ...OVERSEERS)) return true
  const posts = postsOf(user)
  return posts.length > 0 ? { post: { in: posts } } : false
}

/** A shift leader (带班员) leads every security post's handover: they read those logs too. */
const asShiftLeader = (user: PostUser, own: boolean | Where): boolean | Where => {
  if (own === true || !hasRole(user, 'security-guard') || user?.shiftLeader !== true) return own
  const security: Where = { postKind: { equals: 'security' } }
  return own === false ? security : { or: [own, security] }
}

/**
 * Row level: a guard reads their post's logs (a shift leader every security post's), a clerk the
 * front desk's, managers all.
 */
export const canReadShiftLogs: Access = ({ req: { user } }) =>
  readsAsRole(user, 'site-captain', ...OVERSEERS) ? true : asShiftLeader(user, byPost(user))

/** Opening a log: only for a post one works (the data names the post). */
export const canCreateShiftLogs: Access = ({ req: { user }, data }) => {
  if (!user) return false
  const actor = {
    id: user.id,
    roles: rolesOf(user),
    dutyPost: (user as { dutyPost?: string | null }).dutyPost,
  }
  if (data && typeof data.post === 'string') return worksPost(actor, data.post)
  return hasRole(user, ...OVERSEERS) || postsOf(user).length > 0
}

/** Editing the logs of one's posts; a shift leader's countersignature is the workflow's own write. */
export const canUpdateShiftLogs: Access = ({ req }) =>
  req.context?.workflowAction?.action === 'countersign' &&
  isWorkflowWrite(req.context, 'shift-logs')
    ? asShiftLeader(req.user, byPost(req.user))
    : byPost(req.user)

/** A log is a record of the shift: only the administrator removes one (and never a locked one). */
export const canDeleteShiftLogs: Access = ({ req: { user } }) => hasRole(user, 'admin')
