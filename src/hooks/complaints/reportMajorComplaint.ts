import type { CollectionAfterChangeHook } from 'payload'

import type { Complaint } from '@/payload-types'
import { majorComplaintEmail } from '@/domain/complaints/emails'
import { complaintSummary } from '@/lib/complaintSummary'
import { emailsOfRoles } from '@/lib/staffEmails'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { queueRobotAlerts } from '@/lib/alerts/queueRobotAlerts'

/**
 * afterChange: a complaint that is (or has just become) major is reported at once to every
 * property manager and director. Queued in the transaction: a rolled-back registration sends nothing.
 * Urgent queue: it leaves within seconds and never waits behind routine mail. The group robots
 * chosen for major complaints get it too.
 */
export const reportMajorComplaint: CollectionAfterChangeHook<Complaint> = async ({
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const becameMajor =
    doc.severity === 'major' && (operation === 'create' || previousDoc?.severity !== 'major')
  if (!becameMajor || req.context?.importingHistory) return doc
  const office = await officeSettings(req)
  const email = majorComplaintEmail(await complaintSummary(req, doc), office.timezone)
  await queueEmail(
    req,
    {
      to: await emailsOfRoles(req, ['property-manager', 'director']),
      ...email,
    },
    { urgent: true },
  )
  // And to the group chats the office chose for major complaints (office settings → 提醒).
  await queueRobotAlerts(req, 'majorComplaint', { title: email.subject, text: email.text })
  return doc
}
