import type { Endpoint } from 'payload'

import { approvalEndpoints } from './approvals'
import { appraisalEndpoints } from './reports/appraisal'
import { documentDisposalReport } from './reports/documentDisposal'
import { returnVisitReportEndpoints } from './reports/returnVisits'

import { getDashboard } from './dashboard/getDashboard'
import { getHealth } from './health/getHealth'
import { complaintsMonthlyReport, complaintsMonthlyReportPdf } from './reports/complaintsMonthly'
import { registerEndpoints } from './registers/registerEndpoints'
import {
  workOrdersDaily,
  workOrdersDailyPdf,
  workOrdersSummary,
  workOrdersSummaryPdf,
} from './reports/workOrders'

import { excelEndpoints } from './export'
import { importEndpoints } from './import'

/** Root endpoints (under /api): reports that span collections. */
export const endpoints: Endpoint[] = [
  complaintsMonthlyReport,
  complaintsMonthlyReportPdf,
  workOrdersDaily,
  workOrdersDailyPdf,
  workOrdersSummary,
  workOrdersSummaryPdf,
  documentDisposalReport,
  ...returnVisitReportEndpoints,
  ...appraisalEndpoints,
  ...approvalEndpoints,
  getDashboard,
  getHealth,
  ...registerEndpoints,
  ...excelEndpoints,
  ...importEndpoints,
]
