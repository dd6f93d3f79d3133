import type { CollectionBeforeChangeHook } from 'payload'

import { checkRobotUrl, reasonText } from '@/domain/alerts/url'
import { robotAllowList } from '@/lib/alerts/settings'
import { invalidField } from '@/lib/errors'
import { slugs } from '@/slugs'

/**
 * beforeChange: a channel's URL must be https to a public host unless its host is on the office's
 * allow-list (src/domain/alerts/url.ts). Checked when it is set or changed: 400 naming `url`,
 * nothing saved. (A manager's URL never gets here: field access drops it.)
 */
export const checkChannelUrl: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  // Absent: unchanged. Given (null and empty included): checked, so it cannot be cleared either.
  const url: unknown = data.url === undefined ? originalDoc?.url : data.url
  if (operation === 'update' && url === originalDoc?.url) return data
  const verdict = checkRobotUrl(url, await robotAllowList(req))
  if (!verdict.ok) throw invalidField(slugs.alertChannels, 'url', reasonText(verdict.reason))
  return data
}
