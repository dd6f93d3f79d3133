import type { Endpoint } from 'payload'

import { complaintsMonthlyReportXlsx } from '../reports/complaintsMonthly'
import { workOrdersDailyXlsx, workOrdersSummaryXlsx } from '../reports/workOrders'

import { exportCollection } from './exportCollection'

/** Excel: every printed report as `.xlsx` beside its `.pdf`, and any admin list as a workbook. */
export const excelEndpoints: Endpoint[] = [
  complaintsMonthlyReportXlsx,
  workOrdersDailyXlsx,
  workOrdersSummaryXlsx,
  exportCollection,
]
