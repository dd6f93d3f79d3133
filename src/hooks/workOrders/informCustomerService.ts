import type { CollectionAfterChangeHook } from 'payload'

import type { WorkOrder } from '@/payload-types'
import { formatLocal } from '@/domain/time'
import { emailsOfRoles } from '@/lib/staffEmails'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'

/**
 * afterChange: when engineering returns an unfinished repair to customer service (退回客服, the
 * same day by 001), the desk and the dispatcher are told, to arrange the next appointment.
 */
export const informCustomerService: CollectionAfterChangeHook<WorkOrder> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (
    doc.status !== 'pending-revisit' ||
    !doc.informedCustomerServiceAt ||
    previousDoc?.informedCustomerServiceAt
  ) {
    return doc
  }
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
      `住户签名 Resident signed: ${doc.unfinishedSignoffName ?? `未签名（${doc.unfinishedNoSignoffReason ?? ''}）`}`,
      `退回客服 Returned: ${formatLocal(doc.informedCustomerServiceAt, office.timezone)}`,
    ].join('\n'),
  })
  return doc
}
