import type { DepartmentHeadRow } from '../designations'
import { relationId } from '../relations'
import type { Role } from '../roles'
import { MANAGER_ROLES, readingRolesOf } from '../roles'

type Id = number | string

/** Whose follow-ups a manager watches on the dashboard besides their own. */
export type FollowUpScope = { kind: 'office' } | { kind: 'department'; departments: string[] }

/** The departments a user heads (部门负责人, designated in office settings). */
export const headedDepartments = (
  rows: readonly DepartmentHeadRow[] | null | undefined,
  userId: Id,
): string[] =>
  (rows ?? [])
    .filter((row) => row.department && String(relationId(row.user)) === String(userId))
    .map((row) => String(row.department))

/**
 * Issue 16: "the dashboard shows each person their open and overdue follow-up items, and managers
 * their department's". The director (and the general manager, who reads as the director) stands
 * over every department (DOMAIN: "everything in the office"): the whole office. Another manager
 * (property manager, site manager) watches their own department (users → 部门) and any department
 * they head; with none known there is no department to show. Everyone else: none (their own only).
 */
export const followUpScope = (
  user: { id: Id; roles?: unknown; department?: string | null },
  headed: readonly string[],
): FollowUpScope | null => {
  const roles = readingRolesOf(user)
  if (roles.includes('director')) return { kind: 'office' }
  if (!roles.some((role: Role) => MANAGER_ROLES.includes(role))) return null
  const departments = [...new Set([user.department, ...headed].filter((d): d is string => !!d))]
  return departments.length ? { kind: 'department', departments } : null
}
