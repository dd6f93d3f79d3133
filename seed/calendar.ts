import type { Payload } from 'payload'

import { DEFAULT_HOURS_ROWS, DEFAULT_RULE_ROWS } from '../src/domain/calendar/officeCalendar'
import { globalSlugs, slugs } from '../src/slugs'

/**
 * The demo office's calendar for 2026: weekdays 08:30–17:30, China's public holidays and 调休
 * working days as the State Council's notice for 2026 (国办发明电〔2025〕7号) is remembered here.
 * The office must check them against the notice itself before relying on them: this list was
 * typed from memory, not copied from the notice.
 */
export const CALENDAR_2026 = {
  year: 2026,
  hours: DEFAULT_HOURS_ROWS,
  holidays: [
    { name: '元旦', from: '2026-01-01', to: '2026-01-03' },
    { name: '春节', from: '2026-02-15', to: '2026-02-23' },
    { name: '清明节', from: '2026-04-04', to: '2026-04-06' },
    { name: '劳动节', from: '2026-05-01', to: '2026-05-05' },
    { name: '端午节', from: '2026-06-19', to: '2026-06-21' },
    { name: '中秋节', from: '2026-09-25', to: '2026-09-27' },
    { name: '国庆节', from: '2026-10-01', to: '2026-10-07' },
  ],
  workdays: [
    { date: '2026-01-04', note: '元旦调休' },
    { date: '2026-02-14', note: '春节调休' },
    { date: '2026-02-28', note: '春节调休' },
    { date: '2026-05-09', note: '劳动节调休' },
    { date: '2026-09-20', note: '国庆节调休' },
    { date: '2026-10-10', note: '国庆节调休' },
  ],
}

/**
 * The office calendar, entered by the administrator (audited as any edit), before the complaints
 * whose deadlines it sets. Skipped when the office has entered a year already.
 */
export const seedOfficeCalendar = async (payload: Payload, adminId: number) => {
  const stored = await payload.findGlobal({ slug: globalSlugs.officeCalendar, depth: 0 })
  if ((stored.years ?? []).length > 0) return
  const admin = await payload.findByID({ collection: slugs.users, id: adminId, depth: 0 })
  await payload.updateGlobal({
    slug: globalSlugs.officeCalendar,
    data: { years: [CALENDAR_2026], deadlineRules: DEFAULT_RULE_ROWS } as never,
    user: { ...admin, collection: slugs.users } as never,
    overrideAccess: false,
  })
}
