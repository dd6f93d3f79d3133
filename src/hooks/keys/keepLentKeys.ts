import type { CollectionBeforeOperationHook } from 'payload'

import { conflict } from '@/lib/errors'
import { SERVER_WRITE } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

/**
 * A key that is lent is not deleted from the register: it is out of the cabinet, with someone,
 * and must come back through the shift log first (409).
 */
export const keepLentKeys: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'delete' || req.context?.[SERVER_WRITE] === true) return args
  // Bulk deletes by `where` are closed for every collection (`closeGenericDoors`): by id only.
  const id = (args as { id?: number | string }).id
  if (id === undefined) return args
  const lent = await req.payload.count({
    collection: slugs.keys,
    where: { and: [{ id: { equals: id } }, { status: { equals: 'lent' } }] },
    req,
  })
  if (lent.totalDocs > 0) {
    throw conflict(
      '钥匙借出中，归还后才能删除 / This key is lent: it is deleted only once returned',
    )
  }
  return args
}
