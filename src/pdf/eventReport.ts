import { RATINGS, VISIT_METHODS } from '@/domain/complaints/returnVisits'
import { formatLocal } from '@/domain/time'

import { createForm, field, formSignatures, heading, table, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'

/** One visit the report covers, as it prints: household and people already named. */
export type ReportedVisit = {
  id: number | string
  household: string | null
  method: string | null
  status: string
  recordedAt: string | null
  overall: string | null
  words: string | null
}

/** 特别事件回访报告 as it prints: relationships already named. */
export type PrintableEventReport = {
  id: number | string
  event: string
  eventDate: string | null
  findings: string
  measures: string | null
  writtenByName: string | null
  writtenAt: string | null
  sentTo: string | null
  visits: readonly ReportedVisit[]
}

const zh = <T extends Record<string, { zh: string }>>(map: T, key: string | null) =>
  key ? (map[key as keyof T]?.zh ?? key) : ''

/** The office head's written report to the company after a special event's return visits. */
export const renderEventReport = async (
  r: PrintableEventReport,
  head: Letterhead,
  timeZone: string,
): Promise<Buffer> => {
  const when = (iso: string | null) => (iso ? formatLocal(new Date(iso), timeZone) : '')
  const doc = createForm('eventVisitReport', head, `报告 No. ${r.id}`)
  heading(doc, '一、特别事件 The event')
  field(doc, '事件', r.event)
  field(doc, '事件日期', when(r.eventDate))
  field(doc, '报告人', r.writtenByName)
  field(doc, '报告时间', when(r.writtenAt))
  field(doc, '报送', r.sentTo)
  heading(doc, `二、回访情况 The visits (${r.visits.length})`)
  table(
    doc,
    [
      ['回访', 45],
      ['住户', 100],
      ['方式', 60],
      ['回访时间', 95],
      ['评价', 65],
      ['住户意见', 130],
    ],
    r.visits.map((v) => [
      `#${v.id}`,
      v.household ?? '',
      zh(VISIT_METHODS, v.method),
      v.status === 'done' ? when(v.recordedAt) : v.status === 'unreachable' ? '无法联系' : '待回访',
      zh(RATINGS, v.overall),
      v.words ?? '',
    ]),
  )
  heading(doc, '三、回访发现 Findings')
  doc.font('cjk').fontSize(10.5).text(r.findings)
  doc.moveDown(0.5)
  heading(doc, '四、改进措施与建议 Measures and recommendations')
  doc
    .font('cjk')
    .fontSize(10.5)
    .text(r.measures?.trim() ? r.measures : '—')
  doc.moveDown(0.5)
  formSignatures(doc, 'eventVisitReport')
  return toBuffer(doc)
}
