/**
 * Visits after other services (DOMAIN.md → Return visits: "other services within 1 week", at a
 * rate the site manager sets). The sample is systematic, not random: every completed service adds
 * the rate in force to a running total (percentage points), and a service gets a visit when the
 * total passes another hundred. At a constant rate r the n-th service is visited exactly when
 * floor(n·r/100) increases, so after n services floor(n·r/100) have been visited — never more,
 * never fewer; a rate changed midway applies from the next service on. Pure: the total is kept in
 * the database (`counters`) and claimed atomically by the caller.
 */

/** The counter that holds the running total of percentage points. */
export const SERVICE_VISIT_COUNTER = 'service-visit-sample'

/** The rate a new office starts with: every other service is visited until the site manager says otherwise. */
export const DEFAULT_SERVICE_VISIT_RATE = 100

/** The problem with a rate, or null: a whole percentage from 0 to 100. */
export const serviceVisitRateProblem = (rate: unknown): string | null => {
  if (typeof rate !== 'number' || !Number.isFinite(rate)) {
    return '抽样率须为 0–100 的整数 / The rate is a whole percentage from 0 to 100'
  }
  if (!Number.isInteger(rate) || rate < 0 || rate > 100) {
    return '抽样率须为 0–100 的整数 / The rate is a whole percentage from 0 to 100'
  }
  return null
}

/**
 * Whether the service that moved the running total from `totalBefore` to `totalBefore + rate` is
 * visited: the total passed another multiple of 100.
 */
export const isServiceSampled = (totalBefore: number, rate: number): boolean => {
  if (rate <= 0) return false
  return Math.floor((totalBefore + rate) / 100) > Math.floor(totalBefore / 100)
}

/** As `isServiceSampled`, from the total after the step (what an atomic increment returns). */
export const sampledByTotalAfter = (totalAfter: number, rate: number): boolean =>
  isServiceSampled(totalAfter - rate, rate)
