import type { PayloadRequest } from 'payload'

import type { EmailInput } from '@/jobs/sendEmail'

export const EMAIL_QUEUE = 'emails'

/**
 * Queues an email in the caller's transaction: it leaves only once the change that asked for it has
 * committed and the job runner picks it up. Addresses are de-duplicated; no recipients, no job.
 */
export const queueEmail = async (req: PayloadRequest, email: EmailInput): Promise<void> => {
  const to = [...new Set(email.to.filter(Boolean))]
  if (to.length === 0) return
  const cc = [...new Set((email.cc ?? []).filter((a) => a && !to.includes(a)))]
  await req.payload.jobs.queue({
    task: 'sendEmail',
    queue: EMAIL_QUEUE,
    input: { ...email, to, cc },
    req,
  })
}
