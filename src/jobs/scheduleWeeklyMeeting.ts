import type { PayloadRequest, TaskConfig } from 'payload'
import { commitTransaction, initTransaction, killTransaction } from 'payload'

import { ESCALATION_QUEUE, TASKS } from '@/contracts/jobs'
import { WEEKLY_AGENDA, nextWeeklyMeeting, weeklySeriesKey } from '@/domain/meetings'
import { MANAGER_ROLES } from '@/domain/roles'
import type { Role } from '@/domain/roles'
import { officeHeadOf } from '@/lib/designations'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/** The office staff who attend the weekly meeting: the managers, the clerks, the dispatchers. */
const WEEKLY_ATTENDEE_ROLES: readonly Role[] = [...MANAGER_ROLES, 'cs-clerk', 'dispatcher']

export type WeeklyMeetingResult = {
  seriesKey: string
  created: boolean
  meeting: number | string | null
}

/**
 * Makes sure the next weekly meeting (周例会, office settings' day and time) exists, for the
 * office head to chair. Idempotent and safe to run twice at once: in one transaction it first
 * takes the series' counter row (an atomic upsert, which the second runner waits on until the
 * first commits), then looks for the meeting, then creates it; the meeting's unique `seriesKey`
 * is the last guarantee. A cancelled meeting counts as existing: it is not created again.
 */
export const ensureWeeklyMeeting = async (
  parent: PayloadRequest,
  now = new Date(),
): Promise<WeeklyMeetingResult> => {
  const req = serverReq(parent)
  const own = await initTransaction(req)
  try {
    const office = await officeSettings(req)
    const next = nextWeeklyMeeting(
      {
        weekday: office.weeklyMeetingWeekday,
        time: office.weeklyMeetingTime,
        timeZone: office.timezone,
      },
      now,
    )
    const seriesKey = weeklySeriesKey(next.localDate)
    // Serialises concurrent runs for this date (PostgreSQL holds the row lock to commit).
    await nextSequenceNumber(req, `meeting:${seriesKey}`)
    const existing = await req.payload.find({
      collection: slugs.meetings,
      where: { seriesKey: { equals: seriesKey } },
      limit: 1,
      depth: 0,
      select: {},
      req,
    })
    if (existing.docs[0]) {
      if (own) await commitTransaction(req)
      return { seriesKey, created: false, meeting: existing.docs[0].id }
    }
    const chair = (await officeHeadOf(req))?.id ?? null
    if (chair === null) {
      if (own) await commitTransaction(req)
      return { seriesKey, created: false, meeting: null }
    }
    const attendees = await req.payload.find({
      collection: slugs.users,
      where: { roles: { in: [...WEEKLY_ATTENDEE_ROLES] } },
      sort: 'id',
      limit: 100,
      depth: 0,
      select: {},
      req,
    })
    const meeting = await req.payload.create({
      collection: slugs.meetings,
      data: {
        kind: 'weekly',
        title: `周例会 ${next.localDate}`,
        scheduledAt: next.at.toISOString(),
        place: '客服中心会议室',
        chair: chair as number,
        attendees: attendees.docs.map((u) => u.id),
        agenda: WEEKLY_AGENDA.map((item) => ({ item })),
        seriesKey,
      },
      depth: 0,
      req,
    })
    if (own) await commitTransaction(req)
    return { seriesKey, created: true, meeting: meeting.id }
  } catch (error) {
    if (own) await killTransaction(req)
    throw error
  }
}

/** Every hour: the next weekly meeting exists (created up to a week ahead). */
export const scheduleWeeklyMeetingTask: TaskConfig = {
  slug: TASKS.scheduleWeeklyMeeting,
  label: 'Create the next weekly office meeting',
  schedule: [{ cron: '7 * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const result = await ensureWeeklyMeeting(req)
    return { output: { ...result } }
  },
}
