import type { PayloadRequest } from 'payload'

import type { EmailInput } from '@/contracts/jobs'
import { EMAIL_QUEUE, TASKS, URGENT_EMAIL_QUEUE } from '@/contracts/jobs'

// The queue names live in the jobs contract; still importable from here.
export { EMAIL_QUEUE, URGENT_EMAIL_QUEUE } from '@/contracts/jobs'

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
    task: TASKS.sendEmail,
    queue: urgent ? URGENT_EMAIL_QUEUE : EMAIL_QUEUE,
    input: { ...email, to, cc },
    req,
  })
}
