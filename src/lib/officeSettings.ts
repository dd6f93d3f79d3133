import type { PayloadRequest } from 'payload'

import type { DocumentKind, VersionScheme } from '@/domain/documents/control'
import { DEFAULT_NUMBER_PATTERN } from '@/domain/documents/control'
import { DEFAULT_TIMEZONE } from '@/domain/time'
import { PENALTY_DEFAULTS } from '@/domain/violations/amounts'
import type { VisitMethod } from '@/domain/complaints/returnVisits'
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
  }
}
