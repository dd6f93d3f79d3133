import type { Endpoint, PayloadRequest } from 'payload'

import { letterheadFor } from '@/lib/printing/letterhead'
import { canReadReports } from '@/access/canReadReports'
import { parseDay, parsePeriod, parseWeek } from '@/domain/reportPeriods'
import { requireUser } from '@/lib/endpointUser'
import { forbidden, invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { dailyReconciliation, workOrderSummary } from '@/lib/reports/workOrderReports'
import { dispatchRegisterTables, workOrderSummaryTable } from '@/lib/reports/tables'
import { tableWorkbook, xlsxResponse } from '@/lib/xlsx/tableWorkbook'
import { renderDispatchRegister } from '@/pdf/dispatchRegister'
import { pdfResponse } from '@/pdf/pdfKit'
import { renderRegister } from '@/pdf/registers'

const checkReader = (req: PayloadRequest) => {
  const user = requireUser(req)
  if (!canReadReports(user)) throw forbidden('无权查看统计报表 / You may not see office reports')
}

const dailyFor = async (req: PayloadRequest) => {
  checkReader(req)
  const office = await officeSettings(req)
  const day = parseDay(String(req.searchParams.get('date') ?? ''), office.timezone)
  if (!day)
    throw invalidField('reports', 'date', '日期格式应为 YYYY-MM-DD / date must be YYYY-MM-DD')
  return {
    report: await dailyReconciliation(req.payload, req, day, office.timezone),
    timezone: office.timezone,
  }
}

/** `GET /api/reports/work-orders/daily?date=YYYY-MM-DD` — 派工单统计表 as JSON. */
export const workOrdersDaily: Endpoint = {
  path: '/reports/work-orders/daily',
  method: 'get',
  handler: async (req) => Response.json((await dailyFor(req)).report),
}

/** `GET /api/reports/work-orders/daily.pdf?date=YYYY-MM-DD` — the same, printed. */
export const workOrdersDailyPdf: Endpoint = {
  path: '/reports/work-orders/daily.pdf',
  method: 'get',
  handler: async (req) => {
    const { report, timezone } = await dailyFor(req)
    return pdfResponse(
      await renderDispatchRegister(report, await letterheadFor(req, 'dispatchRegister'), timezone),
      `派工单统计表-${report.date}.pdf`,
    )
  },
}

const summaryFor = async (req: PayloadRequest) => {
  checkReader(req)
  const office = await officeSettings(req)
  const value = String(req.searchParams.get('period') ?? '')
  const period = parseWeek(value, office.timezone) ?? parsePeriod(value, office.timezone)
  if (!period || period.kind === 'quarter') {
    throw invalidField(
      'reports',
      'period',
      '期间格式为 YYYY-Www 或 YYYY-MM / period must be YYYY-Www or YYYY-MM',
    )
  }
  return workOrderSummary(req.payload, req, period)
}

/** `GET /api/reports/work-orders/summary?period=YYYY-Www|YYYY-MM` — SLA rates by engineer and category. */
export const workOrdersSummary: Endpoint = {
  path: '/reports/work-orders/summary',
  method: 'get',
  handler: async (req) => Response.json(await summaryFor(req)),
}

/**
 * `GET /api/reports/work-orders/summary.pdf?period=YYYY-Www|YYYY-MM` — 维修服务质量统计表, the
 * weekly or monthly summary printed from the same table as its workbook.
 */
export const workOrdersSummaryPdf: Endpoint = {
  path: '/reports/work-orders/summary.pdf',
  method: 'get',
  handler: async (req) => {
    const summary = await summaryFor(req)
    const bytes = await renderRegister(
      workOrderSummaryTable(summary),
      'repairSummary',
      await letterheadFor(req, 'repairSummary'),
    )
    return pdfResponse(bytes, `维修服务质量统计表-${summary.period}.pdf`)
  },
}

/** `GET /api/reports/work-orders/daily.xlsx?date=YYYY-MM-DD` — 派工单统计表 as a workbook. */
export const workOrdersDailyXlsx: Endpoint = {
  path: '/reports/work-orders/daily.xlsx',
  method: 'get',
  handler: async (req) => {
    const { report, timezone } = await dailyFor(req)
    const bytes = await tableWorkbook(dispatchRegisterTables(report, timezone))
    return xlsxResponse(bytes, `派工单统计表-${report.date}.xlsx`)
  },
}

/** `GET /api/reports/work-orders/summary.xlsx?period=YYYY-Www|YYYY-MM` — the summary as a workbook. */
export const workOrdersSummaryXlsx: Endpoint = {
  path: '/reports/work-orders/summary.xlsx',
  method: 'get',
  handler: async (req) => {
    const summary = await summaryFor(req)
    const bytes = await tableWorkbook([workOrderSummaryTable(summary)])
    return xlsxResponse(bytes, `维修工单统计-${summary.period}.xlsx`)
  },
}
