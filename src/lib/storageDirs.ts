import { createHash } from 'crypto'
import fs from 'fs/promises'
import path from 'path'

import { conflict } from '@/lib/errors'

/**
 * Where files live on disk. Neither folder is served by Next: attachments leave only through
 * Payload's access-checked `/api/attachments/file/<name>`, issued notices only through
 * `GET /api/violations/:id/notice.pdf`. The notices' folder is a sibling of the uploads, never
 * inside it, so no attachment file name can reach a notice.
 */
export const attachmentDir = (): string => process.env.UPLOAD_DIR || 'data/uploads'

export const noticeDir = (): string =>
  process.env.NOTICE_DIR ||
  (process.env.UPLOAD_DIR ? `${process.env.UPLOAD_DIR}-notices` : 'data/notices')

/** An absolute path inside the notices' folder. */
export const noticePath = (filename: string): string =>
  path.resolve(process.cwd(), noticeDir(), filename)

/** The bytes of an issued notice, checked against the SHA-256 recorded when it was issued. */
export const storedBytes = async (notice: { filename?: string | null; sha256: string }) => {
  const bytes = await fs.readFile(noticePath(String(notice.filename)))
  if (createHash('sha256').update(bytes).digest('hex') !== notice.sha256) {
    throw conflict('通知文件与签发记录不符 / The stored notice does not match its record')
  }
  return bytes
}
