import type { TaskConfig } from 'payload'

import { ESCALATION_QUEUE, TASKS } from '@/contracts/jobs'
import { relationId } from '@/domain/relations'
import { overdueVisitEmail } from '@/domain/returnVisits/emails'
import { isVisitOverdue } from '@/domain/returnVisits/programme'
import { queueRobotAlerts } from '@/lib/alerts/queueRobotAlerts'
import { officeSettings } from '@/lib/officeSettings'
import { eachInOwnTransaction } from '@/lib/jobs/eachInOwnTransaction'
import { queueEmail } from '@/lib/queueEmail'
import { emailsOfRoles } from '@/lib/staffEmails'
import type { ReturnVisit } from '@/payload-types'
import { slugs } from '@/slugs'
import { escalationBatchSize } from '@/config/readSettings'

/** What the site manager is told the visit was about: the complaint's number, the unit's code. */
const subjectOf = async (req: Parameters<typeof queueEmail>[0], visit: ReturnVisit) => {
  const complaint = relationId(visit.complaint)
  if (complaint) {
    const c = await req.payload.findByID({
      collection: slugs.complaints,
      id: complaint,
      depth: 0,
      select: { number: true },
      req,
    })
    return `投诉 ${c.number ?? complaint}`
  }
  const workOrder = relationId(visit.workOrder)
  if (workOrder) {
    const w = await req.payload.findByID({
      collection: slugs.workOrders,
      id: workOrder,
      depth: 0,
      select: { number: true },
      req,
    })
    return `工单 ${w.number ?? workOrder}`
  }
  const unit = relationId(visit.unit)
  if (unit) {
    const u = await req.payload.findByID({
      collection: slugs.units,
      id: unit,
      depth: 0,
      select: { code: true },
      req,
    })
    return `房屋 ${u.code ?? unit}`
  }
  return visit.household ?? '—'
}

/**
 * Every 15 minutes: each visit still to be made after its last day is reported to the site
 * managers (who plan the visits), the assignee copied — once: `escalatedAt` is set with the mail,
 * in one transaction per visit (`eachInOwnTransaction`). A visit that fails (a broken record,
 * an account gone) is rolled back alone; the others are still reported, and the job then fails
 * naming it, to be retried and reported like the other scheduled checks. At most
 * `ESCALATION_BATCH_SIZE` visits a run, the earliest last day first; the rest wait for the next.
 */
export const escalateOverdueVisitsTask: TaskConfig<typeof TASKS.escalateOverdueVisits> = {
  slug: TASKS.escalateOverdueVisits,
  label: 'Escalate overdue return visits',
  schedule: [{ cron: '*/15 * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const now = new Date()
    const office = await officeSettings(req)
    const overdue = await req.payload.find({
      collection: slugs.returnVisits,
      where: {
        and: [
          { status: { equals: 'scheduled' } },
          { dueBy: { less_than: now.toISOString() } },
          { escalatedAt: { exists: false } },
        ],
      },
      depth: 0,
      limit: escalationBatchSize(),
      sort: 'dueBy',
      select: { status: true },
      req,
    })
    let notices = 0
    let escalated = 0
    await eachInOwnTransaction(
      req,
      TASKS.escalateOverdueVisits,
      overdue.docs,
      async (itemReq, found) => {
        // Re-read inside the item's transaction: recorded or escalated since the list was read?
        const visit = await itemReq.payload.findByID({
          collection: slugs.returnVisits,
          id: found.id,
          depth: 0,
          req: itemReq,
        })
        if (!isVisitOverdue(visit, now) || visit.escalatedAt) return
        const assigneeId = relationId(visit.assignee)
        const assignee = assigneeId
          ? await itemReq.payload
              .findByID({ collection: slugs.users, id: assigneeId, depth: 0, req: itemReq })
              .catch(() => null)
          : null
        const email = overdueVisitEmail(
          visit,
          {
            assignee: assignee ? (assignee.name ?? assignee.email) : null,
            subject: await subjectOf(itemReq, visit),
          },
          office.timezone,
        )
        const to = await emailsOfRoles(itemReq, ['site-manager'])
        await queueEmail(itemReq, { to, cc: assignee ? [assignee.email] : [], ...email })
        await queueRobotAlerts(itemReq, 'escalation', { title: email.subject, text: email.text })
        await itemReq.payload.update({
          collection: slugs.returnVisits,
          id: visit.id,
          data: { escalatedAt: now.toISOString() },
          depth: 0,
          req: itemReq,
        })
        notices++
        escalated++
      },
    )
    // Past the batch: left for the next run (the list leaves out what was escalated).
    const remaining = overdue.totalDocs - overdue.docs.length
    return { output: { notices, escalated, remaining } }
  },
}
