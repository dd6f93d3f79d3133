import type { Endpoint } from 'payload'

import { complaintsMonthlyReport, complaintsMonthlyReportPdf } from './reports/complaintsMonthly'

/** Root endpoints (under /api): reports that span collections. */
export const endpoints: Endpoint[] = [complaintsMonthlyReport, complaintsMonthlyReportPdf]
