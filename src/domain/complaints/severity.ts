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
  /** The category's emergency flag as the office keeps it; the built-in list when not given. */
  emergency?: boolean
}): { severity: Severity; source: SeveritySource } => {
  if (args.emergency ?? isEmergencyCategory(args.category)) {
    return { severity: 'major', source: 'category' }
  }
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

/** The fields an edit may change that decide severity, in the order a refusal names them. */
export const SEVERITY_INPUTS = ['category', 'unit', 'kind'] as const

export type SeverityEditResult =
  | {
      ok: true
      severity: Severity
      source: SeveritySource
      override: Severity | null
    }
  | { ok: false; status: 400 | 403; field: string; message: string }

/**
 * Severity after a client's edit (a PATCH or the admin form; actions decide through
 * `severityChangeProblem`). Editing category, unit or kind may raise it — a derivation that now
 * says major clears a manager's earlier "general" — but never lowers it: lowering a major needs a
 * property manager or the director, and a reason written with the edit (`severityReason`). Only
 * they write a reason by hand.
 */
export const severityAfterEdit = (args: {
  before: Severity
  derived: { severity: Severity; source: SeveritySource }
  override: Severity | null
  /** The severity inputs this edit changes, in `SEVERITY_INPUTS` order. */
  changedInputs: readonly string[]
  /** The reason as this edit rewrites it, or null when the edit leaves it as it was. */
  reason: string | null
  actorRoles: readonly Role[]
}): SeverityEditResult => {
  const { before, derived, changedInputs, reason, actorRoles } = args
  const senior = actorRoles.some((r) => SENIOR_MANAGER_ROLES.includes(r))
  if (reason !== null && !senior) {
    return {
      ok: false,
      status: 403,
      field: 'severityReason',
      message:
        '只有物业管理经理或总监可填写调整理由 / Only a property manager or the director writes a severity reason',
    }
  }
  const raised = changedInputs.length > 0 && derived.severity === 'major'
  const override = raised && args.override === 'general' ? null : args.override
  const severity = override ?? derived.severity
  if (!(before === 'major' && severity === 'general')) {
    return { ok: true, severity, source: override ? 'manual' : derived.source, override }
  }
  const field = changedInputs[0] ?? 'severity'
  if (!senior) {
    return {
      ok: false,
      status: 403,
      field,
      message: `修改 ${field} 会降低重大投诉的严重程度，须物业管理经理或总监并说明理由 / Changing ${field} would lower a major complaint: that needs a property manager or the director, with a reason`,
    }
  }
  if (!reason?.trim()) {
    return {
      ok: false,
      status: 400,
      field: 'severityReason',
      message: `降低重大投诉须说明理由 / Lowering a major complaint (by ${field}) needs a reason`,
    }
  }
  return { ok: true, severity: 'general', source: 'manual', override: 'general' }
}

/**
 * Collective complaint (集体投诉): three or more distinct households complaining about the same
 * category in the same building within the window. Households are residents, or the unit for a
 * visitor who is not on file.
 */
export const isCollective = (households: ReadonlyArray<string>, threshold = 3): boolean =>
  new Set(households).size >= threshold
