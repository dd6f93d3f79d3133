import type { Role } from '../roles'
import { MANAGER_ROLES, SENIOR_MANAGER_ROLES } from '../roles'

import { isEmergencyCategory } from './categories'

export type Severity = 'general' | 'major'

/** Why a complaint is major: by its category, as part of a collective complaint, or by hand. */
export type SeveritySource = 'category' | 'collective' | 'manual' | null

/** Severity is derived, never typed: an emergency category or a collective complaint is major. */
export const deriveSeverity = (args: {
  category: string
  collective: boolean
  manual?: Severity | null
}): { severity: Severity; source: SeveritySource } => {
  if (isEmergencyCategory(args.category)) return { severity: 'major', source: 'category' }
  if (args.collective) return { severity: 'major', source: 'collective' }
  if (args.manual === 'major') return { severity: 'major', source: 'manual' }
  return { severity: 'general', source: null }
}

/**
 * Who may set severity by hand. Any manager raises it (with a reason); lowering a major that the
 * rules derived (emergency or collective) needs a property manager or the director.
 */
export const severityChangeProblem = (args: {
  actorRoles: readonly Role[]
  current: Severity
  currentSource: SeveritySource
  wanted: Severity
  reason: string | null | undefined
}): { status: 400 | 403; field?: string; message: string } | null => {
  const { actorRoles, current, currentSource, wanted, reason } = args
  if (wanted === current)
    return { status: 400, field: 'severity', message: '严重程度未改变 / Severity unchanged' }
  if (!reason || !reason.trim()) {
    return { status: 400, field: 'reason', message: '须说明理由 / A reason is required' }
  }
  if (!actorRoles.some((r) => MANAGER_ROLES.includes(r))) {
    return { status: 403, message: '只有经理可以调整严重程度 / Only a manager may change severity' }
  }
  const lowering = current === 'major' && wanted === 'general'
  const derived = currentSource === 'category' || currentSource === 'collective'
  if (lowering && derived && !actorRoles.some((r) => SENIOR_MANAGER_ROLES.includes(r))) {
    return {
      status: 403,
      message:
        '降低按规则判定的重大投诉须物业管理经理或总监批准 / Lowering a derived major complaint needs a property manager or the director',
    }
  }
  return null
}

/**
 * Collective complaint (集体投诉): three or more distinct households complaining about the same
 * category in the same building within the window. Households are residents, or the unit for a
 * visitor who is not on file.
 */
export const isCollective = (households: ReadonlyArray<string>, threshold = 3): boolean =>
  new Set(households).size >= threshold
