import type { Endpoint, PayloadRequest } from 'payload'

import { canReadReports } from '@/access/canReadReports'
import { parsePeriod } from '@/domain/reportPeriods'
import { requireUser } from '@/lib/endpointUser'
import { forbidden, invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { letterheadFor } from '@/lib/printing/letterhead'
import { returnVisitReport } from '@/lib/reports/returnVisitReport'
import { returnVisitStatistics } from '@/lib/reports/returnVisitStatistics'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderVisitReport, renderVisitStatistics } from '@/pdf/returnVisitForms'

/** The month asked for, for a reader of office reports (managers, the dispatcher, the admin). */
const monthFor = async (req: PayloadRequest) => {
  const user = requireUser(req)
  if (!canReadReports(user)) throw forbidden('无权查看统计报表 / You may not see office reports')
  const office = await officeSettings(req)
  const period = parsePeriod(String(req.searchParams.get('month') ?? ''), office.timezone)
  if (!period || period.kind !== 'month') {
    throw invalidField('reports', 'month', '月份格式应为 YYYY-MM / month must be YYYY-MM')
  }
  return { period, office }
}

const statisticsFor = async (req: PayloadRequest) => {
  const { period, office } = await monthFor(req)
  return returnVisitStatistics(req.payload, req, period, office)
}

/** `GET /api/reports/return-visits/monthly?month=YYYY-MM` — 回访统计表 as JSON. */
export const returnVisitsMonthly: Endpoint = {
  path: '/reports/return-visits/monthly',
  method: 'get',
  handler: async (req) => Response.json(await statisticsFor(req)),
}

/** `GET /api/reports/return-visits/monthly.pdf?month=YYYY-MM` — 回访统计表, printed. */
export const returnVisitsMonthlyPdf: Endpoint = {
  path: '/reports/return-visits/monthly.pdf',
  method: 'get',
  handler: async (req) => {
    const statistics = await statisticsFor(req)
    const bytes = await renderVisitStatistics(
      statistics,
      await letterheadFor(req, 'returnVisitStatistics'),
    )
    return pdfResponse(bytes, `回访统计表-${statistics.period}.pdf`)
  },
}

/**
 * `GET /api/reports/return-visits/report.pdf?month=YYYY-MM` — 回访报告表: the month's rates against
 * their pass marks, the shortcomings raised and the follow-ups.
 */
export const returnVisitsReportPdf: Endpoint = {
  path: '/reports/return-visits/report.pdf',
  method: 'get',
  handler: async (req) => {
    const { period, office } = await monthFor(req)
    const report = await returnVisitReport(req, period, office)
    const bytes = await renderVisitReport(
      report,
      await letterheadFor(req, 'returnVisitReport'),
      office.timezone,
    )
    return pdfResponse(bytes, `回访报告表-${period.label}.pdf`)
  },
}

export const returnVisitReportEndpoints: Endpoint[] = [
  returnVisitsMonthly,
  returnVisitsMonthlyPdf,
  returnVisitsReportPdf,
]
