import type { JobsConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { hasRole } from '@/access/hasRole'
import { EMAIL_QUEUE } from '@/lib/queueEmail'

import { ESCALATION_QUEUE, escalateOverdueComplaintsTask } from './escalateOverdueComplaints'
import { escalateWorkOrdersTask } from './escalateWorkOrders'
import { flagOverdueLoansTask } from './flagOverdueLoans'
import { flagOverdueRectificationsTask } from './flagOverdueRectifications'
import { sendEmailTask } from './sendEmail'

const isAdmin = ({ req }: { req: { user?: unknown } }) =>
  hasRole(req.user as { roles?: unknown } | null, 'admin')

/**
 * Side effects run as jobs: mail and scheduled checks. In a long-running server the queues are
 * worked every minute (the escalation check queues itself every five); tests run them by hand.
 */
export const jobs: JobsConfig = {
  tasks: [
    sendEmailTask,
    escalateOverdueComplaintsTask,
    escalateWorkOrdersTask,
    flagOverdueRectificationsTask,
    flagOverdueLoansTask,
  ],
  autoRun: [
    { cron: '* * * * *', queue: EMAIL_QUEUE, limit: 50 },
    { cron: '* * * * *', queue: ESCALATION_QUEUE, limit: 5 },
  ],
  shouldAutoRun: () => process.env.DISABLE_JOB_RUNNER !== 'true',
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
