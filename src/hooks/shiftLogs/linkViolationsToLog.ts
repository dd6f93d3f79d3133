import type { CollectionAfterChangeHook } from 'payload'

import { relationId } from '@/domain/relations'
import type { ShiftLog } from '@/payload-types'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * afterChange, on create only: the violation records a new log's entries opened (before the log
 * had an id) are linked back to it, in the same transaction. Updates link them as they open.
 */
export const linkViolationsToLog: CollectionAfterChangeHook<ShiftLog> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  for (const entry of doc.entries ?? []) {
    const id = relationId(entry.violation)
    if (id === undefined) continue
    await req.payload.update({
      collection: slugs.violations,
      id,
      data: { shiftLog: doc.id },
      depth: 0,
      overrideAccess: true,
      req: serverReq(req),
    })
  }
  return doc
}
