import type { TaskConfig } from 'payload'

import { ESCALATION_QUEUE, TASKS } from '@/contracts/jobs'
import { formatLocal } from '@/domain/time'
import type { WorkOrderBreach } from '@/domain/workOrders/rules'
import { pendingWorkOrderBreaches } from '@/domain/workOrders/rules'
import { emailsOfRoles } from '@/lib/staffEmails'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { queueRobotAlerts } from '@/lib/alerts/queueRobotAlerts'
import { eachInOwnTransaction } from '@/lib/jobs/eachInOwnTransaction'
import { slugs } from '@/slugs'

const TEXT: Record<WorkOrderBreach, { zh: string; en: string }> = {
  dispatch: { zh: '未按时派工', en: 'was not dispatched in time' },
  receipt: { zh: '工程部未按时签收', en: 'engineering did not sign for it in time' },
  arrival: { zh: '维修员未按时到场', en: 'the engineer did not arrive in time' },
}

/**
 * Every minute: work orders past their dispatch, receipt (工程部签收) or arrival deadline are
 * escalated by email to the dispatchers and site managers — once per breach.
 */
export const escalateWorkOrdersTask: TaskConfig<typeof TASKS.escalateWorkOrders> = {
  slug: TASKS.escalateWorkOrders,
  label: 'Escalate late work orders',
  schedule: [{ cron: '* * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const now = new Date()
    const office = await officeSettings(req)
    const late = await req.payload.find({
      collection: slugs.workOrders,
      where: {
        or: [
          {
            and: [
              { status: { equals: 'registered' } },
              { dispatchDueAt: { less_than: now.toISOString() } },
            ],
          },
          {
            and: [
              { status: { equals: 'dispatched' } },
              {
                or: [
                  { arrivalDueAt: { less_than: now.toISOString() } },
                  {
                    and: [
                      { receivedAt: { exists: false } },
                      { receiptDueAt: { less_than: now.toISOString() } },
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
      depth: 0,
      limit: 500,
      req,
    })
    const to = late.docs.length ? await emailsOfRoles(req, ['dispatcher', 'site-manager']) : []
    let notices = 0
    await eachInOwnTransaction(req, TASKS.escalateWorkOrders, late.docs, async (itemReq, order) => {
      const breaches = pendingWorkOrderBreaches(order, now)
      if (breaches.length === 0) return
      for (const breach of breaches) {
        const email = {
          subject: `【工单超时】${order.number} ${TEXT[breach].zh} / Late work order`,
          text: [
            `工单 ${order.number} ${TEXT[breach].zh}。`,
            `Work order ${order.number}: ${TEXT[breach].en}.`,
            `报修时间 Registered: ${formatLocal(order.registeredAt, office.timezone)}`,
            `报修内容 Fault: ${order.fault}`,
          ].join('\n'),
        }
        await queueEmail(itemReq, { to, ...email })
        await queueRobotAlerts(itemReq, 'escalation', { title: email.subject, text: email.text })
      }
      await itemReq.payload.update({
        collection: slugs.workOrders,
        id: order.id,
        data: { breachesNotified: [...(order.breachesNotified ?? []), ...breaches] },
        req: itemReq,
      })
      notices += breaches.length
    })
    return { output: { notices } }
  },
}
