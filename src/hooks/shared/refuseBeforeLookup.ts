import type { Access, CollectionBeforeOperationHook } from 'payload'
import { Forbidden } from 'payload'

import { forbidden } from '@/lib/errors'

/** `custom` flags with which a collection opts back in to a door that is closed by default. */
export type GenericDoorOptions = {
  /** Clients may restore an earlier version (off by default: a chain may be the only way in). */
  allowVersionRestore?: boolean
}

const accessFor = (
  access: Record<string, Access | undefined>,
  operation: string,
): Access | undefined => {
  if (operation === 'create') return access.create
  if (operation === 'delete') return access.delete
  if (operation === 'update' || operation === 'restoreVersion') return access.update
  return undefined
}

/**
 * beforeOperation, first of every collection's: a client's write is judged before any other hook
 * reads the database. Without a user, or without the right to the operation at all, it gets
 * Payload's own 403 — the same answer whatever its `where` or id matches, so no hook can be used
 * as an oracle. Duplicates are refused (they would copy server-set fields such as a director's
 * signature), and so is a version restore unless the collection opts in. Server code
 * (`overrideAccess`) passes.
 */
export const refuseBeforeLookup: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (overrideAccess === true) return args
  const access = accessFor(collection.access as Record<string, Access | undefined>, operation)
  if (!access) return args
  const { id, data, duplicateFromID } = args as {
    id?: number | string
    data?: Record<string, unknown>
    duplicateFromID?: number | string
  }
  if (!req.user || !(await access({ req, id: id as number | undefined, data })))
    throw new Forbidden(req.t)
  if (operation === 'create' && duplicateFromID != null && collection.disableDuplicate) {
    throw forbidden('不能复制记录，请新建 / Records cannot be duplicated: create a new one')
  }
  const options = (collection.custom ?? {}) as GenericDoorOptions
  if (operation === 'restoreVersion' && options.allowVersionRestore !== true) {
    throw forbidden(
      '不能恢复历史版本：请保存新的修订并走审批 / Earlier versions cannot be restored: save a new revision and have it approved',
    )
  }
  return args
}
