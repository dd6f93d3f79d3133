import { roleChangeProblem } from './roleChanges'
import type { Role } from './roles'
import { USER_MANAGER_ROLES, rolesOf } from './roles'

/**
 * Fields of a staff account that only a user manager (admin, director) sets: who someone is on
 * signed forms (`name`), whose return visits and escalations reach them (`manager`), where they
 * work (`department`, `dutyPost`), and DOMAIN.md's designations as they arrive: the shift leader
 * (`shiftLeader`, 带班员) so far; office head, department heads and area staff belong here too.
 */
export const MANAGED_FIELDS = [
  'name',
  'manager',
  'department',
  'dutyPost',
  'mustChangePassword',
  'shiftLeader',
] as const

/** A refusal naming the field that caused it. */
export type AccountProblem = { field: string; message: string }

type Id = string | number

type Account = {
  id: Id
  roles?: unknown
  email?: unknown
  [field: string]: unknown
}

/** A relationship value as stored (an id) or as sent (an id or a populated document). */
const comparable = (value: unknown): unknown => {
  if (value && typeof value === 'object' && 'id' in value) return String((value as Account).id)
  if (typeof value === 'number') return String(value)
  if (value === '' || value === undefined) return null
  return value
}

const changed = (before: unknown, after: unknown) => comparable(before) !== comparable(after)

const isUserManager = (roles: readonly Role[]) =>
  roles.some((role) => USER_MANAGER_ROLES.includes(role))

const sameId = (a: Id, b: Id) => String(a) === String(b)

const normalisedEmail = (value: unknown) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value

/**
 * Whether `actor` may apply `data` to the stored account `target`. Values sent unchanged pass:
 * the admin form sends every field on each save. Returns the first refusal, or null.
 * - roles: see `roleChangeProblem`;
 * - nobody sets another person's password: that goes through the reset mail, to its owner;
 * - only an admin changes an admin's email (a director could otherwise redirect the reset mail);
 * - name, manager, department, duty post, the one-time password flag: user managers only, and
 *   nobody clears their own flag except by setting a new password.
 */
export const accountChangeProblem = (args: {
  actor: { id: Id; roles?: unknown }
  target: Account
  data: Record<string, unknown>
}): AccountProblem | null => {
  const { actor, target, data } = args
  const actorRoles = rolesOf(actor)
  const targetRoles = rolesOf(target)
  const own = sameId(actor.id, target.id)

  if ('roles' in data) {
    const problem = roleChangeProblem({
      actorRoles,
      actorId: actor.id,
      targetId: target.id,
      before: targetRoles,
      after: rolesOf(data),
    })
    if (problem) return { field: 'roles', message: problem }
  }
  if (
    own &&
    'mustChangePassword' in data &&
    changed(target.mustChangePassword ?? false, data.mustChangePassword ?? false)
  ) {
    return {
      field: 'mustChangePassword',
      message:
        'mustChangePassword: 设置新密码后自动解除 / Cleared by setting a new password, not directly',
    }
  }
  if (!own && typeof data.password === 'string' && data.password !== '') {
    return {
      field: 'password',
      message:
        'password: 不能设置他人的密码，请让本人通过“忘记密码”邮件重置 / Nobody sets another person’s password: they reset it through the reset mail',
    }
  }
  if (
    !own &&
    'email' in data &&
    targetRoles.includes('admin') &&
    !actorRoles.includes('admin') &&
    normalisedEmail(data.email) !== normalisedEmail(target.email)
  ) {
    return {
      field: 'email',
      message:
        'email: 只有系统管理员可以修改管理员的登录邮箱 / Only an admin may change an admin’s email',
    }
  }
  if (!isUserManager(actorRoles)) {
    const field = MANAGED_FIELDS.find(
      (name) =>
        name in data &&
        (name === 'shiftLeader'
          ? Boolean(target[name]) !== Boolean(data[name])
          : changed(target[name], data[name])),
    )
    if (field) {
      return {
        field,
        message: `${field}: 只有系统管理员或物业总监可以修改 / Only an admin or the director may change ${field}`,
      }
    }
  }
  return null
}

/** Only an admin deletes an admin. Returns the reason a deletion is refused, or null. */
export const accountDeletionProblem = (args: {
  actor: { roles?: unknown }
  target: { roles?: unknown }
}): string | null => {
  if (rolesOf(args.target).includes('admin') && !rolesOf(args.actor).includes('admin')) {
    return '只有系统管理员可以删除管理员 / Only an admin may delete an admin'
  }
  return null
}

/**
 * Changing your own credentials (password, email) asks for your current password, so that a
 * session left open on a shared front-desk computer cannot take the account over.
 */
export const needsCurrentPassword = (args: {
  actorId: Id
  target: Account
  data: Record<string, unknown>
}): boolean => {
  const { actorId, target, data } = args
  if (!sameId(actorId, target.id)) return false
  if (typeof data.password === 'string' && data.password !== '') return true
  return 'email' in data && normalisedEmail(data.email) !== normalisedEmail(target.email)
}
