import type { CollectionAfterDeleteHook } from 'payload'

import { writeAuditEntry } from '@/lib/writeAuditEntry'

/** afterDelete: records the deletion. */
export const recordDeletion: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await writeAuditEntry({ action: 'delete', collectionSlug: collection.slug, docId: id, req })
}
