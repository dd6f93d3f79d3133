import { ESCALATION_QUEUE, TASKS } from '@/contracts/jobs'
import type { PayloadRequest, TaskConfig } from 'payload'

import { overdueFollowUpEmail } from '@/domain/followUps/emails'
import { isOverdue } from '@/domain/followUps/workflow'
import { relationId } from '@/domain/relations'
import { MANAGER_ROLES } from '@/domain/roles'
import { overdueFollowUpsWhere } from '@/lib/followUps'
import { officeSettings } from '@/lib/officeSettings'
import { eachInOwnTransaction } from '@/lib/jobs/eachInOwnTransaction'
import { queueEmail } from '@/lib/queueEmail'
import { queueRobotAlerts } from '@/lib/alerts/queueRobotAlerts'
import type { FollowUp } from '@/payload-types'
import { emailsOfRoles } from '@/lib/staffEmails'
import { slugs } from '@/slugs'
import { escalationBatchSize } from '@/config/readSettings'

/**
 * Whom an overdue follow-up goes to: the owner's line manager (`users.manager`); with none set,
 * the managers (MANAGER_ROLES) of the owner's department; with none there either (or no
 * department), the site managers, who plan and follow the office's work. The owner is copied.
 */
const recipientsFor = async (req: PayloadRequest, ownerId: number | string) => {
  const owner = await req.payload
    .findByID({ collection: slugs.users, id: ownerId, depth: 1, req })
    .catch(() => null)
  if (!owner) return null
  const line = owner.manager && typeof owner.manager === 'object' ? owner.manager.email : null
  const others = (emails: string[]) => emails.filter((email) => email !== owner.email)
  let to = line ? [line] : []
  if (to.length === 0 && owner.department) {
    to = others(await emailsOfRoles(req, MANAGER_ROLES, { department: owner.department }))
  }
  if (to.length === 0) to = others(await emailsOfRoles(req, ['site-manager']))
  return { to, cc: [owner.email], ownerName: owner.name || owner.email }
}

/**
 * Every five minutes: each open follow-up past its deadline that has not been escalated is
 * reported to the owner's manager, once — the mail is queued and `escalatedAt` set in one
 * transaction per item, so an item is never marked without its mail nor mailed twice. A
 * reassignment (new owner or deadline) clears `escalatedAt`, and a new breach is reported again.
 * At most `ESCALATION_BATCH_SIZE` a run, the earliest deadline first; the rest wait for the next.
 */
export const escalateFollowUpsTask: TaskConfig = {
  slug: TASKS.escalateFollowUps,
  label: 'Escalate overdue follow-ups',
  schedule: [{ cron: '*/5 * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const now = new Date()
    const office = await officeSettings(req)
    const overdue = await req.payload.find({
      collection: slugs.followUps,
      where: { and: [overdueFollowUpsWhere(now), { escalatedAt: { exists: false } }] },
      depth: 0,
      limit: escalationBatchSize(),
      sort: 'deadline',
      req,
    })
    let notices = 0
    let escalated = 0
    await eachInOwnTransaction(
      req,
      TASKS.escalateFollowUps,
      overdue.docs,
      async (itemReq, found) => {
        // Re-read inside the item's transaction: completed or escalated since the list was read?
        const followUp: FollowUp = await itemReq.payload.findByID({
          collection: slugs.followUps,
          id: found.id,
          depth: 0,
          req: itemReq,
        })
        const ownerId = relationId(followUp.owner)
        if (!isOverdue(followUp, now) || followUp.escalatedAt || !ownerId) return
        const recipients = await recipientsFor(itemReq, ownerId)
        let sent = 0
        if (recipients && recipients.to.length > 0) {
          const email = overdueFollowUpEmail(followUp, recipients.ownerName, office.timezone)
          await queueEmail(itemReq, { to: recipients.to, cc: recipients.cc, ...email })
          await queueRobotAlerts(itemReq, 'escalation', {
            title: email.subject,
            text: email.text,
          })
          sent = 1
        }
        await itemReq.payload.update({
          collection: slugs.followUps,
          id: followUp.id,
          data: { escalatedAt: now.toISOString() },
          depth: 0,
          req: itemReq,
        })
        notices += sent
        escalated++
      },
    )
    // Past the batch: left for the next run (the list leaves out what was escalated).
    const remaining = overdue.totalDocs - overdue.docs.length
    return { output: { notices, escalated, remaining } }
  },
}
