import type { CollectionBeforeOperationHook, Where } from 'payload'

import { canChangeAttachments } from '@/access/attachments'
import { ATTACHMENT_HOLDERS } from '@/collections/Attachments/holders'
import { conflict } from '@/lib/errors'
import { slugs } from '@/slugs'

/**
 * beforeOperation: the file of a controlled document in effect is neither replaced nor deleted,
 * and a file something still holds is not deleted (409 with the reason). It runs before Payload's
 * update and delete, which remove the old file from disk before any `beforeChange` hook could
 * refuse or the database could fail (a required upload field makes the delete fail after the file
 * is gone). A client who may not change the attachment anyway is left to Payload's own refusal,
 * so the answer says nothing about records they cannot see.
 */
export const keepEffectiveDocumentFiles: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'update' && operation !== 'delete') return args
  const id = (args as { id?: number | string }).id
  // Bulk changes are closed for clients (disableBulkEdit/Delete); by id is the door here.
  if (id === undefined || id === null) return args
  if (!(args as { overrideAccess?: boolean }).overrideAccess) {
    const access = await canChangeAttachments({ req, id: id as number })
    if (access === false) return args
    if (access !== true) {
      const visible = await req.payload.count({
        collection: slugs.attachments,
        where: { and: [{ id: { equals: id } }, access as Where] },
        req,
      })
      if (visible.totalDocs === 0) return args
    }
  }
  const inEffect = await req.payload.count({
    collection: slugs.archivedDocuments,
    where: { and: [{ file: { equals: id } }, { status: { equals: 'effective' } }] },
    req,
  })
  if (inEffect.totalDocs > 0) {
    throw conflict(
      '现行受控文件的附件不能替换或删除，请修订文件 / The file of a controlled document in effect cannot be replaced or deleted: revise the document',
    )
  }
  if (operation === 'delete') {
    const held = await req.payload.count({
      collection: slugs.attachments,
      where: {
        and: [
          { id: { equals: id } },
          { or: ATTACHMENT_HOLDERS.map((h): Where => ({ [`${h.join}.id`]: { exists: true } })) },
        ],
      },
      req,
    })
    if (held.totalDocs > 0) {
      throw conflict(
        '附件仍被记录引用，请先在该记录中移除 / The file is still held by a record: remove it there first',
      )
    }
  }
  return args
}
