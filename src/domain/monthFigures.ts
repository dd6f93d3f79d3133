import { localYearMonth } from './time'

/**
 * The dashboard's 12-month trend reads each closed month's figures from a row kept current by the
 * changes that move them; the month in progress is always counted afresh. These are the rules of
 * which rows a change touches.
 */

/** How many months back the trend reaches (the month in progress included). */
export const TREND_MONTHS = 12

/** A month's row: one per office time zone and month, since the zone sets the month's bounds. */
export const monthFigureKey = (timeZone: string, month: string): string => `${timeZone}|${month}`

/**
 * The closed months (before the month of `now`, and no further back than the trend reaches) in
 * which the given instants fall, oldest first, each once. A change to a complaint registered, or
 * a visit recorded, in one of these months moves that month's kept figures.
 */
export const closedMonthsTouched = (
  instants: ReadonlyArray<string | Date | null | undefined>,
  now: Date,
  timeZone: string,
  months = TREND_MONTHS,
): string[] => {
  const current = localYearMonth(now, timeZone)
  const [y, m] = current.split('-').map(Number)
  const index = y * 12 + (m - 1) - (months - 1)
  const oldest = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`
  const touched = new Set<string>()
  for (const instant of instants) {
    if (!instant) continue
    const date = new Date(instant)
    if (Number.isNaN(date.getTime())) continue
    const month = localYearMonth(date, timeZone)
    if (month < current && month >= oldest) touched.add(month)
  }
  return [...touched].sort()
}

/** Whether any of the named fields differs between the stored document and the new one. */
export const anyFieldChanged = (
  fields: readonly string[],
  doc: Record<string, unknown> | undefined,
  previous: Record<string, unknown> | undefined,
): boolean => {
  if (!previous || !doc) return true
  const id = (v: unknown) =>
    v && typeof v === 'object' && 'id' in (v as object) ? (v as { id: unknown }).id : v
  return fields.some((f) => String(id(doc[f]) ?? '') !== String(id(previous[f]) ?? ''))
}
