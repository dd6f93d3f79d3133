import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import type { Settings } from './settings'

/**
 * Mail goes out through nodemailer when SMTP is configured. Without SMTP_HOST, Payload's console
 * adapter prints each message instead, so development needs no mail server.
 */
export const emailFromSettings = (
  settings: Settings,
): Promise<EmailAdapter> | EmailAdapter | undefined => {
  if (!settings.smtp) return undefined
  const { host, port, secure, user, pass, from, fromName } = settings.smtp
  return nodemailerAdapter({
    defaultFromAddress: from,
    defaultFromName: fromName,
    skipVerify: true,
    transportOptions: {
      host,
      port,
      secure,
      auth: user ? { user, pass } : undefined,
      // A local relay in tests and small offices often has no certificate.
      ignoreTLS: !secure && process.env.SMTP_IGNORE_TLS === 'true',
    },
  })
}
