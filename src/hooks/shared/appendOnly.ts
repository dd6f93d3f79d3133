import type { CollectionBeforeOperationHook } from 'payload'

import { forbidden } from '@/lib/errors'

/**
 * beforeOperation factory for a log that is append-only for everyone, server code included:
 * access already refuses REST and GraphQL; this also stops a Local API call made with
 * `overrideAccess`. Entries are written through the database adapter (`payload.db.create`).
 */
export const appendOnly =
  (zh: string, en: string): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if (operation === 'update' || operation === 'delete' || operation === 'create') {
      throw forbidden(`${zh} / ${en}`)
    }
    return args
  }

/** beforeOperation factory: records that may change but are never deleted, by anyone. */
export const refuseDeletion =
  (zh: string, en: string): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if (operation === 'delete') throw forbidden(`${zh} / ${en}`)
    return args
  }
