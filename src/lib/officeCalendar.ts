import type { PayloadRequest } from 'payload'

import type { DeadlineCalendar } from '@/domain/calendar/deadlineRules'
import type { StoredCalendar } from '@/domain/calendar/officeCalendar'
import { deadlineCalendarFrom } from '@/domain/calendar/officeCalendar'
import { globalSlugs } from '@/slugs'

/**
 * The office calendar with its deadline rules, in the office's timezone, read inside the
 * caller's transaction; the hooks pass it to the pure deadline functions.
 */
export const officeCalendar = async (
  req: PayloadRequest,
  timeZone: string,
): Promise<DeadlineCalendar> => {
  const stored = await req.payload.findGlobal({ slug: globalSlugs.officeCalendar, depth: 0, req })
  return deadlineCalendarFrom(stored as StoredCalendar, timeZone)
}
