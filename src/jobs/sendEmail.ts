import type { PayloadRequest, TaskConfig } from 'payload'

import type { EventReportAttachment, NoticeAttachment } from '@/contracts/jobs'
import { eventReportPdf } from '@/lib/eventReports'
import { TASKS } from '@/contracts/jobs'
import { storedBytes } from '@/lib/storageDirs'
import type { TaskSendEmail } from '@/payload-types'
import { slugs } from '@/slugs'

/** What jobs queued before attachments were references carry; still sent as they are. */
type InlineAttachment = { filename: string; contentType: string; base64: string }

/** Five tries in about half an hour: again after 2, 4, 8 and 16 minutes. */
export const EMAIL_RETRIES: Exclude<TaskConfig['retries'], number | undefined> = {
  attempts: 4,
  backoff: { type: 'exponential', delay: 2 * 60_000 },
}

type Attachment = NoticeAttachment | EventReportAttachment | InlineAttachment

const attachmentOf = async (req: PayloadRequest, a: Attachment) => {
  if ('eventReport' in a) {
    const { bytes, filename } = await eventReportPdf(req, a.eventReport)
    return { filename, contentType: 'application/pdf', content: bytes }
  }
  if ('base64' in a) {
    return {
      filename: a.filename,
      contentType: a.contentType,
      content: Buffer.from(a.base64, 'base64'),
    }
  }
  const notice = await req.payload.findByID({
    collection: slugs.issuedNotices,
    id: a.issuedNotice,
    depth: 0,
    req,
  })
  return {
    filename: `${notice.number}.pdf`,
    contentType: 'application/pdf',
    content: await storedBytes(notice),
  }
}

/**
 * The job's input is JSON as stored (Payload types its `json` fields as any JSON value);
 * `queueEmail` wrote it as an `EmailInput`, so these read it back as one without a cast.
 */
const addresses = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((a): a is string => typeof a === 'string') : []

const isAttachment = (a: unknown): a is Attachment =>
  typeof a === 'object' &&
  a !== null &&
  ('issuedNotice' in a || 'eventReport' in a || 'base64' in a)

const attachmentsIn = (input: TaskSendEmail['input']) =>
  Array.isArray(input.attachments) ? input.attachments.filter(isAttachment) : []

/**
 * Sends one email through Payload's email adapter (nodemailer). Queued with `req` by whoever
 * wants mail sent, so a rolled-back change sends nothing; run after commit by the job runner.
 * A failure is retried with backoff; after the last try the job keeps `hasError` and the watchdog
 * reports it to the administrators (src/jobs/watchdog.ts).
 */
export const sendEmailTask: TaskConfig<typeof TASKS.sendEmail> = {
  slug: TASKS.sendEmail,
  label: 'Send email',
  retries: EMAIL_RETRIES,
  inputSchema: [
    { name: 'to', type: 'json', required: true },
    { name: 'cc', type: 'json' },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'attachments', type: 'json' },
    { name: 'kind', type: 'text' },
  ],
  handler: async ({ input, req }) => {
    const cc = addresses(input.cc)
    const attachments = []
    for (const a of attachmentsIn(input)) attachments.push(await attachmentOf(req, a))
    await req.payload.sendEmail({
      to: addresses(input.to),
      cc: cc.length > 0 ? cc : undefined,
      subject: input.subject,
      text: input.text,
      attachments: attachments.length > 0 ? attachments : undefined,
    })
    return { output: {} }
  },
}
