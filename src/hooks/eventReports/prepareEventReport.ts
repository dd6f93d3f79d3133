import type { CollectionBeforeChangeHook } from 'payload'

import { eventReportProblem } from '@/domain/returnVisits/eventReports'
import { companyReportAddresses, visitIdsOf } from '@/lib/eventReports'
import { conflict, invalidField } from '@/lib/errors'
import type { EventReport } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * beforeChange (create): a report names its event, states its findings and covers visits after a
 * special event (400 naming the field otherwise); who wrote it and when are the server's; it is
 * addressed to the company (409 when the office has no address for it and no general manager).
 */
export const prepareEventReport: CollectionBeforeChangeHook<EventReport> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  const ids = visitIdsOf(data.visits)
  const found =
    ids.length === 0
      ? []
      : (
          await req.payload.find({
            collection: slugs.returnVisits,
            where: { id: { in: ids } },
            depth: 0,
            limit: ids.length,
            select: { kind: true },
            req,
          })
        ).docs
  const problem = eventReportProblem({
    event: data.event,
    findings: data.findings,
    visits: found,
    named: new Set(ids.map(String)).size,
  })
  if (problem) throw invalidField(slugs.eventReports, problem.field, problem.message)
  const to = await companyReportAddresses(req)
  if (to.length === 0) {
    throw conflict(
      '未设置公司报告邮箱，也没有总经理账号 / No company address is set (office settings) and no general manager has an account',
    )
  }
  data.event = String(data.event).trim()
  data.findings = String(data.findings).trim()
  data.writtenBy = req.user?.id
  data.writtenAt = new Date().toISOString()
  data.sentTo = to.join(', ')
  return data
}
