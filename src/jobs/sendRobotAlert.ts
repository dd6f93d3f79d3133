import { lookup } from 'dns/promises'

import type { TaskConfig } from 'payload'

import { TASKS } from '@/contracts/jobs'
import { isMessageFormat, isRobotFlavour } from '@/domain/alerts/kinds'
import { robotRequest, robotVerdict } from '@/domain/alerts/robots'
import { checkResolvedAddresses, checkRobotUrl, isIpLiteral, reasonText } from '@/domain/alerts/url'
import { robotAllowList } from '@/lib/alerts/settings'
import { slugs } from '@/slugs'

/** Five tries in about a quarter of an hour: again after 1, 2, 4 and 8 minutes. */
export const ROBOT_RETRIES: Exclude<TaskConfig['retries'], number | undefined> = {
  attempts: 4,
  backoff: { type: 'exponential', delay: 60_000 },
}

/** A robot that has not answered in this long has failed this try. */
const TIMEOUT_MS = 10_000

/**
 * Posts one alert to one group robot (src/domain/alerts/robots.ts for the shapes and the
 * signatures). Queued with `req` by `queueRobotAlerts`, run after commit. The channel is read
 * when sending: a channel switched off since is skipped, a URL no longer allowed fails. The host
 * must resolve to public addresses unless allow-listed, and redirects are not followed, so a
 * robot URL cannot be turned towards the office's own network. A non-2xx answer or an error code
 * in the answer fails the try; after the last try the job keeps `hasError`, and the watchdog
 * reports it to the administrators and the dashboard lists it (src/jobs/watchdog.ts).
 */
export const sendRobotAlertTask: TaskConfig<typeof TASKS.sendRobotAlert> = {
  slug: TASKS.sendRobotAlert,
  label: 'Send robot alert',
  retries: ROBOT_RETRIES,
  inputSchema: [
    { name: 'channel', type: 'json', required: true },
    { name: 'alertKind', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'text', type: 'textarea', required: true },
  ],
  handler: async ({ input, req }) => {
    const found = await req.payload.find({
      collection: slugs.alertChannels,
      where: { id: { equals: input.channel } },
      depth: 0,
      limit: 1,
      req,
    })
    const channel = found.docs[0]
    if (!channel) return { output: { skipped: 'channel deleted' } }
    if (!channel.enabled) return { output: { skipped: 'channel disabled' } }
    if (!isRobotFlavour(channel.flavour) || !isMessageFormat(channel.format)) {
      throw new Error(`Channel ${channel.id}: unknown robot ${channel.flavour}/${channel.format}`)
    }
    const allowed = checkRobotUrl(channel.url, await robotAllowList(req))
    if (!allowed.ok) throw new Error(`Channel ${channel.id}: ${reasonText(allowed.reason)}`)
    const hostname = allowed.url.hostname.replace(/^\[|\]$/g, '')
    if (!allowed.allowListed && !isIpLiteral(hostname)) {
      const addresses = (await lookup(hostname, { all: true })).map((a) => a.address)
      const inside = checkResolvedAddresses(addresses, false)
      if (inside) throw new Error(`Channel ${channel.id}: ${reasonText(inside)}`)
    }
    const request = robotRequest(
      {
        flavour: channel.flavour,
        format: channel.format,
        url: allowed.url.toString(),
        secret: channel.secret,
      },
      { title: input.title, text: input.text },
      new Date(),
    )
    const response = await fetch(request.url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json; charset=utf-8' },
      body: JSON.stringify(request.body),
      redirect: 'error',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    const verdict = robotVerdict(channel.flavour, response.status, await response.text())
    // The error names the channel, never its URL: the URL carries the robot's access token.
    if (!verdict.ok) throw new Error(`Channel ${channel.id} (${channel.name}): ${verdict.error}`)
    return { output: { status: response.status } }
  },
}
