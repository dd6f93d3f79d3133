import type { PayloadRequest } from 'payload'

import type { DocumentKind, VersionScheme } from '@/domain/documents/control'
import { DEFAULT_NUMBER_PATTERN } from '@/domain/documents/control'
import type { OfficeSetting } from '@/payload-types'
import { DEFAULT_TIMEZONE } from '@/domain/time'
import type { KpiTargets } from '@/domain/kpiTargets'
import { KPI_TARGET_DEFAULTS } from '@/domain/kpiTargets'
import { PENALTY_DEFAULTS } from '@/domain/violations/amounts'
import { SURVEY_LINK_DAYS } from '@/domain/returnVisits/survey'
import type { VisitMethod } from '@/domain/complaints/returnVisits'
import type { ShiftDefinition } from '@/domain/shiftLogs/shifts'
import { DEFAULT_FRONT_DESK_SHIFTS } from '@/domain/shiftLogs/shifts'
import { globalSlugs } from '@/slugs'
import { storedGlobal } from '@/lib/storedGlobal'
import { relationId } from '@/domain/relations'

/** The settings as stored: the generated type of the `office-settings` global, less its bookkeeping. */
type StoredOffice = Omit<
  OfficeSetting,
  | 'id'
  | 'createdAt'
  | 'updatedAt'
  | 'frontDeskShifts'
  | 'companyLogo'
  | 'targets'
  // Designations are people, not rules: read through src/lib/designations.ts.
  | 'officeHead'
  | 'departmentHeads'
  // Alerts outside email: read through src/lib/alerts/settings.ts.
  | 'alerts'
  // Renovation hours: read through src/lib/renovation/rules.ts.
  | 'renovationRules'
>

/**
 * The office's settings as the code uses them: every stored field present (a default where none
 * is stored), and the front desk's schedule as plain shift definitions.
 */
export type Office = OfficeFields & {
  frontDeskShifts: readonly ShiftDefinition[]
  /** The id of the logo in attachments, or null: none uploaded. */
  companyLogo: number | null
  /** 目标: the targets shown beside the figures (percent). */
  targets: KpiTargets
}

type OfficeFields = { [K in keyof StoredOffice]-?: NonNullable<StoredOffice[K]> }

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false

/** The stored choices are the domain's own: a choice added on one side only does not compile. */
type OfficeChoicesMatchDomain = [
  Same<Office['complaintVisitMethod'], VisitMethod>,
  Same<Office['versionScheme'], VersionScheme>,
  Same<Office['directorApprovesKinds'][number], DocumentKind>,
] extends [true, true, true]
  ? true
  : never
export const OFFICE_CHOICES_MATCH_DOMAIN: OfficeChoicesMatchDomain = true

export const OFFICE_DEFAULTS: Office = {
  timezone: process.env.OFFICE_TIMEZONE || DEFAULT_TIMEZONE,
  resolutionTargetHours: 24,
  collectiveWindowHours: 24,
  collectiveThreshold: 3,
  complaintVisitRate: 100,
  complaintVisitMethod: 'face-to-face',
  surveyLinkDays: SURVEY_LINK_DAYS,
  commercialDispatchMinutes: 20,
  dispatchMinutes: 5,
  arrivalMinutes: 30,
  // 001: customer service passes a paid order to engineering only on the finance receipt.
  paymentBeforeDispatch: true,
  repairVisitRate: 20,
  allowSameSigner: false,
  ...PENALTY_DEFAULTS,
  documentNumberPattern: DEFAULT_NUMBER_PATTERN,
  versionScheme: 'letter',
  directorApprovesKinds: ['rule', 'procedure', 'contract'],
  frontDeskShifts: DEFAULT_FRONT_DESK_SHIFTS,
  // The environment's COMPANY_NAME when none is stored: read when asked (see below).
  companyName: '',
  companyLogo: null,
  companyReportEmail: '',
  weeklyMeetingWeekday: 'fri',
  weeklyMeetingTime: '09:00',
  backupTime: '02:30',
  backupKeep: 14,
  targets: KPI_TARGET_DEFAULTS,
}

/**
 * One read of the settings per client request: a registration asked for them six times (the
 * numbering, the deadlines, the calendar, the mail…), each a full read of the global. Kept per
 * request object, and only for a request that came over HTTP (`req.method`) and is not itself a
 * change of the settings; server code (jobs, scripts, tests' Local API calls) reads afresh.
 */
const perRequest = new WeakMap<PayloadRequest, Promise<Office>>()

const mayKeep = (req: PayloadRequest) => {
  if (!req.method) return false
  const pathname = req.pathname ?? (req.url ? new URL(req.url, 'http://localhost').pathname : '')
  return !pathname.includes(`/globals/${globalSlugs.officeSettings}`)
}

