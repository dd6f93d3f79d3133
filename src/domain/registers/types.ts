import type { RegisterRange } from './range'

/**
 * A shift-log entry as the registers read it: the stored row with its relations already turned
 * into names (the unit's code, the recorder's name). Every field is optional: entries were written
 * under older rules too.
 */
export type RegisterEntry = {
  id?: string | null
  at?: string | null
  kind?: string | null
  text?: string | null
  name?: string | null
  idShown?: boolean | null
  visitorClass?: string | null
  plate?: string | null
  outAt?: string | null
  items?: string | null
  carrier?: string | null
  ownerConfirmedBy?: string | null
  ownerConfirmMethod?: string | null
  released?: boolean | null
  notifiedAt?: string | null
  collectedAt?: string | null
  collectedBy?: string | null
  company?: string | null
  validUntil?: string | null
  returnedAt?: string | null
  priority?: string | null
  /** The unit's code (`2-801`), or null. */
  unit?: string | null
  /** Who recorded it, by name. */
  recordedBy?: string | null
}

/** A shift log as the registers read it (names, not ids). */
export type RegisterLog = {
  id: number | string
  post: string
  shiftDate: string
  shift: string
  status: string
  onDuty?: string | null
  signedBy?: string | null
  incoming?: string | null
  reviewedBy?: string | null
  summary?: string | null
  openItems?: ReadonlyArray<{ kind?: string | null; ref?: string | null; note?: string | null }>
  entries: readonly RegisterEntry[]
}

/** A worker pass as the passes register reads it. */
export type RegisterPass = {
  number: string
  workerName: string
  company: string
  unit?: string | null
  validFrom?: string | null
  validUntil?: string | null
  issuedAt?: string | null
  issuedBy?: string | null
  returnedAt?: string | null
  status?: string | null
}

/** What every builder is told besides its rows: the period, the clock, the names of codes. */
export type RegisterContext = {
  range: RegisterRange
  timeZone: string
  /** When the register is printed (an issued pass past its validity is "expired" from then). */
  now: Date
  postLabels: Readonly<Record<string, string>>
  shiftLabels: Readonly<Record<string, string>>
}
