import {
  CATEGORY_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_KINDS,
} from '@/domain/complaints/categories'
import type { ComplaintCategory } from '@/domain/complaints/categories'
import type { ComplaintStatistics } from '@/lib/reports/complaintStatistics'

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
      ['指标', 210],
      ['数值', 150],
      ['目标', 70],
      ['结论', 65],
    ],
    [
      ['登记总数（含咨询、建议、求助）', s.registered, '', ''],
      ['有效投诉', s.complaints, '', ''],
      [
        '当天核实率',
        `${pct(s.verification.rate)}（${s.verification.onTime}/${s.verification.of}）`,
        '',
        '',
      ],
      [
        '24小时内解决率',
        `${pct(s.resolution.rate)}（${s.resolution.within24h}/${s.resolution.of}）`,
        `≥ ${s.resolution.target}%`,
        verdict(s.resolution.met),
      ],
      [
        '投诉回访率',
        `${pct(s.returnVisits.rate)}（${s.returnVisits.recorded}/${s.returnVisits.required}）`,
        `${s.returnVisits.target}%`,
        verdict(s.returnVisits.met),
      ],
      [
        '投诉处理满意率',
        `${pct(s.satisfaction.overall.rate)}（A${s.satisfaction.overall.A} B${s.satisfaction.overall.B} C${s.satisfaction.overall.C}）`,
        `≥ ${s.satisfaction.target}%`,
        verdict(s.satisfaction.met),
      ],
      [
        '有效投诉占户数比',
        `${s.validComplaintsPerHousehold.rate ?? '—'}%（${s.validComplaintsPerHousehold.complaints}/${s.validComplaintsPerHousehold.households}户）`,
        `< ${s.validComplaintsPerHousehold.target}%`,
        verdict(s.validComplaintsPerHousehold.met),
      ],
    ],
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
    rows(s.byCategory, (k) => CATEGORY_LABELS[k as ComplaintCategory]?.zh ?? k),
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
