import { hasRole } from '@/access/hasRole'
import { JOBS_COLLECTION as JOBS, TASKS } from '@/contracts/jobs'
import type { FailedRobotAlert } from '@/domain/alerts/failures'
import { failedRobotAlertOf } from '@/domain/alerts/failures'
import type { FailedMail } from '@/domain/jobs/watchdog'
import { failedMailOf } from '@/domain/jobs/watchdog'
import type { PayloadJob } from '@/payload-types'

import type { PanelProvider } from './types'

export type JobsPanelData = {
  failedMail: { total: number; items: FailedMail[] }
  /** Mail waiting to be sent (routine and urgent), retries included. */
  pendingMail: number
  /** Robot alerts (group chats) that could not be posted after every retry. */
  failedAlerts: { total: number; items: FailedRobotAlert[] }
  /** Other jobs (scheduled checks) that failed. */
  failedOther: number
}

/**
 * 后台任务: mail and robot alerts that could not be sent after every retry (also emailed to the
 * administrators by the watchdog), mail still waiting, and scheduled checks that failed. Administrators only, read
 * as the user (the jobs collection is theirs to read).
 */
export const jobsPanel: PanelProvider<JobsPanelData> = {
  key: 'jobs',
  title: { zh: '后台任务', en: 'Background jobs' },
  requires: [JOBS],
  visible: (user) => hasRole(user, 'admin'),
  load: async (ctx) => {
    const asUser = { overrideAccess: false, user: ctx.user, req: ctx.req } as const
    const failed = await ctx.payload.find({
      collection: JOBS,
      where: { and: [{ taskSlug: { equals: TASKS.sendEmail } }, { hasError: { equals: true } }] },
      sort: '-updatedAt',
      limit: 10,
      depth: 0,
      select: { input: true, error: true, totalTried: true, updatedAt: true },
      ...asUser,
    })
    const pending = await ctx.payload.count({
      collection: JOBS,
      where: {
        and: [
          { taskSlug: { equals: TASKS.sendEmail } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
      ...asUser,
    })
    const failedAlerts = await ctx.payload.find({
      collection: JOBS,
      where: {
        and: [{ taskSlug: { equals: TASKS.sendRobotAlert } }, { hasError: { equals: true } }],
      },
      sort: '-updatedAt',
      limit: 10,
      depth: 0,
      select: { input: true, error: true, totalTried: true, updatedAt: true },
      ...asUser,
    })
    const failedOther = await ctx.payload.count({
      collection: JOBS,
      where: {
        and: [
          { taskSlug: { not_in: [TASKS.sendEmail, TASKS.sendRobotAlert] } },
          { hasError: { equals: true } },
        ],
      },
      ...asUser,
    })
    return {
      failedMail: {
        total: failed.totalDocs,
        items: (failed.docs as PayloadJob[]).map(failedMailOf),
      },
      pendingMail: pending.totalDocs,
      failedAlerts: {
        total: failedAlerts.totalDocs,
        items: (failedAlerts.docs as PayloadJob[]).map(failedRobotAlertOf),
      },
      failedOther: failedOther.totalDocs,
    }
  },
}
