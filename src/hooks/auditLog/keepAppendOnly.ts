import type { CollectionBeforeOperationHook } from 'payload'

import { forbidden } from '@/lib/errors'

/**
 * beforeOperation: the audit log is append-only for everyone, server code included. Access already
 * refuses REST and GraphQL; this also stops a Local API call made with `overrideAccess`.
 */
export const keepAppendOnly: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete' || operation === 'create') {
    throw forbidden('审计日志只能追加，不可修改或删除 / The audit log is append-only')
  }
  return args
}
