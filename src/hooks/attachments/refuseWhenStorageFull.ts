import fs from 'fs/promises'
import path from 'path'

import type { CollectionBeforeOperationHook } from 'payload'
import { APIError } from 'payload'

import { UPLOAD_RESERVE_BYTES, storageRefusal } from '@/domain/storage'
import { attachmentDir } from '@/lib/storageDirs'

/**
 * beforeOperation on uploads: a file that does not fit on the upload disk is refused with 507
 * and the reason, before Payload writes any of it — a write that ran out of space halfway would
 * leave a truncated file on disk and no record for it. Measured with statfs on the folder.
 */
export const refuseWhenStorageFull: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation !== 'create' && operation !== 'update') return args
  const size = req.file?.size
  if (!size) return args
  const dir = path.resolve(process.cwd(), attachmentDir())
  await fs.mkdir(dir, { recursive: true })
  const disk = await fs.statfs(dir)
  const refusal = storageRefusal(disk.bavail * disk.bsize, size, UPLOAD_RESERVE_BYTES)
  if (refusal) throw new APIError(refusal, 507, null, true)
  return args
}
