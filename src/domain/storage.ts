/**
 * Whether a file of `fileBytes` may be written where `freeBytes` are free: it must fit with
 * `reserveBytes` to spare (the database's WAL, logs and issued notices share the disk). Returns
 * the reason to refuse, or null. Pure: the caller measures the disk.
 */
export const storageRefusal = (
  freeBytes: number,
  fileBytes: number,
  reserveBytes: number,
): string | null => {
  if (fileBytes + reserveBytes <= freeBytes) return null
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
  return `存储空间不足，文件未保存（剩余 ${mb(freeBytes)} MB，需要 ${mb(fileBytes + reserveBytes)} MB），请联系系统管理员 / Not enough storage: the file was not saved (${mb(freeBytes)} MB free, ${mb(fileBytes + reserveBytes)} MB needed); tell the administrator`
}

/** Kept free on the upload disk beyond every file: 64 KB. */
export const UPLOAD_RESERVE_BYTES = 64 * 1024
