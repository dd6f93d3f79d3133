import type { TaskConfig } from 'payload'

export type EmailInput = {
  to: string[]
  cc?: string[]
  subject: string
  text: string
  /** Files to attach, base64-encoded (a notice's PDF, say). */
  attachments?: Array<{ filename: string; contentType: string; base64: string }>
}

/**
 * Sends one email through Payload's email adapter (nodemailer). Queued with `req` by whoever
 * wants mail sent, so a rolled-back change sends nothing; run after commit by the job runner.
 */
export const sendEmailTask: TaskConfig = {
  slug: 'sendEmail',
  label: 'Send email',
  retries: 3,
  inputSchema: [
    { name: 'to', type: 'json', required: true },
    { name: 'cc', type: 'json' },
    { name: 'subject', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
    { name: 'attachments', type: 'json' },
  ],
  handler: async ({ input, req }) => {
    const email = input as unknown as EmailInput
    await req.payload.sendEmail({
      to: email.to,
      cc: email.cc && email.cc.length > 0 ? email.cc : undefined,
      subject: email.subject,
      text: email.text,
      attachments: email.attachments?.map((a) => ({
        filename: a.filename,
        contentType: a.contentType,
        content: Buffer.from(a.base64, 'base64'),
      })),
    })
    return { output: {} }
  },
}
