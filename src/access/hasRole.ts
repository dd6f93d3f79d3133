import type { Role } from '@/domain/roles'
import { readingRolesOf, rolesOf } from '@/domain/roles'

type MaybeUser = { roles?: unknown } | null | undefined

/** The one role check everything else is built on. */
export const hasRole = (user: MaybeUser, ...roles: readonly Role[]): boolean =>
  rolesOf(user).some((role) => roles.includes(role))

/**
 * The role check for reading: as `hasRole`, counting the roles a user reads as (the general
 * manager reads what the director reads). Never for a right to change anything.
 */
export const readsAsRole = (user: MaybeUser, ...roles: readonly Role[]): boolean =>
  readingRolesOf(user).some((role) => roles.includes(role))
