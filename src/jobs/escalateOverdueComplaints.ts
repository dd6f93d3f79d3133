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
 * Scheduled every five minutes: every open complaint past its verification or resolution deadline
 * is flagged, and its handler and their manager are emailed — once per breach, never again.
 */
export const escalateOverdueComplaintsTask: TaskConfig<typeof TASKS.escalateOverdueComplaints> = {
  slug: TASKS.escalateOverdueComplaints,
  label: 'Escalate overdue complaints',
  schedule: [{ cron: '*/5 * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const now = new Date()
    const office = await officeSettings(req)
    const overdue = await req.payload.find({
      collection: slugs.complaints,
      where: {
        and: [
          { status: { in: [...OPEN_COMPLAINT_STATUSES] } },
          {
            or: [
              {
                and: [
                  { verifiedAt: { exists: false } },
                  { verifyDueAt: { less_than: now.toISOString() } },
                ],
              },
              {
                and: [
                  { resolvedAt: { exists: false } },
                  { resolveDueAt: { less_than: now.toISOString() } },
                ],
              },
            ],
          },
        ],
      },
      depth: 0,
      limit: 500,
      sort: 'resolveDueAt',
      req,
    })
    let notices = 0
    await eachInOwnTransaction(
      req,
      TASKS.escalateOverdueComplaints,
      overdue.docs,
      async (itemReq, complaint) => {
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
      },
    )
    return { output: { notices } }
  },
}
