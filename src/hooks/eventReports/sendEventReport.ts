import type { CollectionAfterChangeHook } from 'payload'

import { queueEmail } from '@/lib/queueEmail'
import type { EventReport } from '@/payload-types'

/**
 * afterChange (create): the report goes to the company as a job queued in this transaction, the
 * PDF attached by reference and drawn when the mail is sent: a rolled-back report sends nothing.
 */
export const sendEventReport: CollectionAfterChangeHook<EventReport> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || !doc.sentTo) return doc
  await queueEmail(req, {
    to: doc.sentTo.split(',').map((a) => a.trim()),
    subject: `特别事件回访报告：${doc.event} / Report on the visits after a special event (#${doc.id})`,
    text: [
      `特别事件：${doc.event}`,
      `回访发现：${doc.findings}`,
      doc.measures ? `改进措施与建议：${doc.measures}` : '',
      '详见附件《特别事件回访报告》。 / The report is attached.',
    ]
      .filter(Boolean)
      .join('\n\n'),
    attachments: [{ eventReport: doc.id }],
  })
  return doc
}
