import type { TaskConfig } from 'payload'

import { ESCALATION_QUEUE, TASKS } from '@/contracts/jobs'
import { formatLocal } from '@/domain/time'
import { emailsOfRoles } from '@/lib/staffEmails'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * Every five minutes: rectification orders past their deadline are flagged and the manager in
 * charge (by severity, and the case's handler) is emailed — once per deadline.
 */
export const flagOverdueRectificationsTask: TaskConfig<typeof TASKS.flagOverdueRectifications> = {
  slug: TASKS.flagOverdueRectifications,
  label: 'Flag overdue rectifications',
  schedule: [{ cron: '*/5 * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const now = new Date()
    const office = await officeSettings(req)
    const overdue = await req.payload.find({
      collection: slugs.violations,
      where: {
        and: [
          { rectificationDueAt: { less_than: now.toISOString() } },
          { rectificationOverdue: { not_equals: true } },
          { status: { not_equals: 'resolved' } },
        ],
      },
      depth: 0,
      limit: 500,
      req,
    })
    let notices = 0
    for (const v of overdue.docs) {
      const deadline = String(v.rectificationDueAt)
      if (v.overdueNotifiedFor !== deadline) {
        const handlerId = relationId(v.handler)
        const handler = handlerId
          ? await req.payload
              .findByID({ collection: slugs.users, id: handlerId, depth: 0, req })
              .catch(() => null)
          : null
        await queueEmail(req, {
          to: [
            ...(await emailsOfRoles(req, [v.responsibleRole ?? 'site-manager'])),
            handler?.email ?? '',
          ],
          subject: `【整改逾期】${v.number} / Rectification overdue`,
          text: [
            `违章 ${v.number} 的限期整改已于 ${formatLocal(deadline, office.timezone)} 到期，尚未确认整改完成。`,
            `Violation ${v.number}: the rectification deadline has passed without the work being confirmed.`,
            `违章事实 What happened: ${v.description}`,
          ].join('\n'),
        })
        notices++
      }
      await req.payload.update({
        collection: slugs.violations,
        id: v.id,
        data: { rectificationOverdue: true, overdueNotifiedFor: deadline },
        depth: 0,
        req: serverReq(req),
      })
    }
    return { output: { notices } }
  },
}
