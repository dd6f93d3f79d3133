import type { JobsConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { hasRole } from '@/access/hasRole'
import { jobSettings } from '@/config/jobWatchdog'
import { EMAIL_QUEUE, ESCALATION_QUEUE, URGENT_EMAIL_QUEUE } from '@/contracts/jobs'

import { backupDatabaseTask } from './backupDatabase'
import { escalateFollowUpsTask } from './escalateFollowUps'
import { escalateOverdueComplaintsTask } from './escalateOverdueComplaints'
import { escalateWorkOrdersTask } from './escalateWorkOrders'
import { flagOverdueLoansTask } from './flagOverdueLoans'
import { flagOverdueRectificationsTask } from './flagOverdueRectifications'
import { scheduleWeeklyMeetingTask } from './scheduleWeeklyMeeting'
import { sendEmailTask } from './sendEmail'
import { watchJobs } from './watchdog'

const isAdmin = ({ req }: { req: { user?: unknown } }) =>
  hasRole(req.user as { roles?: unknown } | null, 'admin')

/**
 * Side effects run as jobs: mail and scheduled checks. In a long-running server urgent mail is
 * worked every ten seconds and the other queues every minute (the escalation checks queue
 * themselves on their own crons); tests run them by hand. Before each run the watchdog
 * (src/jobs/watchdog.ts) hands back jobs a stopped worker left processing, reports failed mail
 * and purges old jobs.
 */
/** The queues a serving process works, and how often. */
export const JOB_CRONS = [
  // Six fields: the first is seconds. No schedules live in the mail queues.
  { cron: '*/10 * * * * *', queue: URGENT_EMAIL_QUEUE, limit: 20, disableScheduling: true },
  { cron: '* * * * *', queue: EMAIL_QUEUE, limit: 50, disableScheduling: true },
  { cron: '* * * * *', queue: ESCALATION_QUEUE, limit: 5 },
] as const

export const jobs: JobsConfig = {
  tasks: [
    sendEmailTask,
    escalateOverdueComplaintsTask,
    escalateWorkOrdersTask,
    flagOverdueRectificationsTask,
    flagOverdueLoansTask,
    escalateFollowUpsTask,
    scheduleWeeklyMeetingTask,
    backupDatabaseTask,
  ],
  // Payload queues scheduled jobs in its cron before it asks `shouldAutoRun`: a process that does
  // not work the queues (tests, a second process) must not start the crons at all.
  autoRun: () => (process.env.DISABLE_JOB_RUNNER === 'true' ? [] : [...JOB_CRONS]),
  shouldAutoRun: async (payload) => {
    if (process.env.DISABLE_JOB_RUNNER === 'true') return false
    await watchJobs(payload, jobSettings)
    return true
  },
  deleteJobOnComplete: false,
  access: { run: isAdmin, queue: isAdmin, cancel: isAdmin },
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
