import type { Endpoint } from 'payload'

import { hasRole } from '@/access/hasRole'
import { REFRESH_FIGURES } from '@/hooks/complaintReports/computeReportFigures'
import { requireUser } from '@/lib/endpointUser'
import { conflict, forbidden, invalidField } from '@/lib/errors'
import { SERVER_WRITE } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * `POST /api/complaint-reports/:id/approve` — the director approves the quarterly analysis, which
 * is then final. (The violations issue generalises this into the reusable approval chain.)
 */
export const approveComplaintReport: Endpoint = {
  path: '/:id/approve',
  method: 'post',
  handler: async (req) => {
    const user = requireUser(req)
    if (!hasRole(user, 'director'))
      throw forbidden('只有物业总监可以批准 / Only the director approves')
    const id = String(req.routeParams?.id)
    const report = await req.payload.findByID({
      collection: slugs.complaintReports,
      id,
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    if (report.kind !== 'quarterly-analysis') {
      throw invalidField(
        slugs.complaintReports,
        'kind',
        '只有季度分析报告需要批准 / Only the quarterly analysis is approved',
      )
    }
    if (report.status === 'approved') throw conflict('报告已批准 / Already approved')
    if (!String(report.analysis ?? '').trim()) {
      throw invalidField(
        slugs.complaintReports,
        'analysis',
        '请先填写分析 / Write the analysis first',
      )
    }
    if ((report.correctiveActions ?? []).length === 0) {
      throw invalidField(
        slugs.complaintReports,
        'correctiveActions',
        '请填写纠正措施 / Add corrective actions',
      )
    }
    req.context = { ...req.context, [SERVER_WRITE]: true, [REFRESH_FIGURES]: true }
    const doc = await req.payload.update({
      collection: slugs.complaintReports,
      id,
      data: { status: 'approved', approvedBy: user.id, approvedAt: new Date().toISOString() },
      overrideAccess: false,
      user,
      req,
    })
    return Response.json({ doc, message: 'OK' })
  },
}
