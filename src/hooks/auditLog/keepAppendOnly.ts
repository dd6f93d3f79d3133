import { appendOnly } from '@/hooks/shared/appendOnly'

/** The audit log is append-only for everyone, server code included. */
export const keepAppendOnly = appendOnly(
  '审计日志只能追加，不可修改或删除',
  'The audit log is append-only',
)
