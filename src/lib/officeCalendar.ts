import type { PayloadRequest } from 'payload'

import type { DeadlineCalendar } from '@/domain/calendar/deadlineRules'
import type { StoredCalendar } from '@/domain/calendar/officeCalendar'
import { deadlineCalendarFrom } from '@/domain/calendar/officeCalendar'
import { storedGlobal } from '@/lib/storedGlobal'
import { globalSlugs } from '@/slugs'

/**
 * The office calendar with its deadline rules, in the office's timezone, read inside the
 * caller's transaction (in full only when it has changed: src/lib/storedGlobal.ts); the hooks
 * pass it to the pure deadline functions.
 */
export const officeCalendar = async (
  req: PayloadRequest,
  timeZone: string,
): Promise<DeadlineCalendar> => {
  const stored = await storedGlobal(req, globalSlugs.officeCalendar)
  return deadlineCalendarFrom(stored as StoredCalendar, timeZone)
}
