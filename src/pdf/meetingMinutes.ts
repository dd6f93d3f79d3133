import { MEETING_KINDS, MEETING_STATUSES } from '@/domain/meetings'
import { formatLocal } from '@/domain/time'

import type { Letterhead, Pdf } from './pdfKit'
import { MARGIN, createForm, field, formSignatures, heading, table, toBuffer } from './pdfKit'

export type PrintableMeeting = {
  title: string
  kind?: string | null
  status: string
  scheduledAt?: string | null
  place?: string | null
  chair?: string | null
  recordedBy?: string | null
  closedBy?: string | null
  attendees: string[]
  residents: string[]
  agenda: string[]
  minutes?: string | null
  decisions: Array<{ text: string; owner?: string | null; deadline?: string | null }>
}

/** Numbered paragraphs that wrap within the margins and flow onto new pages. */
const numbered = (doc: Pdf, items: string[]) => {
  const width = doc.page.width - 2 * MARGIN
  if (items.length === 0) {
    doc.font('cjk').fontSize(10.5).text('—', MARGIN, doc.y, { width })
    doc.moveDown(0.3)
    return
  }
  items.forEach((item, i) => {
    doc
      .font('cjk')
      .fontSize(10.5)
      .text(`${i + 1}. ${item}`, MARGIN, doc.y, { width })
    doc.moveDown(0.2)
  })
}

/**
 * 会议纪要: the meeting, who attended, the agenda, the minutes (long text wraps and runs onto
 * further pages), the decisions with their owners and deadlines, and the recorder's and the
 * chair's signatures.
 */
export const renderMeetingMinutes = (
  meeting: PrintableMeeting,
  head: Letterhead,
  timeZone: string,
): Promise<Buffer> => {
  const kind = MEETING_KINDS[meeting.kind as keyof typeof MEETING_KINDS]
  const doc = createForm('meetingMinutes', head, meeting.title)
  const width = doc.page.width - 2 * MARGIN
  field(doc, '会议类别 Kind', kind ? `${kind.zh} ${kind.en}` : meeting.kind)
  field(doc, '会议时间 When', formatLocal(meeting.scheduledAt, timeZone))
  field(doc, '地点 Place', meeting.place)
  field(doc, '主持人 Chair', meeting.chair)
  field(doc, '记录人 Recorder', meeting.recordedBy)
  const status = MEETING_STATUSES[meeting.status as keyof typeof MEETING_STATUSES]
  field(doc, '状态 Status', status ? `${status.zh} ${status.en}` : meeting.status)
  if (meeting.closedBy) field(doc, '纪要审批 Minutes approved by', meeting.closedBy)
  field(doc, '参会人员 Attendees', meeting.attendees.join('、'))
  if (meeting.residents.length > 0) field(doc, '参会业主 Residents', meeting.residents.join('、'))

  heading(doc, '议程 Agenda')
  numbered(doc, meeting.agenda)

  heading(doc, '会议纪要 Minutes')
  doc
    .font('cjk')
    .fontSize(10.5)
    .text(meeting.minutes?.trim() || '（未记录 / not yet recorded）', MARGIN, doc.y, {
      width,
      lineGap: 2,
    })
  doc.moveDown(0.5)

  heading(doc, '决定事项 Decisions')
  numbered(
    doc,
    meeting.decisions.map((d) => d.text),
  )
  if (meeting.decisions.length > 0) {
    doc.moveDown(0.3)
    table(
      doc,
      [
        ['序号 No.', 50],
        ['负责人 Owner', 200],
        ['完成期限 Deadline', 245],
      ],
      meeting.decisions.map((d, i) => [
        String(i + 1),
        d.owner ?? '—',
        formatLocal(d.deadline, timeZone) || '—',
      ]),
    )
  }
  formSignatures(doc, 'meetingMinutes')
  return toBuffer(doc)
}
