import type { TaskConfig } from 'payload'

import { ESCALATION_QUEUE, TASKS } from '@/contracts/jobs'
import { formatLocal } from '@/domain/time'
import { emailsOfRoles } from '@/lib/staffEmails'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/** Hourly: loans past their due date are flagged; the borrower and the document controller are emailed once. */
export const flagOverdueLoansTask: TaskConfig<typeof TASKS.flagOverdueLoans> = {
  slug: TASKS.flagOverdueLoans,
  label: 'Flag overdue document loans',
  schedule: [{ cron: '7 * * * *', queue: ESCALATION_QUEUE }],
  handler: async ({ req }) => {
    const office = await officeSettings(req)
    const late = await req.payload.find({
      collection: slugs.documentLoans,
      where: {
        and: [
          { status: { equals: 'lent' } },
          { dueAt: { less_than: new Date().toISOString() } },
          { overdueNotified: { not_equals: true } },
        ],
      },
      depth: 0,
      limit: 500,
      req,
    })
    const controllers = late.docs.length ? await emailsOfRoles(req, ['document-controller']) : []
    for (const loan of late.docs) {
      const requesterId = relationId(loan.requester)
      const requester = requesterId
        ? await req.payload
            .findByID({ collection: slugs.users, id: requesterId, depth: 0, req })
            .catch(() => null)
        : null
      await queueEmail(req, {
        to: [requester?.email ?? ''],
        cc: controllers,
        subject: `【借阅逾期】${loan.number} / Document loan overdue`,
        text: [
          `借阅单 ${loan.number} 应于 ${formatLocal(loan.dueAt, office.timezone)} 归还，请尽快交还文件管理员。`,
          `Loan ${loan.number} was due back on ${formatLocal(loan.dueAt, office.timezone)}; please return the documents.`,
        ].join('\n'),
      })
      await req.payload.update({
        collection: slugs.documentLoans,
        id: loan.id,
        data: { overdue: true, overdueNotified: true },
        depth: 0,
        req: serverReq(req),
      })
    }
    return { output: { notices: late.docs.length } }
  },
}
