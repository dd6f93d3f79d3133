import type { PayloadRequest, TypedUser, Where } from 'payload'

import type { RegisterRange } from '@/domain/registers/range'
import { shiftDay } from '@/domain/registers/range'
import type { RegisterEntry, RegisterLog, RegisterPass } from '@/domain/registers/types'
import { SHIFT_LABELS, SHIFT_POSTS, shiftLabel } from '@/domain/shiftLogs/shifts'
import type { Office } from '@/lib/officeSettings'
import type { ShiftLog, WorkerPass } from '@/payload-types'
import { slugs } from '@/slugs'

/** A related record's name as read at depth 1 (a user's name, a unit's code), or null. */
export const nameOf = (value: unknown, key: 'name' | 'code' = 'name'): string | null =>
  value && typeof value === 'object' && key in value
    ? String((value as Record<string, unknown>)[key] ?? '') || null
    : null

type StoredEntry = NonNullable<ShiftLog['entries']>[number] & Record<string, unknown>

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

export const toRegisterEntry = (e: StoredEntry): RegisterEntry => ({
  id: e.id ?? null,
  at: e.at,
  kind: e.kind,
  text: e.text,
  name: e.name,
  idShown: e.idShown,
  // Written by the visitor-class work on shift logs; absent on older rows.
  visitorClass: text(e.visitorClass),
  plate: e.plate,
  outAt: e.outAt,
  items: e.items,
  carrier: e.carrier,
  ownerConfirmedBy: e.ownerConfirmedBy,
  ownerConfirmMethod: e.ownerConfirmMethod,
  released: e.released,
  notifiedAt: e.notifiedAt,
  collectedAt: e.collectedAt,
  collectedBy: e.collectedBy,
  company: e.company,
  validUntil: e.validUntil,
  returnedAt: e.returnedAt,
  priority: e.priority,
  unit: nameOf(e.unit, 'code'),
  recordedBy: nameOf(e.recordedBy),
})

export const toRegisterLog = (log: ShiftLog): RegisterLog => ({
  id: log.id,
  post: String(log.post),
  shiftDate: log.shiftDate ?? '',
  shift: log.shift ?? '',
  status: log.status ?? '',
  onDuty: nameOf(log.onDuty),
  signedBy: nameOf(log.signedBy),
  incoming: nameOf(log.incoming),
  reviewedBy: nameOf(log.reviewedBy),
  summary: log.summary,
  openItems: log.openItems ?? [],
  entries: (log.entries ?? []).map((e) => toRegisterEntry(e as StoredEntry)),
})

const toRegisterPass = (p: WorkerPass): RegisterPass => ({
  number: p.number ?? '',
  workerName: p.workerName,
  company: p.company,
  unit: nameOf(p.unit, 'code'),
  validFrom: p.validFrom,
  validUntil: p.validUntil,
  issuedAt: p.issuedAt,
  issuedBy: nameOf(p.issuedBy),
  returnedAt: p.returnedAt,
  status: p.status,
})

/** The names the registers print for posts and shifts (the front desk's from office settings). */
export const registerLabels = (office: Office) => ({
  postLabels: Object.fromEntries(Object.entries(SHIFT_POSTS).map(([k, v]) => [k, v.zh])),
  shiftLabels: {
    ...Object.fromEntries(Object.entries(SHIFT_LABELS).map(([k, v]) => [k, v.zh])),
    ...Object.fromEntries(office.frontDeskShifts.map((d) => [d.code, shiftLabel(d).zh])),
  },
})

/**
 * The shift logs a register reads, as the user (`overrideAccess: false`: the collection's own
 * row-level access — a guard's post, a clerk's front desk). Entries may stray 30 minutes past
 * their shift, so the logs of the day before and after are read too and the entries filtered by
 * time; the duty log reads the front desk's logs of the period's own days.
 */
export const readRegisterLogs = async (
  req: PayloadRequest,
  user: TypedUser,
  range: RegisterRange,
  frontDeskOnly: boolean,
): Promise<RegisterLog[]> => {
  const where: Where = frontDeskOnly
    ? {
        and: [
          { post: { equals: 'front-desk' } },
          { shiftDate: { greater_than_equal: range.from } },
          { shiftDate: { less_than_equal: range.to } },
        ],
      }
    : {
        and: [
          { shiftDate: { greater_than_equal: shiftDay(range.from, -1) } },
          { shiftDate: { less_than_equal: shiftDay(range.to, 1) } },
        ],
      }
  const found = await req.payload.find({
    collection: slugs.shiftLogs,
    where,
    depth: 1,
    pagination: false,
    sort: 'startsAt',
    overrideAccess: false,
    user,
    req,
  })
  return found.docs.map(toRegisterLog)
}

/** The worker passes issued or returned in the period, as the user reads them. */
export const readRegisterPasses = async (
  req: PayloadRequest,
  user: TypedUser,
  range: RegisterRange,
): Promise<RegisterPass[]> => {
  const within = (field: string): Where => ({
    and: [
      { [field]: { greater_than_equal: range.start.toISOString() } },
      { [field]: { less_than: range.end.toISOString() } },
    ],
  })
  const found = await req.payload.find({
    collection: slugs.workerPasses,
    where: { or: [within('issuedAt'), within('returnedAt')] },
    depth: 1,
    pagination: false,
    sort: 'issuedAt',
    overrideAccess: false,
    user,
    req,
  })
  return found.docs.map(toRegisterPass)
}
