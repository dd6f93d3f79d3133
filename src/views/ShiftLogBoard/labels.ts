import { SHIFT_LOG_STATUSES } from '@/domain/shiftLogs/actions'
import { SHIFT_LABELS, SHIFT_POSTS } from '@/domain/shiftLogs/shifts'

export const shiftName = (code?: string) => (code ? (SHIFT_LABELS[code]?.zh ?? code) : '')
export const postName = (post: string) => SHIFT_POSTS[post as keyof typeof SHIFT_POSTS]?.zh ?? post
export const statusName = (status?: string) =>
  status ? SHIFT_LOG_STATUSES[status as keyof typeof SHIFT_LOG_STATUSES] : undefined

/** A local clock time (HH:mm) in the office's timezone. */
export const hhmm = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))

/** The hour of the day (with its fraction) of an instant in the office's timezone. */
export const hourOfDay = (iso: string, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0)
  return part('hour') + part('minute') / 60
}