/** The office settings global with defaults filled in; read inside the caller's transaction. */
export const officeSettings = async (req: PayloadRequest): Promise<Office> => {
  if (!mayKeep(req)) return readOfficeSettings(req)
  let kept = perRequest.get(req)
  if (!kept) {
    kept = readOfficeSettings(req)
    perRequest.set(req, kept)
    kept.catch(() => perRequest.delete(req))
  }
  // A copy each time: a caller that changes its copy changes nobody else's.
  return { ...(await kept) }
}

const readOfficeSettings = async (req: PayloadRequest): Promise<Office> => {
  const stored = await storedGlobal(req, globalSlugs.officeSettings)
  const d = OFFICE_DEFAULTS
  return {
    timezone: stored.timezone ?? d.timezone,
    resolutionTargetHours: stored.resolutionTargetHours ?? d.resolutionTargetHours,
    collectiveWindowHours: stored.collectiveWindowHours ?? d.collectiveWindowHours,
    collectiveThreshold: stored.collectiveThreshold ?? d.collectiveThreshold,
    complaintVisitRate: stored.complaintVisitRate ?? d.complaintVisitRate,
    complaintVisitMethod: stored.complaintVisitMethod ?? d.complaintVisitMethod,
    surveyLinkDays: stored.surveyLinkDays ?? d.surveyLinkDays,
    commercialDispatchMinutes: stored.commercialDispatchMinutes ?? d.commercialDispatchMinutes,
    dispatchMinutes: stored.dispatchMinutes ?? d.dispatchMinutes,
    arrivalMinutes: stored.arrivalMinutes ?? d.arrivalMinutes,
    paymentBeforeDispatch: stored.paymentBeforeDispatch ?? d.paymentBeforeDispatch,
    repairVisitRate: stored.repairVisitRate ?? d.repairVisitRate,
    allowSameSigner: stored.allowSameSigner ?? d.allowSameSigner,
    lateFeeRatePerDay: stored.lateFeeRatePerDay ?? d.lateFeeRatePerDay,
    lateFeeCapRatio: stored.lateFeeCapRatio ?? d.lateFeeCapRatio,
    compensationCap: stored.compensationCap ?? d.compensationCap,
    documentNumberPattern: stored.documentNumberPattern ?? d.documentNumberPattern,
    versionScheme: stored.versionScheme ?? d.versionScheme,
    directorApprovesKinds: [...(stored.directorApprovesKinds ?? d.directorApprovesKinds)],
    frontDeskShifts: frontDeskShiftsFrom(stored.frontDeskShifts),
    companyName: stored.companyName?.trim() || (await environmentCompanyName()),
    companyLogo: (relationId(stored.companyLogo) as number | undefined) ?? null,
    companyReportEmail: stored.companyReportEmail?.trim() ?? '',
    weeklyMeetingWeekday: stored.weeklyMeetingWeekday ?? d.weeklyMeetingWeekday,
    weeklyMeetingTime: stored.weeklyMeetingTime ?? d.weeklyMeetingTime,
    backupTime: stored.backupTime ?? d.backupTime,
    backupKeep: stored.backupKeep ?? d.backupKeep,
    targets: {
      resolvedWithin24h: stored.targets?.resolvedWithin24h ?? d.targets.resolvedWithin24h,
      complaintSatisfaction:
        stored.targets?.complaintSatisfaction ?? d.targets.complaintSatisfaction,
      departmentSatisfaction:
        stored.targets?.departmentSatisfaction ?? d.targets.departmentSatisfaction,
      validComplaints: stored.targets?.validComplaints ?? d.targets.validComplaints,
      surveySatisfaction: stored.targets?.surveySatisfaction ?? d.targets.surveySatisfaction,
    },
  }
}

/** The front desk's schedule as stored, or the default when none is set. */
const frontDeskShiftsFrom = (
  rows: OfficeSetting['frontDeskShifts'],
): readonly ShiftDefinition[] => {
  const shifts = (rows ?? [])
    .filter((r) => r.code && typeof r.start === 'number' && typeof r.end === 'number')
    .map((r) => ({ code: String(r.code), start: Number(r.start), end: Number(r.end) }))
  return shifts.length > 0 ? shifts : OFFICE_DEFAULTS.frontDeskShifts
}

/**
 * COMPANY_NAME from the settings, imported when first needed: importing `@/config/settings` when
 * this module loads would read the environment before a test (or a script) has set it.
 */
const environmentCompanyName = async () => (await import('@/config/settings')).settings.companyName
