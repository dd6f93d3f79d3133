import type { CollectionAfterChangeHook } from 'payload'

import type { WorkOrder } from '@/payload-types'
import { formatLocal } from '@/domain/time'
import { emailsOfRoles } from '@/lib/staffEmails'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'

/** afterChange: a repair that could not be finished is reported to customer service the same day. */
export const informCustomerService: CollectionAfterChangeHook<WorkOrder> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'pending-revisit' || previousDoc?.status === 'pending-revisit') return doc
  if (req.context?.importingHistory) return doc
  const office = await officeSettings(req)
  await queueEmail(req, {
    to: await emailsOfRoles(req, ['cs-clerk', 'dispatcher']),
    subject: `【维修未完成】${doc.number} 下次上门 ${formatLocal(doc.nextAppointment, office.timezone)}`,
    text: [
      `工单 ${doc.number} 未能完成 / Work order not finished.`,
      `原因 Reason: ${doc.unfinishedReason}`,
      `安全处置 Made safe: ${doc.madeSafe}`,
      `下次上门 Next appointment: ${formatLocal(doc.nextAppointment, office.timezone)}`,
    ].join('\n'),
  })
  return doc
}
