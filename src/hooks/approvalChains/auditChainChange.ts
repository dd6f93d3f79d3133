import type { CollectionAfterChangeHook } from 'payload'

import { changedFieldNames } from '@/domain/audit'
import { writeAuditEntry } from '@/lib/writeAuditEntry'

/**
 * afterChange: as `recordChange`, with the old and new values of what changed (who signs what is
 * the office's rule: the log says who changed it, from what, to what). Payload keeps every version
 * too (`versions`), which the engine reads for cases in flight.
 */
export const auditChainChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const before = (previousDoc ?? {}) as Record<string, unknown>
  const after = doc as Record<string, unknown>
  const changedFields =
    operation === 'create'
      ? []
      : changedFieldNames(before, after, new Set()).filter(
          (field) => field !== 'updatedAt' && field !== 'version',
        )
  if (operation === 'update' && changedFields.length === 0) return doc
  await writeAuditEntry({
    action: operation,
    collectionSlug: collection.slug,
    docId: doc.id,
    changedFields,
    changes:
      operation === 'update'
        ? Object.fromEntries(
            [...changedFields, 'version'].map((field) => [
              field,
              { from: before[field] ?? null, to: after[field] ?? null },
            ]),
          )
        : undefined,
    req,
  })
  return doc
}
