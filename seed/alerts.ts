import type { Payload } from 'payload'

import { slugs } from '../src/slugs'

/**
 * One group robot for the demo, switched off and chosen for no alert: the administrator sees how
 * a channel looks and puts in the office's own DingTalk webhook and secret before switching it on.
 * Skipped when channels exist.
 */
export const seedAlertChannels = async (payload: Payload): Promise<number> => {
  if ((await payload.count({ collection: slugs.alertChannels })).totalDocs > 0) return 0
  await payload.create({
    collection: slugs.alertChannels,
    data: {
      name: '客服值班群（示例，未启用）',
      kind: 'group-robot',
      flavour: 'dingtalk',
      format: 'markdown',
      url: 'https://oapi.dingtalk.com/robot/send?access_token=REPLACE-WITH-YOUR-TOKEN',
      enabled: false,
    },
  })
  return 1
}
