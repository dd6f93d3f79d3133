import { ENTRY_KINDS } from '@/domain/shiftLogs/entries'
import { SHIFT_LOG_STATUSES } from '@/domain/shiftLogs/actions'
import { SHIFT_LABELS } from '@/domain/shiftLogs/shifts'
import { formatLocal } from '@/domain/time'

import type { Pdf } from './pdfKit'
import { signatures } from './pdfKit'
import { createForm, keepTogether, field, heading, table, toBuffer } from './pdfKit'
import type { Letterhead } from './pdfKit'

export type PrintableShiftLog = {
  post: string
  /** The post's name as the office keeps it (`shift-posts`); the code when unknown. */
  postName?: { zh: string; en: string } | null
  /** A security post's handover is countersigned by the shift leader; the front desk's is not. */
  security?: boolean
  shiftDate: string
  shift: string
  status: string
  startsAt?: string | null
  endsAt?: string | null
  onDuty?: string | null
  entries: Array<{ at: string; kind: string; priority?: string | null; text: string }>
  summary?: string | null
  openItems: Array<{ kind?: string | null; ref?: string | null; note?: string | null }>
  equipment: Array<{
    item: string
    outgoingOk?: boolean | null
    incomingOk?: boolean | null
    note?: string | null
  }>
  signedBy?: string | null
  signedAt?: string | null
  incoming?: string | null
  acceptedAt?: string | null
  countersignedBy?: string | null
  countersignedAt?: string | null
  countersignNote?: string | null
  reviewedBy?: string | null
  reviewedAt?: string | null
  reviewNote?: string | null
}

const tick = (v?: boolean | null) => (v ? '✓' : v === false ? '✗' : '')

/** A signature: the name and time once signed, the blank lines to sign on otherwise. */
const signature = (
  doc: Pdf,
  label: string,
  name: string | null | undefined,
  at: string | null | undefined,
  timeZone: string,
  note?: string | null,
) => {
  if (name) field(doc, label, [name, formatLocal(at, timeZone), note ?? ''].join('  ').trim())
  else signatures(doc, [label])
}

/** 值班及交接班记录表: the locked log as printed for the file. */
export const renderShiftLog = (
  log: PrintableShiftLog,
  head: Letterhead,
  timeZone: string,
): Promise<Buffer> => {
  const post = log.postName
  const doc = createForm(
    'shiftLog',
    head,
    `${post?.zh ?? log.post} · ${log.shiftDate} · ${SHIFT_LABELS[log.shift]?.zh ?? log.shift}`,
  )
  field(doc, '岗位 Post', post ? `${post.zh} ${post.en}` : log.post)
  field(
    doc,
    '班次 Shift',
    `${formatLocal(log.startsAt, timeZone)} – ${formatLocal(log.endsAt, timeZone)}`,
  )
  field(doc, '当班人 On duty', log.onDuty)
  const status = SHIFT_LOG_STATUSES[log.status as keyof typeof SHIFT_LOG_STATUSES]
  field(doc, '状态 Status', status ? `${status.zh} ${status.en}` : log.status)
  heading(doc, '当班记录 Entries')
  table(
    doc,
    [
      ['时间', 70],
      ['类别', 70],
      ['重要', 35],
      ['内容', 320],
    ],
    log.entries.map((e) => [
      formatLocal(e.at, timeZone).slice(11),
      ENTRY_KINDS[e.kind as keyof typeof ENTRY_KINDS]?.zh ?? e.kind,
      e.priority === 'high' ? '★' : '',
      e.text,
    ]),
  )
  heading(doc, '交班小结 Handover summary')
  doc
    .font('cjk')
    .fontSize(10.5)
    .text(log.summary || '—')
  doc.moveDown(0.4)
  heading(doc, '待跟进事项 Open items')
  table(
    doc,
    [
      ['类别', 90],
      ['事项', 180],
      ['说明', 225],
    ],
    log.openItems.map((i) => [i.kind ?? '', i.ref ?? '', i.note ?? '']),
  )
  heading(doc, '交接物品 Equipment')
  table(
    doc,
    [
      ['物品', 200],
      ['交班', 60],
      ['接班', 60],
      ['说明', 175],
    ],
    log.equipment.map((e) => [e.item, tick(e.outgoingOk), tick(e.incomingOk), e.note ?? '']),
  )
  // The four signatures stay together on one page.
  keepTogether(doc, 140)
  heading(doc, '签字 Signatures')
  signature(doc, '交班人 Outgoing shift', log.signedBy, log.signedAt, timeZone)
  signature(doc, '接班人 Incoming shift', log.incoming, log.acceptedAt, timeZone)
  if (log.security !== false) {
    signature(
      doc,
      '带班员 Shift leader',
      log.countersignedBy,
      log.countersignedAt,
      timeZone,
      log.countersignNote,
    )
  }
  field(
    doc,
    '值班经理审核 Reviewed by',
    log.reviewedBy
      ? `${log.reviewedBy}  ${formatLocal(log.reviewedAt, timeZone)}  ${log.reviewNote ?? ''}`
      : null,
  )
  return toBuffer(doc)
}
