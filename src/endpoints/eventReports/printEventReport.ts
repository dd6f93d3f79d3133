import type { Endpoint } from 'payload'

import { requireUser } from '@/lib/endpointUser'
import { eventReportPdf } from '@/lib/eventReports'
import { pdfResponse } from '@/pdf/pdfKit'

/**
 * `GET /api/event-reports/:id/report.pdf` — 特别事件回访报告, read as the signed-in user (who may
 * not read reports gets Payload's 403/404).
 */
export const printEventReport: Endpoint = {
  path: '/:id/report.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const { bytes, filename } = await eventReportPdf(req, String(req.routeParams?.id), user)
    return pdfResponse(bytes, filename)
  },
}
