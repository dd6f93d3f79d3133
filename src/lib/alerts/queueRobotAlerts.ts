import type { PayloadRequest } from 'payload'

import { ALERT_QUEUE, TASKS } from '@/contracts/jobs'
import type { AlertKind } from '@/domain/alerts/kinds'
import type { AlertMessage } from '@/domain/alerts/robots'
import { slugs } from '@/slugs'

import { alertSettings } from './settings'

/**
 * Queues one robot post per enabled channel the office chose for this kind of alert, in the
 * caller's transaction (a rolled-back change posts nothing). Email goes as before; this is in
 * addition. The job reads the channel's URL and secret when it sends: they never sit in a job.
 * Returns how many were queued.
 */
export const queueRobotAlerts = async (
  req: PayloadRequest,
  kind: AlertKind,
  message: AlertMessage,
): Promise<number> => {
  const chosen = (await alertSettings(req)).channels[kind]
  if (chosen.length === 0) return 0
  const channels = await req.payload.find({
    collection: slugs.alertChannels,
    where: { and: [{ id: { in: chosen } }, { enabled: { equals: true } }] },
    depth: 0,
    pagination: false,
    select: { name: true },
    req,
  })
  for (const channel of channels.docs) {
    await req.payload.jobs.queue({
      task: TASKS.sendRobotAlert,
      queue: ALERT_QUEUE,
      input: { channel: channel.id, alertKind: kind, title: message.title, text: message.text },
      req,
    })
  }
  return channels.docs.length
}
