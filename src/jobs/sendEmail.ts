import type { PayloadRequest, TaskConfig } from 'payload'

import { storedBytes } from '@/endpoints/violations/notices'
import { slugs } from '@/slugs'

/** An issued notice's PDF, attached by reference: the bytes are read (and checked) when sending. */
export type NoticeAttachment = { issuedNotice: number | string }

/** What jobs queued before attachments were references carry; still sent as they are. */
type InlineAttachment = { filename: string; contentType: string; base64: string }

export type EmailInput = {
  to: string[]
  cc?: string[]
  subject: string
  text: string
  attachments?: NoticeAttachment[]
  /** `alert`: the administrators' report of failed mail; its own failure raises no new alert. */
  kind?: 'alert'
}

/** Five tries in about half an hour: again after 2, 4, 8 and 16 minutes. */
export const EMAIL_RETRIES: Exclude<TaskConfig['retries'], number | undefined> = {
  attempts: 4,
  backoff: { type: 'exponential', delay: 2 * 60_000 },
}

const attachmentOf = async (req: PayloadRequest, a: NoticeAttachment | InlineAttachment) => {
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
 * Sends one email through Payload's email adapter (nodemailer). Queued with `req` by whoever
 * wants mail sent, so a rolled-back change sends nothing; run after commit by the job runner.
 * A failure is retried with backoff; after the last try the job keeps `hasError` and the watchdog
 * reports it to the administrators (src/jobs/watchdog.ts).
 */
export const sendEmailTask: TaskConfig = {
  slug: 'sendEmail',
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
    const email = input as unknown as Omit<EmailInput, 'attachments'> & {
      attachments?: Array<NoticeAttachment | InlineAttachment>
    }
    const attachments = []
    for (const a of email.attachments ?? []) attachments.push(await attachmentOf(req, a))
    await req.payload.sendEmail({
      to: email.to,
      cc: email.cc && email.cc.length > 0 ? email.cc : undefined,
      subject: email.subject,
      text: email.text,
      attachments: attachments.length > 0 ? attachments : undefined,
    })
    return { output: {} }
  },
}
