import type { TaskConfig } from 'payload'

import { refreshPlannerStatistics } from '@/config/plannerStatistics'
import { ESCALATION_QUEUE, TASKS } from '@/contracts/jobs'
import { refreshClosedMonths } from '@/lib/dashboard/monthFigures'
import { officeSettings } from '@/lib/officeSettings'

/**
 * Nightly: the dashboard trend's closed months counted afresh and kept (`month-figures`). Changes
 * keep them current as they happen; this fills a new install's months, the month just closed,
 * and puts right anything written without hooks. Then the database's planner statistics
 * (src/config/plannerStatistics.ts), which a day of registrations may have moved.
 */
export const refreshMonthFiguresTask: TaskConfig<typeof TASKS.refreshMonthFigures> = {
  slug: TASKS.refreshMonthFigures,
  label: 'Refresh the dashboard trend’s month figures',
  schedule: [{ cron: '20 0 * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const office = await officeSettings(req)
    const months = await refreshClosedMonths(req, office.timezone)
    await refreshPlannerStatistics(req.payload)
    return { output: { months } }
  },
}
