import type { PayloadRequest } from 'payload'

import type { EmailInput } from '@/jobs/sendEmail'

/** Routine mail: notifications, escalations, notices. */
export const EMAIL_QUEUE = 'emails'

/**
 * Mail that must not wait behind routine mail: the report of a major complaint and the
 * administrators' alert about mail that failed. Its own queue, worked every ten seconds, so a
 * backlog of routine mail (a morning's escalations, a slow mail server) never stands in front of it.
 */
export const URGENT_EMAIL_QUEUE = 'emails-urgent'

/**
 * Queues an email in the caller's transaction: it leaves only once the change that asked for it has
 * committed and the job runner picks it up. Addresses are de-duplicated; no recipients, no job.
 * Attachments are references (an issued notice's id), never file contents: the jobs table keeps
 * only what is needed to send.
 */
export const queueEmail = async (
  req: PayloadRequest,
  email: EmailInput,
  { urgent = false }: { urgent?: boolean } = {},
): Promise<void> => {
  const to = [...new Set(email.to.filter(Boolean))]
  if (to.length === 0) return
  const cc = [...new Set((email.cc ?? []).filter((a) => a && !to.includes(a)))]
  await req.payload.jobs.queue({
    task: 'sendEmail',
    queue: urgent ? URGENT_EMAIL_QUEUE : EMAIL_QUEUE,
    input: { ...email, to, cc },
    req,
  })
}
