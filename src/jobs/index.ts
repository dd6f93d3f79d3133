import type { JobsConfig } from 'payload'

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
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: {
      read: isAdmin,
      create: () => false,
      update: () => false,
      delete: isAdmin,
    },
  }),
}
