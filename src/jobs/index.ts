import type { JobsConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { hasRole } from '@/access/hasRole'
import { jobSettings } from '@/config/jobWatchdog'
import { ALERT_QUEUE, EMAIL_QUEUE, ESCALATION_QUEUE, URGENT_EMAIL_QUEUE } from '@/contracts/jobs'

import { backupDatabaseTask } from './backupDatabase'
import { escalateFollowUpsTask } from './escalateFollowUps'
import { escalateOverdueComplaintsTask } from './escalateOverdueComplaints'
import { escalateOverdueVisitsTask } from './escalateOverdueVisits'
import { escalateWorkOrdersTask } from './escalateWorkOrders'
import { flagOverdueLoansTask } from './flagOverdueLoans'
import { flagOverdueRectificationsTask } from './flagOverdueRectifications'
import { holdsJobRunnerLease } from './runnerLease'
import { refreshMonthFiguresTask } from './refreshMonthFigures'
import { scheduleWeeklyMeetingTask } from './scheduleWeeklyMeeting'
import { sendEmailTask } from './sendEmail'
import { sendRobotAlertTask } from './sendRobotAlert'
import { watchJobs } from './watchdog'

const isAdmin = ({ req }: { req: { user?: unknown } }) =>
  hasRole(req.user as { roles?: unknown } | null, 'admin')

/**
 * Side effects run as jobs: mail, robot alerts and scheduled checks. In a long-running server
 * urgent mail and robot alerts are worked every ten seconds and the other queues every minute (the escalation checks queue
 * themselves on their own crons); tests run them by hand. Before each run the watchdog
 * (src/jobs/watchdog.ts) hands back jobs a stopped worker left processing, reports failed mail
 * and purges old jobs.
 */
/**
 * The queues a serving process works, and how often. Payload would queue scheduled jobs in every
 * process's cron, before it asks `shouldAutoRun`; scheduling is off here and done in
 * `shouldAutoRun` by the one process that holds the runner's lease.
 */
export const JOB_CRONS = [
  // Six fields: the first is seconds.
  { cron: '*/10 * * * * *', queue: URGENT_EMAIL_QUEUE, limit: 20, disableScheduling: true },
  { cron: '*/10 * * * * *', queue: ALERT_QUEUE, limit: 20, disableScheduling: true },
  { cron: '* * * * *', queue: EMAIL_QUEUE, limit: 50, disableScheduling: true },
  { cron: '* * * * *', queue: ESCALATION_QUEUE, limit: 5, disableScheduling: true },
] as const

/** The schedules (the escalation checks, the weekly meeting, the backup) live in this queue. */
const SCHEDULED_QUEUE = ESCALATION_QUEUE

export const jobs: JobsConfig = {
  tasks: [
    sendEmailTask,
    sendRobotAlertTask,
    escalateOverdueComplaintsTask,
    escalateWorkOrdersTask,
    flagOverdueRectificationsTask,
    flagOverdueLoansTask,
    escalateFollowUpsTask,
    escalateOverdueVisitsTask,
    scheduleWeeklyMeetingTask,
    backupDatabaseTask,
    refreshMonthFiguresTask,
  ],
  // Tests run the queues by hand: no crons at all.
  autoRun: () => (process.env.DISABLE_JOB_RUNNER === 'true' ? [] : [...JOB_CRONS]),
  // Of several processes on one database exactly one works the queues: the lease's holder
  // (src/jobs/runnerLease.ts). It queues what is due on the schedules, then the watchdog runs.
  shouldAutoRun: async (payload) => {
    if (process.env.DISABLE_JOB_RUNNER === 'true') return false
    if (!(await holdsJobRunnerLease(payload))) return false
    await payload.jobs.handleSchedules({ queue: SCHEDULED_QUEUE })
    await watchJobs(payload, jobSettings)
    return true
  },
  deleteJobOnComplete: false,
  // Nobody runs the queues through REST (`/api/payload-jobs/run`, `/handle-schedules`): a run
  // beside the lease holder's could claim the same job twice. The runner works them itself.
  access: { run: () => false, queue: isAdmin, cancel: isAdmin },
  // Jobs are queued and updated by the server (`payload.jobs`, with server rights); an admin may
  // look at them and remove one by id. No GraphQL, no bulk `where` writes, no duplicate.
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: {
      read: isAdmin,
      create: denyAll,
      update: denyAll,
      delete: isAdmin,
      readVersions: denyAll,
    },
    graphQL: false,
    disableBulkEdit: true,
    disableBulkDelete: true,
    disableDuplicate: true,
  }),
}
