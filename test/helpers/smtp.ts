import type { AddressInfo } from 'net'

import type { ParsedMail } from 'mailparser'
import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export type Mailbox = {
  port: number
  messages: ParsedMail[]
  /** Messages to an address (in To or Cc). */
  to: (address: string) => ParsedMail[]
  clear: () => void
  close: () => Promise<void>
}

const addresses = (field: ParsedMail['to']) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) =>
    a.value.map((v) => v.address),
  )

/**
 * A real SMTP server in this process, on a free port of 127.0.0.1, that keeps what it receives.
 * `rejects`: recipients it refuses (550), so that sending to them fails.
 */
export const startMailbox = async ({
  rejects = () => false,
}: { rejects?: (address: string) => boolean } = {}): Promise<Mailbox> => {
  const messages: ParsedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (rejects(address.address)) {
        callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }))
      } else callback()
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail)
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.server.address() as AddressInfo).port
  return {
    port,
    messages,
    to: (address) =>
      messages.filter((m) => [...addresses(m.to), ...addresses(m.cc)].includes(address)),
    clear: () => {
      messages.length = 0
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The environment that points Payload's nodemailer adapter at the mailbox. */
export const smtpEnv = (mailbox: Mailbox) => ({
  SMTP_HOST: '127.0.0.1',
  SMTP_PORT: String(mailbox.port),
  SMTP_SECURE: 'false',
  SMTP_IGNORE_TLS: 'true',
  SMTP_FROM: 'kefu@wuye.test',
})
