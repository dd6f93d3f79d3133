/**
 * Other services the office provides (其他服务) beside complaints and repairs: paid household
 * services from the price list (有偿服务: cleaning, moving help, installing), help requests
 * (求助) and errands (代办). Each completed one may be visited within a week (DOMAIN.md → Return
 * visits). Pure: no Payload.
 */
export const SERVICE_KINDS = {
  household: { zh: '家政服务（有偿）', en: 'Household service (paid)' },
  help: { zh: '住户求助', en: 'Help request' },
  errand: { zh: '代办服务', en: 'Errand' },
  other: { zh: '其他服务', en: 'Other service' },
} as const
export type ServiceKind = keyof typeof SERVICE_KINDS

/** How far ahead of the server's clock a completion time may be (clocks of phones drift). */
const CLOCK_SLACK_MS = 60_000

const isoOf = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null
  const at = new Date(String(value))
  return Number.isNaN(at.getTime()) ? 'invalid' : at.toISOString()
}

/**
 * What a save does to the completion (完成时间): nothing, completes the service (the moment a
 * visit may be sampled), or is refused — a completion once recorded is fixed (409), and a
 * completion is a real time not in the future (400).
 */
export const completionChange = (
  before: unknown,
  after: unknown,
  now: Date,
):
  | { kind: 'none' }
  | { kind: 'complete'; completedAt: string }
  | { kind: 'refused'; status: 400 | 409; message: string } => {
  const was = isoOf(before)
  const is = isoOf(after)
  if (was) {
    if (is === was) return { kind: 'none' }
    return {
      kind: 'refused',
      status: 409,
      message: '服务完成时间已记录，不能更改 / The completion is recorded and cannot change',
    }
  }
  if (!is) return { kind: 'none' }
  if (is === 'invalid' || new Date(is).getTime() > now.getTime() + CLOCK_SLACK_MS) {
    return {
      kind: 'refused',
      status: 400,
      message: '完成时间无效或在将来 / The completion time is invalid or in the future',
    }
  }
  return { kind: 'complete', completedAt: is }
}
