import type { GlobalBeforeChangeHook } from 'payload'

import type { StoredCalendar } from '@/domain/calendar/officeCalendar'
import { calendarProblem } from '@/domain/calendar/officeCalendar'
import { invalidField } from '@/lib/errors'
import { globalSlugs } from '@/slugs'

/**
 * beforeChange: the calendar as it would be saved (the edit over what is stored) is checked as a
 * whole — overlapping holidays, a 调休 day that is not a weekend, hours that end before they
 * start, a rule for an unknown kind of deadline — and refused with 400 naming the field.
 */
export const checkOfficeCalendar: GlobalBeforeChangeHook = ({ data, originalDoc }) => {
  const merged = { ...(originalDoc ?? {}), ...data } as StoredCalendar
  const problem = calendarProblem(merged)
  if (problem) throw invalidField(globalSlugs.officeCalendar, problem.path, problem.message)
  return data
}
