import type { CollectionBeforeChangeHook } from 'payload'

import { officeHeadOf } from '@/lib/designations'
import { forbidden } from '@/lib/errors'
import type { ComplaintReport } from '@/payload-types'

const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/**
 * beforeChange: the head's comments (主任意见) are written and signed by the office head — anyone
 * else changing them is refused (403) before anything is written; the office head's change is
 * signed (`headCommentsBy`, `headCommentsAt`). A form sending the comments back unchanged passes.
 */
export const signHeadComments: CollectionBeforeChangeHook<ComplaintReport> = async ({
  data,
  originalDoc,
  req,
}) => {
  if (!('headComments' in data)) return data
  const next = textOf(data.headComments)
  if (next === textOf(originalDoc?.headComments)) return data
  const head = await officeHeadOf(req)
  if (!req.user || !head || String(head.id) !== String(req.user.id)) {
    throw forbidden(
      '主任意见只能由客服中心主任填写并签署 / Only the office head writes and signs these comments',
    )
  }
  return {
    ...data,
    headComments: next || null,
    headCommentsBy: next ? req.user.id : null,
    headCommentsAt: next ? new Date().toISOString() : null,
  }
}
