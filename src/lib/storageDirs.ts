import path from 'path'

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
