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
import { overdueBatch, workOrderBreachRules } from '@/lib/jobs/overdueBatch'
import { escalationBatchSize } from '@/config/readSettings'
import { slugs } from '@/slugs'

const TEXT: Record<WorkOrderBreach, { zh: string; en: string }> = {
  dispatch: { zh: '未按时派工', en: 'was not dispatched in time' },
  receipt: { zh: '工程部未按时签收', en: 'engineering did not sign for it in time' },
  arrival: { zh: '维修员未按时到场', en: 'the engineer did not arrive in time' },
}

/**
 * Every minute: work orders past their dispatch, receipt (工程部签收) or arrival deadline are
 * escalated by email to the dispatchers and site managers — once per breach. At most
 * `ESCALATION_BATCH_SIZE` orders a run, the one overdue longest first; the rest wait for the next.
 */
export const escalateWorkOrdersTask: TaskConfig<typeof TASKS.escalateWorkOrders> = {
  slug: TASKS.escalateWorkOrders,
  label: 'Escalate late work orders',
  schedule: [{ cron: '* * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const now = new Date()
    const office = await officeSettings(req)
    const batch = await overdueBatch(req, workOrderBreachRules, now, escalationBatchSize())
    const to = batch.ids.length ? await emailsOfRoles(req, ['dispatcher', 'site-manager']) : []
    let notices = 0
    let escalated = 0
    const items = batch.ids.map((id) => ({ id }))
    await eachInOwnTransaction(req, TASKS.escalateWorkOrders, items, async (itemReq, { id }) => {
      // Re-read inside the item's transaction: dispatched, arrived or notified since the list?
      const order = await itemReq.payload.findByID({
        collection: slugs.workOrders,
        id,
        depth: 0,
        req: itemReq,
      })
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
      escalated++
    })
    return { output: { notices, escalated, remaining: batch.total - batch.ids.length } }
  },
}
