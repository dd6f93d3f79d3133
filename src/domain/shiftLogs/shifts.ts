import { localParts, zonedTime } from '../time'

import { DEFAULT_SHIFT_POSTS } from './posts'

/**
 * The names of the handbook's default posts (`DEFAULT_SHIFT_POSTS`). The posts themselves are
 * office data (`shift-posts`); these labels remain for what is still built on the default codes:
 * the duty post of a staff account and the board's fallback names.
 */
export const SHIFT_POSTS = Object.fromEntries(
  DEFAULT_SHIFT_POSTS.map((p) => [p.code, p.name]),
) as Record<'front-desk' | 'gate-1' | 'gate-2' | 'patrol', { zh: string; en: string }>
export type ShiftPost = keyof typeof SHIFT_POSTS

export const isShiftPost = (value: unknown): value is ShiftPost =>
  typeof value === 'string' && Object.hasOwn(SHIFT_POSTS, value)

/** A shift of a day: local start and end hours (an end of 24 is midnight of the next day). */
export type ShiftDefinition = { code: string; start: number; end: number }

/** Security runs three shifts around the clock (DOMAIN.md). */
export const SECURITY_SHIFTS: readonly ShiftDefinition[] = [
  { code: 'night', start: 0, end: 8 },
  { code: 'day', start: 8, end: 16 },
  { code: 'evening', start: 16, end: 24 },
]

/** The front desk's schedule unless the office settings say otherwise. */
export const DEFAULT_FRONT_DESK_SHIFTS: readonly ShiftDefinition[] = [
  { code: 'fd-day', start: 8, end: 14 },
  { code: 'fd-late', start: 14, end: 20 },
]

export const SHIFT_LABELS: Record<string, { zh: string; en: string }> = {
  night: { zh: '夜班 00:00–08:00', en: 'Night 00:00–08:00' },
  day: { zh: '白班 08:00–16:00', en: 'Day 08:00–16:00' },
  evening: { zh: '中班 16:00–24:00', en: 'Evening 16:00–24:00' },
}

export const shiftLabel = (def: ShiftDefinition): { zh: string; en: string } => {
  const known = SHIFT_LABELS[def.code]
  if (known) return known
  const hh = (h: number) => `${String(h).padStart(2, '0')}:00`
  return { zh: `前台 ${hh(def.start)}–${hh(def.end)}`, en: `Desk ${hh(def.start)}–${hh(def.end)}` }
}

/** Minutes an entry may fall outside its shift (late notes, early arrivals). */
export const ENTRY_GRACE_MINUTES = 30

/** The shifts of a post by its kind (or its code: the default front desk's code is its kind). */
export const shiftsFor = (
  post: string,
  frontDesk: readonly ShiftDefinition[] = DEFAULT_FRONT_DESK_SHIFTS,
): readonly ShiftDefinition[] => (post === 'front-desk' ? frontDesk : SECURITY_SHIFTS)

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** The instants a shift of a local date starts and ends, or null if the date is malformed. */
export const shiftWindow = (
  shiftDate: string,
  def: ShiftDefinition,
  timeZone: string,
): { startsAt: Date; endsAt: Date } | null => {
  const m = DATE.exec(shiftDate)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const startsAt = zonedTime(timeZone, y, mo, d, def.start)
  const endsAt = zonedTime(timeZone, y, mo, d, 0)
  endsAt.setTime(endsAt.getTime() + def.end * 3_600_000)
  if (Number.isNaN(startsAt.getTime())) return null
  return { startsAt, endsAt }
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The shift of a post running at an instant, with its local date; null outside the schedule. */
export const currentShift = (
  post: string,
  at: Date,
  timeZone: string,
  frontDesk: readonly ShiftDefinition[] = DEFAULT_FRONT_DESK_SHIFTS,
): { shiftDate: string; shift: ShiftDefinition } | null => {
  const p = localParts(at, timeZone)
  const shift = shiftsFor(post, frontDesk).find((s) => p.hour >= s.start && p.hour < s.end)
  if (!shift) return null
  return { shiftDate: `${p.year}-${pad(p.month)}-${pad(p.day)}`, shift }
}

/** The one key per post and shift that a unique index holds: `gate-1|2026-11-22|day`. */
export const shiftKey = (post: string, shiftDate: string, shift: string) =>
  `${post}|${shiftDate}|${shift}`

/** Whether an entry's time is within the shift, allowing the grace on either side. */
export const withinShift = (
  at: Date,
  window: { startsAt: Date; endsAt: Date },
  graceMinutes = ENTRY_GRACE_MINUTES,
): boolean => {
  const grace = graceMinutes * 60_000
  return (
    at.getTime() >= window.startsAt.getTime() - grace &&
    at.getTime() <= window.endsAt.getTime() + grace
  )
}
