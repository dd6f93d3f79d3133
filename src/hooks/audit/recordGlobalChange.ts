import type { GlobalAfterChangeHook } from 'payload'

import { changedFieldNames, changedValues } from '@/domain/audit'
import { writeAuditEntry } from '@/lib/writeAuditEntry'

/**
 * afterChange on a global (the office settings): which fields changed, with their old and new
 * values, in the change's transaction. A global keeps no versions here, so the log is its history.
 */
export const recordGlobalChange: GlobalAfterChangeHook = async ({
  doc,
  global,
  previousDoc,
  req,
}) => {
  const names = changedFieldNames(previousDoc, doc as Record<string, unknown>).filter(
    (name) => name !== 'globalType',
  )
  if (names.length === 0) return doc
  await writeAuditEntry({
    action: 'update',
    collectionSlug: global.slug,
    changedFields: names,
    changes: changedValues(previousDoc, doc as Record<string, unknown>, names),
    req,
  })
  return doc
}
