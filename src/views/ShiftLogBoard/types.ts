import type { ShiftLogStatus } from '@/domain/shiftLogs/actions'

/** One line of a log's timeline, as the board shows it. */
export type BoardEntry = {
  id?: string | null
  at: string
  kind: string
  text?: string | null
  priority?: string | null
  plate?: string | null
  name?: string | null
  items?: string | null
  released?: boolean | null
  ownerConfirmedBy?: string | null
}

/** A shift log as the board reads it (as the user). */
export type BoardLog = {
  id: number
  post: string
  shiftDate?: string
  shift?: string
  status: ShiftLogStatus
  updatedAt?: string
  startsAt?: string
  endsAt?: string
  onDuty?: number | null
  signedBy?: number | null
  summary?: string | null
  refusalReason?: string | null
  openItems?: Array<{ kind?: string | null; ref?: string | null; note?: string | null }> | null
  equipment?: Array<{ item: string; outgoingOk?: boolean | null }> | null
  entries?: BoardEntry[] | null
}

/** A post's row of today's timeline: its shifts (local hours) and the logs opened for them. */
export type TimelineRow = {
  post: string
  label: string
  shifts: Array<{ code: string; start: number; end: number }>
  logs: Array<{ shift: string; status: string }>
}
