import type { PayloadRequest, TaskConfig } from 'payload'

import { ESCALATION_QUEUE, TASKS } from '@/contracts/jobs'
import { breachEmail } from '@/domain/complaints/emails'
import { pendingBreaches } from '@/domain/complaints/deadlines'
import { complaintSummary } from '@/lib/complaintSummary'
import { emailsOfRoles } from '@/lib/staffEmails'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { queueRobotAlerts } from '@/lib/alerts/queueRobotAlerts'
import { eachInOwnTransaction } from '@/lib/jobs/eachInOwnTransaction'
import { complaintBreachRules, overdueBatch } from '@/lib/jobs/overdueBatch'
import { escalationBatchSize } from '@/config/readSettings'
import { slugs } from '@/slugs'
import { OPEN_COMPLAINT_STATUSES } from '@/domain/complaints/statusMachine'

/** The handler and their line manager; with no handler yet, the dispatchers and site managers. */
const recipientsFor = async (req: PayloadRequest, handlerId: number | string | undefined) => {
  if (!handlerId) {
    return { to: await emailsOfRoles(req, ['dispatcher', 'site-manager']), cc: [] as string[] }
  }
  const handler = await req.payload.findByID({
    collection: slugs.users,
    id: handlerId,
    depth: 1,
    req,
  })
  const manager =
    handler.manager && typeof handler.manager === 'object' ? handler.manager.email : null
  return { to: [handler.email], cc: manager ? [manager] : [] }
}

/**
 * Scheduled every five minutes: each open complaint past its verification or resolution deadline
 * is flagged, and its handler and their manager are emailed — once per breach, never again. At
 * most `ESCALATION_BATCH_SIZE` complaints a run, the one overdue longest first; the rest wait for
 * the next run. The output says how many were escalated and how many are still waiting.
 */
export const escalateOverdueComplaintsTask: TaskConfig<typeof TASKS.escalateOverdueComplaints> = {
  slug: TASKS.escalateOverdueComplaints,
  label: 'Escalate overdue complaints',
  schedule: [{ cron: '*/5 * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const now = new Date()
    const office = await officeSettings(req)
    const batch = await overdueBatch(
      req,
      complaintBreachRules(OPEN_COMPLAINT_STATUSES),
      now,
      escalationBatchSize(),
    )
    let notices = 0
    let escalated = 0
    await eachInOwnTransaction(
      req,
      TASKS.escalateOverdueComplaints,
      batch.ids.map((id) => ({ id })),
      async (itemReq, { id }) => {
        // Re-read inside the item's transaction: handled or notified since the list was read?
        const complaint = await itemReq.payload.findByID({
          collection: slugs.complaints,
          id,
          depth: 0,
          req: itemReq,
        })
        const breaches = pendingBreaches(complaint, now)
        if (breaches.length === 0) return
        const summary = await complaintSummary(itemReq, complaint)
        const recipients = await recipientsFor(itemReq, relationId(complaint.handler))
        for (const breach of breaches) {
          const email = breachEmail(summary, breach, office.timezone)
          await queueEmail(itemReq, { ...recipients, ...email })
          await queueRobotAlerts(itemReq, 'escalation', { title: email.subject, text: email.text })
        }
        await itemReq.payload.update({
          collection: slugs.complaints,
          id: complaint.id,
          data: { breachesNotified: [...(complaint.breachesNotified ?? []), ...breaches] },
          req: itemReq,
        })
        notices += breaches.length
        escalated++
      },
    )
    return { output: { notices, escalated, remaining: batch.total - batch.ids.length } }
  },
}
