import type { CollectionAfterChangeHook } from 'payload'

import type { ShiftLog } from '@/payload-types'
import { formatLocal } from '@/domain/time'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { queueRobotAlerts } from '@/lib/alerts/queueRobotAlerts'
import { postName } from '@/lib/shiftLogs/posts'
import { slugs } from '@/slugs'

/**
 * afterChange: a refused handover goes to the supervisor (客服主管 / site managers) by email, with
 * the outgoing person in copy — they stay responsible until it is resolved. Queued with `req`.
 */
export const notifySupervisorOfRefusal: CollectionAfterChangeHook<ShiftLog> = async ({
  doc,
  previousDoc,
  req,
}) => {
  if (doc.status !== 'refused' || previousDoc?.status === 'refused') return doc
  const supervisors = await req.payload.find({
    collection: slugs.users,
    where: { roles: { contains: 'site-manager' } },
    depth: 0,
    limit: 20,
    select: { email: true },
    req,
  })
  const ids = [relationId(doc.signedBy), relationId(doc.refusedBy)].filter(
    (v): v is number => v !== null && v !== undefined,
  )
  const people = ids.length
    ? await req.payload.find({
        collection: slugs.users,
        where: { id: { in: ids } },
        depth: 0,
        select: { email: true, name: true },
        req,
      })
    : { docs: [] }
  const person = (id: unknown) => people.docs.find((p) => String(p.id) === String(relationId(id)))
  const office = await officeSettings(req)
  const post = (await postName(req, doc.post)).zh
  const email = {
    subject: `交接班被拒收：${post} ${doc.shiftDate} / Handover refused`,
    text: [
      `岗位 Post：${post}`,
      `班次 Shift：${doc.shiftDate} ${doc.shift}`,
      `交班人 Outgoing：${person(doc.signedBy)?.name ?? ''}`,
      `接班人 Incoming：${person(doc.refusedBy)?.name ?? ''}`,
      `拒收时间 Refused at：${formatLocal(doc.refusedAt, office.timezone)}`,
      `原因 Reason：${doc.refusalReason}`,
      '',
      '交班人在问题解决前继续负责。/ The outgoing person stays responsible until this is resolved.',
    ].join('\n'),
  }
  await queueEmail(req, {
    to: supervisors.docs.map((s) => s.email),
    cc: [person(doc.signedBy)?.email ?? ''],
    ...email,
  })
  // And to the group chats the office chose for handover refusals (office settings → 提醒).
  await queueRobotAlerts(req, 'handoverRefused', { title: email.subject, text: email.text })
  return doc
}
