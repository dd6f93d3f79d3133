import type { Role } from './roles'
import { USER_MANAGER_ROLES } from './roles'

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value))

/**
 * Who may give which roles to whom. Returns the reason a role change is refused, or null.
 * - only `admin` and `director` manage roles;
 * - nobody changes their own roles (no one raises themselves);
 * - only an `admin` grants or removes `admin`, and `general-manager` (the company's general manager
 *   approves what the director has reviewed: the director does not appoint them).
 */
export const roleChangeProblem = (args: {
  actorRoles: readonly Role[]
  actorId: string | number
  targetId: string | number | undefined
  before: readonly Role[]
  after: readonly Role[]
}): string | null => {
  const { actorRoles, actorId, targetId, before, after } = args
  if (sameSet(before, after)) return null
  if (!actorRoles.some((role) => USER_MANAGER_ROLES.includes(role))) {
    return '只有系统管理员或物业总监可以分配岗位 / Only an admin or the director may assign roles'
  }
  if (targetId !== undefined && String(targetId) === String(actorId)) {
    return '不能修改自己的岗位 / You cannot change your own roles'
  }
  const adminTouched = before.includes('admin') !== after.includes('admin')
  if (adminTouched && !actorRoles.includes('admin')) {
    return '只有系统管理员可以授予或撤销管理员 / Only an admin may grant or remove the admin role'
  }
  const gmTouched = before.includes('general-manager') !== after.includes('general-manager')
  if (gmTouched && !actorRoles.includes('admin')) {
    return '只有系统管理员可以授予或撤销总经理岗位 / Only an admin may grant or remove the general manager role'
  }
  return null
}
