import type { Endpoint, PayloadRequest } from 'payload'

import { canReadReports } from '@/access/canReadReports'
import { parsePeriod } from '@/domain/reportPeriods'
import { requireUser } from '@/lib/endpointUser'
import { forbidden, invalidField } from '@/lib/errors'
import { letterheadFor } from '@/lib/printing/letterhead'
import { officeSettings } from '@/lib/officeSettings'
import { complaintStatistics } from '@/lib/reports/complaintStatistics'
import { monthlyComplaintTables } from '@/lib/reports/tables'
import { tableWorkbook, xlsxResponse } from '@/lib/xlsx/tableWorkbook'
import { renderMonthlyComplaints } from '@/pdf/monthlyComplaints'
import { pdfResponse } from '@/pdf/pdfKit'

const statisticsFor = async (req: PayloadRequest) => {
  const user = requireUser(req)
  if (!canReadReports(user)) throw forbidden('无权查看统计报表 / You may not see office reports')
  const month = String(req.searchParams.get('month') ?? '')
  const office = await officeSettings(req)
  const period = parsePeriod(month, office.timezone)
  if (!period || period.kind !== 'month') {
    throw invalidField('reports', 'month', '月份格式应为 YYYY-MM / month must be YYYY-MM')
  }
  return complaintStatistics(req.payload, req, period, office)
}

/** `GET /api/reports/complaints/monthly?month=YYYY-MM` — 客户月投诉统计表 as JSON. */
export const complaintsMonthlyReport: Endpoint = {
  path: '/reports/complaints/monthly',
  method: 'get',
  handler: async (req) => Response.json(await statisticsFor(req)),
}

/** `GET /api/reports/complaints/monthly.pdf?month=YYYY-MM` — the same, printed. */
export const complaintsMonthlyReportPdf: Endpoint = {
  path: '/reports/complaints/monthly.pdf',
  method: 'get',
  handler: async (req) => {
    const statistics = await statisticsFor(req)
    const bytes = await renderMonthlyComplaints(
      statistics,
      await letterheadFor(req, 'monthlyComplaints'),
    )
    return pdfResponse(bytes, `客户月投诉统计表-${statistics.period}.pdf`)
  },
}

/** `GET /api/reports/complaints/monthly.xlsx?month=YYYY-MM` — the same figures, as a workbook. */
export const complaintsMonthlyReportXlsx: Endpoint = {
  path: '/reports/complaints/monthly.xlsx',
  method: 'get',
  handler: async (req) => {
    const statistics = await statisticsFor(req)
    const bytes = await tableWorkbook(monthlyComplaintTables(statistics))
    return xlsxResponse(bytes, `客户月投诉统计表-${statistics.period}.xlsx`)
  },
}
