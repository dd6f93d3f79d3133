import type { Role } from '@/domain/roles'
import { rolesOf } from '@/domain/roles'

type MaybeUser = { roles?: unknown } | null | undefined

/** The one role check everything else is built on. */
export const hasRole = (user: MaybeUser, ...roles: readonly Role[]): boolean =>
  rolesOf(user).some((role) => roles.includes(role))
