import type { CollectionBeforeChangeHook } from 'payload'

import type { ComplaintReport } from '@/payload-types'
import { parsePeriod } from '@/domain/reportPeriods'
import { forbidden, invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import { complaintStatistics } from '@/lib/reports/complaintStatistics'
import { cube, rollUp } from '@/lib/reports/cube'
import { slugs } from '@/slugs'

const TITLES = {
  'monthly-dispatch-summary': '投诉调度记录月总结表',
  'quarterly-analysis': '用户投诉分析报告',
} as const

/**
 * beforeChange: a report's figures are computed by the database for its period when it is
 * created or its period changes; an approved report is final and is not edited.
 */
export const computeReportFigures: CollectionBeforeChangeHook<ComplaintReport> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (originalDoc?.status === 'approved' && req.context?.serverWrite !== true) {
    throw forbidden('已批准的报告不可修改 / An approved report is final')
  }
  const kind = (data.kind ?? originalDoc?.kind) as keyof typeof TITLES
  const periodLabel = String(data.period ?? originalDoc?.period ?? '')
  const office = await officeSettings(req)
  const period = parsePeriod(periodLabel, office.timezone)
  const wanted = kind === 'quarterly-analysis' ? 'quarter' : 'month'
  if (!period || period.kind !== wanted) {
    throw invalidField(
      slugs.complaintReports,
      'period',
      wanted === 'quarter'
        ? '季度格式为 YYYY-Qn / Use YYYY-Qn'
        : '月份格式为 YYYY-MM / Use YYYY-MM',
    )
  }
  const changed = (field: 'period' | 'kind') =>
    field in data && data[field] !== originalDoc?.[field]
  if (
    !originalDoc?.figures ||
    changed('period') ||
    changed('kind') ||
    req.context?.refreshFigures
  ) {
    const statistics = await complaintStatistics(req.payload, req, period, office)
    const byDepartment = rollUp(
      await cube(req.payload, req, {
        table: 'complaints',
        by: ['department'],
        time: 'registeredAt',
        from: period.from,
        to: period.to,
      }),
      'department',
    )
    data.figures = { ...statistics, byDepartment }
  }
  data.title = `${TITLES[kind]} ${periodLabel}`
  return data
}
