import { COMPLAINT_CHANNELS, COMPLAINT_KINDS } from '@/domain/complaints/categories'
import type { ComplaintStatistics } from '@/lib/reports/complaintStatistics'
import { monthlyKeyFigures } from '@/lib/reports/keyFigures'

import { createForm, formSignatures, heading, table, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'

const pct = (value: number | null) => (value === null ? '—' : `${value}%`)
const verdict = (met: boolean) => (met ? '达标' : '未达标')

/** 客户月投诉统计表, from the figures the database computed. */
export const renderMonthlyComplaints = async (s: ComplaintStatistics, head: Letterhead) => {
  const doc = createForm('monthlyComplaints', head, `统计月份 ${s.period}`)
  heading(doc, '一、总体指标 Key figures')
  table(
    doc,
    [
      ['指标', 150],
      ['数值', 130],
      ['目标', 50],
      ['结论', 40],
      ['说明', 125],
    ],
    monthlyKeyFigures(s).map((f) => [
      f.name,
      f.rate === undefined
        ? String(f.count)
        : `${pct(f.rate)}（${f.count}/${f.base}${f.baseUnit ?? ''}）`,
      f.target ?? '',
      f.met === undefined ? '' : verdict(f.met),
      f.note ?? '',
    ]),
  )
  const rows = (counts: Record<string, number>, name: (key: string) => string) =>
    Object.entries(counts)
      .sort((a, b) => b[1] - a[1])
      .map(([key, n]) => [name(key), n])
  heading(doc, '二、按类别 By category')
  table(
    doc,
    [
      ['类别', 330],
      ['件数', 165],
    ],
    rows(s.byCategory, (k) => s.categoryNames[k] ?? k),
  )
  heading(doc, '三、按严重程度、渠道、类型 By severity, channel and kind')
  table(
    doc,
    [
      ['项目', 330],
      ['件数', 165],
    ],
    [
      ...rows(s.bySeverity, (k) => (k === 'major' ? '重大投诉' : '一般投诉')),
      ...rows(
        s.byChannel,
        (k) => `渠道：${COMPLAINT_CHANNELS[k as keyof typeof COMPLAINT_CHANNELS]?.zh ?? k}`,
      ),
      ...rows(
        s.byKind,
        (k) => `类型：${COMPLAINT_KINDS[k as keyof typeof COMPLAINT_KINDS]?.zh ?? k}`,
      ),
    ],
  )
  heading(doc, '四、按楼栋 By building')
  table(
    doc,
    [
      ['楼栋', 330],
      ['件数', 165],
    ],
    rows(s.byBuilding, (k) => k),
  )
  formSignatures(doc, 'monthlyComplaints')
  return toBuffer(doc)
}
