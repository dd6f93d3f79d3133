import { DAY, endOfLocalDay, HOUR } from '../time'

import type { Severity } from './severity'
import { isHandled } from './statusMachine'

export type ComplaintClock = {
  registeredAt: string
  verifiedAt?: string | null
  resolvedAt?: string | null
  replyPromisedAt?: string | null
  severity: Severity
}

export type Deadlines = {
  /** 当天调查核实: by 23:59 local time on the day of registration. */
  verifyDueAt: string
  /** 24 h after registration; for a major complaint, the reply time promised to the customer. */
  resolveDueAt: string
}

export type Timeliness = Deadlines & {
  verifiedOnTime: boolean | null
  resolvedWithin24h: boolean | null
  resolvedOnTime: boolean | null
  minutesToResolve: number | null
}

export const RESOLUTION_TARGET_HOURS = 24

export const complaintDeadlines = (
  clock: Pick<ComplaintClock, 'registeredAt' | 'replyPromisedAt' | 'severity'>,
  timeZone: string,
  resolutionHours = RESOLUTION_TARGET_HOURS,
): Deadlines => {
  const registered = new Date(clock.registeredAt)
  const standard = new Date(registered.getTime() + resolutionHours * HOUR)
  const promised =
    clock.severity === 'major' && clock.replyPromisedAt ? new Date(clock.replyPromisedAt) : null
  return {
    verifyDueAt: endOfLocalDay(registered, timeZone).toISOString(),
    resolveDueAt: (promised ?? standard).toISOString(),
  }
}

/** Deadlines, whether each was met (null while open), and the time to resolve. */
export const complaintTimeliness = (
  clock: ComplaintClock,
  timeZone: string,
  resolutionHours = RESOLUTION_TARGET_HOURS,
): Timeliness => {
  const deadlines = complaintDeadlines(clock, timeZone, resolutionHours)
  const registered = new Date(clock.registeredAt).getTime()
  const resolved = clock.resolvedAt ? new Date(clock.resolvedAt).getTime() : null
  const verified = clock.verifiedAt ? new Date(clock.verifiedAt).getTime() : null
  return {
    ...deadlines,
    verifiedOnTime:
      verified === null ? null : verified <= new Date(deadlines.verifyDueAt).getTime(),
    resolvedWithin24h: resolved === null ? null : resolved - registered <= resolutionHours * HOUR,
    resolvedOnTime:
      resolved === null ? null : resolved <= new Date(deadlines.resolveDueAt).getTime(),
    minutesToResolve: resolved === null ? null : Math.round((resolved - registered) / 60_000),
  }
}

export type Breach = 'verification' | 'resolution'

/** The deadlines an open complaint has passed at `now` and not yet been told about. */
export const pendingBreaches = (
  complaint: {
    verifyDueAt?: string | null
    resolveDueAt?: string | null
    verifiedAt?: string | null
    resolvedAt?: string | null
    status?: string | null
    breachesNotified?: readonly string[] | null
  },
  now: Date,
): Breach[] => {
  const notified = new Set(complaint.breachesNotified ?? [])
  const open = !isHandled(complaint.status)
  const breaches: Breach[] = []
  if (
    open &&
    !complaint.verifiedAt &&
    complaint.verifyDueAt &&
    new Date(complaint.verifyDueAt) < now &&
    !notified.has('verification')
  ) {
    breaches.push('verification')
  }
  if (
    open &&
    !complaint.resolvedAt &&
    complaint.resolveDueAt &&
    new Date(complaint.resolveDueAt) < now &&
    !notified.has('resolution')
  ) {
    breaches.push('resolution')
  }
  return breaches
}

export { DAY }
