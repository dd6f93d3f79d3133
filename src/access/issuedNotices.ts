import type { Access } from 'payload'

import { MANAGER_ROLES, rolesOf } from '@/domain/roles'

import { hasRole } from './hasRole'

/**
 * Issued notices' records are read by staff; only the notice endpoint creates them, and nobody
 * changes them. Payload's file route (`/api/issued-notices/file/<name>`) is closed: the PDF is
 * served by `GET /api/violations/:id/notice.pdf`, as the user who may read the case.
 */
export const canReadIssuedNotices: Access = ({ req: { user }, isReadingStaticFile }) =>
  !isReadingStaticFile && rolesOf(user).length > 0

/** Who issues a notice (签发): the site captain and the managers (DOMAIN.md, violations). */
export const mayIssueNotices = (user: { roles?: unknown } | null | undefined): boolean =>
  hasRole(user, 'site-captain', ...MANAGER_ROLES)
