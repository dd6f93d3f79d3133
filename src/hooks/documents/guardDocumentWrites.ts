import type { CollectionBeforeOperationHook } from 'payload'

import { forbidden } from '@/lib/errors'
import { slugs } from '@/slugs'

/**
 * beforeOperation: a controlled document changes only as a draft revision; it becomes effective
 * only through its approval chain (which publishes it); it is never deleted — a draft that never
 * took effect may go to the trash. Refused before anything is read or written: 403.
 */
export const guardDocumentWrites: CollectionBeforeOperationHook = async ({
  args,
  operation,
  overrideAccess,
  req,
}) => {
  if (req.context?.serverWrite === true) return args
  if (operation === 'delete') {
    throw forbidden(
      '受控文件不可删除：作废后按审批销毁，未生效的草稿可移入回收站 / Controlled documents are never deleted: make them obsolete and destroy them by approval; a draft that never took effect may go to the trash',
    )
  }
  if (operation !== 'create' && operation !== 'update') return args
  const { data, draft } = args as { data?: Record<string, unknown>; draft?: boolean }
  if (data?._status === 'published') {
    throw forbidden(
      '文件须经审批后生效，不能直接发布 / A document takes effect through its approval, not by publishing it',
    )
  }
  if (operation === 'create') return args
  if (data && 'deletedAt' in data && data.deletedAt) {
    const byId = 'id' in args && args.id !== undefined
    // Read as the caller: a client's id or where never runs with server rights (no oracle).
    const targets = await req.payload.find({
      collection: slugs.archivedDocuments,
      where: byId ? { id: { equals: args.id } } : (args.where ?? {}),
      depth: 0,
      ...(byId ? { limit: 1 } : { pagination: false }),
      select: { effectiveVersion: true },
      overrideAccess: overrideAccess === true,
      user: req.user,
      trash: true,
      req,
    })
    if (targets.docs.some((doc) => doc.effectiveVersion)) {
      throw forbidden(
        '已生效过的文件不能移入回收站 / A document that has been in effect cannot be trashed',
      )
    }
    return args
  }
  if (draft !== true) {
    throw forbidden(
      '受控文件只能保存为草稿修订，经审批后生效 / Save changes as a draft revision (draft=true); it takes effect when approved',
    )
  }
  return args
}
