import type { Endpoint } from 'payload'

import { relationId } from '@/domain/relations'
import { nameOf } from '@/endpoints/registers/readSources'
import { roundSignatures } from '@/lib/approvals/signatures'
import { requireUser } from '@/lib/endpointUser'
import { QUARTERLY_ANALYSIS_CHAIN } from '@/lib/approvals/complaintReports'
import { letterheadFor } from '@/lib/printing/letterhead'
import { officeSettings } from '@/lib/officeSettings'
import type { PrintableComplaintReport } from '@/pdf/complaintReports'
import { renderComplaintReport } from '@/pdf/complaintReports'
import { pdfResponse } from '@/pdf/pdfKit'
import { slugs } from '@/slugs'

type Action = { action: string; owner?: unknown; dueDate?: string | null }

/**
 * `GET /api/complaint-reports/:id/report.pdf` — 投诉调度记录月总结表 or 用户投诉分析报告, read as
 * the user. The chain's signatures of the current round are part of the report: once the user may
 * read the report, they are read with it (the approval log itself stays closed to them).
 */
export const printComplaintReport: Endpoint = {
  path: '/:id/report.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const r = await req.payload.findByID({
      collection: slugs.complaintReports,
      id: String(req.routeParams?.id),
      depth: 1,
      overrideAccess: false,
      user,
      req,
    })
    const signed = await roundSignatures(req, slugs.complaintReports, r)
    const stepLabel = (key: string | null | undefined) =>
      QUARTERLY_ANALYSIS_CHAIN.steps.find((s) => s.key === key)?.label.zh ?? key ?? ''
    const actions = (list: Action[] | null | undefined) =>
      (list ?? []).map((a) => ({
        action: a.action,
        ownerName: nameOf(a.owner) ?? (relationId(a.owner) ? String(relationId(a.owner)) : null),
        dueDate: a.dueDate,
      }))
    const printable: PrintableComplaintReport = {
      kind: r.kind,
      title: r.title ?? '',
      period: r.period,
      status: r.status ?? 'draft',
      figures: (r.figures ?? null) as PrintableComplaintReport['figures'],
      headComments: r.headComments,
      headCommentsByName: nameOf(r.headCommentsBy),
      headCommentsAt: r.headCommentsAt,
      analysis: r.analysis,
      correctiveActions: actions(r.correctiveActions),
      preventiveActions: actions(r.preventiveActions),
      signatures: signed.map((entry) => ({
        step: stepLabel(entry.stepKey),
        name: entry.userName ?? '',
        at: entry.at,
        comment: entry.comment,
      })),
    }
    const office = await officeSettings(req)
    const head = await letterheadFor(
      req,
      r.kind === 'quarterly-analysis' ? 'complaintAnalysis' : 'dispatchSummary',
    )
    const bytes = await renderComplaintReport(printable, head, office.timezone)
    return pdfResponse(bytes, `${printable.title || r.period}.pdf`)
  },
}
