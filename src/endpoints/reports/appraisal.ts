import type { Endpoint, PayloadRequest } from 'payload'

import { canReadAppraisal } from '@/access/canReadAppraisal'
import { parsePeriod } from '@/domain/reportPeriods'
import { requireUser } from '@/lib/endpointUser'
import { forbidden, invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { letterheadFor } from '@/lib/printing/letterhead'
import { staffAppraisal } from '@/lib/reports/appraisal'
import { staffAppraisalTables } from '@/lib/reports/tables'
import { tableWorkbook, xlsxResponse } from '@/lib/xlsx/tableWorkbook'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderRegister } from '@/pdf/registers'

const appraisalFor = async (req: PayloadRequest) => {
  const user = requireUser(req)
  if (!canReadAppraisal(user)) {
    throw forbidden('无权查看员工考核统计 / Only managers may see the staff appraisal table')
  }
  const office = await officeSettings(req)
  const period = parsePeriod(String(req.searchParams.get('month') ?? ''), office.timezone)
  if (!period || period.kind !== 'month') {
    throw invalidField('reports', 'month', '月份格式应为 YYYY-MM / month must be YYYY-MM')
  }
  return staffAppraisal(req.payload, req, period)
}

/** `GET /api/reports/appraisal?month=YYYY-MM` — 员工考核月度统计表 as JSON (managers only). */
export const appraisalReport: Endpoint = {
  path: '/reports/appraisal',
  method: 'get',
  handler: async (req) => Response.json(await appraisalFor(req)),
}

/** `GET /api/reports/appraisal.pdf?month=YYYY-MM` — the same table, printed (A4 landscape). */
export const appraisalReportPdf: Endpoint = {
  path: '/reports/appraisal.pdf',
  method: 'get',
  handler: async (req) => {
    const appraisal = await appraisalFor(req)
    const [staff] = staffAppraisalTables(appraisal)
    const bytes = await renderRegister(
      staff,
      'staffAppraisal',
      await letterheadFor(req, 'staffAppraisal'),
    )
    return pdfResponse(bytes, `员工考核月度统计表-${appraisal.period}.pdf`)
  },
}

/** `GET /api/reports/appraisal.xlsx?month=YYYY-MM` — the staff and department sheets. */
export const appraisalReportXlsx: Endpoint = {
  path: '/reports/appraisal.xlsx',
  method: 'get',
  handler: async (req) => {
    const appraisal = await appraisalFor(req)
    const bytes = await tableWorkbook(staffAppraisalTables(appraisal))
    return xlsxResponse(bytes, `员工考核月度统计表-${appraisal.period}.xlsx`)
  },
}

export const appraisalEndpoints: Endpoint[] = [
  appraisalReport,
  appraisalReportPdf,
  appraisalReportXlsx,
]
