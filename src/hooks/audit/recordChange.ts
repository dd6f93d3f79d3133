import type { CollectionAfterChangeHook } from 'payload'

import { changedFieldNames } from '@/domain/audit'
import { writeAuditEntry } from '@/lib/writeAuditEntry'

/** afterChange: records a create, or an update with the names of the fields that changed. */
export const recordChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  const joins = new Set(
    collection.flattenedFields.filter((field) => field.type === 'join').map((field) => field.name),
  )
  const changedFields =
    operation === 'create'
      ? []
      : changedFieldNames(previousDoc, doc as Record<string, unknown>, joins)
  // A save that changed nothing is not worth a line in the log.
  if (operation === 'update' && changedFields.length === 0) return doc
  await writeAuditEntry({
    action: operation,
    collectionSlug: collection.slug,
    docId: doc.id,
    changedFields,
    req,
  })
  return doc
}
