import type { PayloadRequest } from 'payload'

import type { DocumentKind, VersionScheme } from '@/domain/documents/control'
import { DEFAULT_NUMBER_PATTERN } from '@/domain/documents/control'
import { DEFAULT_TIMEZONE } from '@/domain/time'
import { PENALTY_DEFAULTS } from '@/domain/violations/amounts'
import type { VisitMethod } from '@/domain/complaints/returnVisits'
import type { ShiftDefinition } from '@/domain/shiftLogs/shifts'
import { DEFAULT_FRONT_DESK_SHIFTS } from '@/domain/shiftLogs/shifts'
import { globalSlugs } from '@/slugs'

export type Office = {
  timezone: string
  resolutionTargetHours: number
  collectiveWindowHours: number
  collectiveThreshold: number
  complaintVisitRate: number
  complaintVisitMethod: VisitMethod
  commercialDispatchMinutes: number
  dispatchMinutes: number
  arrivalMinutes: number
  paymentBeforeDispatch: boolean
  repairVisitRate: number
  allowSameSigner: boolean
  lateFeeRatePerDay: number
  lateFeeCapRatio: number
  compensationCap: number
  documentNumberPattern: string
  versionScheme: VersionScheme
  directorApprovesKinds: DocumentKind[]
  frontDeskShifts: readonly ShiftDefinition[]
}

export const OFFICE_DEFAULTS: Office = {
  timezone: process.env.OFFICE_TIMEZONE || DEFAULT_TIMEZONE,
  resolutionTargetHours: 24,
  collectiveWindowHours: 24,
  collectiveThreshold: 3,
  complaintVisitRate: 100,
  complaintVisitMethod: 'face-to-face',
  commercialDispatchMinutes: 20,
  dispatchMinutes: 5,
  arrivalMinutes: 30,
  paymentBeforeDispatch: false,
  repairVisitRate: 20,
  allowSameSigner: false,
  ...PENALTY_DEFAULTS,
  documentNumberPattern: DEFAULT_NUMBER_PATTERN,
  versionScheme: 'letter',
  directorApprovesKinds: ['rule', 'procedure', 'contract'],
  frontDeskShifts: DEFAULT_FRONT_DESK_SHIFTS,
}

/** The office settings global with defaults filled in; read inside the caller's transaction. */
export const officeSettings = async (req: PayloadRequest): Promise<Office> => {
  const stored = (await req.payload.findGlobal({
    slug: globalSlugs.officeSettings,
    depth: 0,
    req,
  })) as Partial<Record<keyof Office, unknown>>
  const pick = <K extends keyof Office>(key: K): Office[K] =>
    (stored[key] ?? OFFICE_DEFAULTS[key]) as Office[K]
  return {
    timezone: pick('timezone'),
    resolutionTargetHours: pick('resolutionTargetHours'),
    collectiveWindowHours: pick('collectiveWindowHours'),
    collectiveThreshold: pick('collectiveThreshold'),
    complaintVisitRate: pick('complaintVisitRate'),
    complaintVisitMethod: pick('complaintVisitMethod'),
    commercialDispatchMinutes: pick('commercialDispatchMinutes'),
    dispatchMinutes: pick('dispatchMinutes'),
    arrivalMinutes: pick('arrivalMinutes'),
    paymentBeforeDispatch: pick('paymentBeforeDispatch'),
    repairVisitRate: pick('repairVisitRate'),
    allowSameSigner: pick('allowSameSigner'),
    lateFeeRatePerDay: pick('lateFeeRatePerDay'),
    lateFeeCapRatio: pick('lateFeeCapRatio'),
    compensationCap: pick('compensationCap'),
    documentNumberPattern: pick('documentNumberPattern'),
    versionScheme: pick('versionScheme'),
    directorApprovesKinds: pick('directorApprovesKinds'),
    frontDeskShifts: frontDeskShiftsFrom(stored.frontDeskShifts),
  }
}

/** The front desk's schedule as stored, or the default when none is set. */
const frontDeskShiftsFrom = (value: unknown): readonly ShiftDefinition[] => {
  const rows = Array.isArray(value) ? (value as Array<Partial<ShiftDefinition>>) : []
  const shifts = rows
    .filter((r) => r.code && typeof r.start === 'number' && typeof r.end === 'number')
    .map((r) => ({ code: String(r.code), start: Number(r.start), end: Number(r.end) }))
  return shifts.length > 0 ? shifts : OFFICE_DEFAULTS.frontDeskShifts
}
