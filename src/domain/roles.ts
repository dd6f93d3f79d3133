/** Staff roles (岗位), exactly as DOMAIN.md lists them, plus `admin` for system set-up. */
export const ROLES = [
  'general-manager',
  'director',
  'property-manager',
  'site-manager',
  'site-captain',
  'cs-clerk',
  'dispatcher',
  'engineer',
  'security-guard',
  'document-controller',
  'admin',
] as const

export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  'general-manager': { zh: '总经理', en: 'General manager' },
  director: { zh: '物业总监', en: 'Director' },
  'property-manager': { zh: '物业管理经理', en: 'Property manager' },
  'site-manager': { zh: '现场经理 / 客服主管', en: 'Site manager' },
  'site-captain': { zh: '现场队长', en: 'Site captain' },
  'cs-clerk': { zh: '客服 / 前台接待', en: 'Customer-service clerk' },
  dispatcher: { zh: '调度员', en: 'Dispatcher' },
  engineer: { zh: '维修员 / 工程部', en: 'Engineer' },
  'security-guard': { zh: '秩序维护员', en: 'Security guard' },
  'document-controller': { zh: '文件管理员 / 档案员', en: 'Document controller' },
  admin: { zh: '系统管理员', en: 'System administrator' },
}

/** Managers: the roles that may decide, not only record. */
export const MANAGER_ROLES: readonly Role[] = ['director', 'property-manager', 'site-manager']

/** The senior managers: the property manager and the director (major matters, lowering a severity). */
export const SENIOR_MANAGER_ROLES: readonly Role[] = ['director', 'property-manager']

/** The site captain and above: who issues notices and confirms work on site. */
export const SUPERVISOR_ROLES: readonly Role[] = ['site-captain', ...MANAGER_ROLES]

/** Who manages staff accounts and their roles. */
export const USER_MANAGER_ROLES: readonly Role[] = ['admin', 'director']

/**
 * Roles that never receive residents' confidential data (phone, ID number, emergency contacts):
 * to an outside enquirer the front desk gives the room number only, and the guard and the engineer
 * do not need more to do their work.
 */
export const CONFIDENTIAL_EXCLUDED_ROLES: readonly Role[] = ['security-guard', 'engineer']

/**
 * Roles that read what another role reads without its right to act: the company's general manager
 * (总经理) reads everything the director reads and approves the quarterly complaint analysis.
 */
export const READS_AS: Partial<Record<Role, readonly Role[]>> = {
  'general-manager': ['director'],
}

export const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value)

/** The roles a user holds, ignoring anything that is not a known role. */
export const rolesOf = (user: { roles?: unknown } | null | undefined): Role[] =>
  Array.isArray(user?.roles) ? user.roles.filter(isRole) : []

/**
 * Whether a set of roles entitles its holder to residents' confidential data. A person who also
 * holds a role that needs the data (a guard who doubles as a clerk) is entitled through that role.
 */
export const mayReadConfidential = (roles: readonly Role[]): boolean =>
  roles.some((role) => !CONFIDENTIAL_EXCLUDED_ROLES.includes(role))

/** The roles a user reads as: their own, and those they read as (`READS_AS`). */
export const readingRolesOf = (user: { roles?: unknown } | null | undefined): Role[] => {
  const own = rolesOf(user)
  return [...new Set([...own, ...own.flatMap((role) => READS_AS[role] ?? [])])]
}
