import type { AfterErrorHook } from 'payload'

import { RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '@/domain/databaseErrors'

/**
 * afterError, for every route: a request that failed because the database could not be reached
 * (PostgreSQL restarting, a cut connection, the pool's wait running out) is answered 503 with
 * `Retry-After`, not 500 — it changed nothing (its transaction never committed) and may be sent
 * again. The error itself is logged by Payload as before.
 */
export const answerUnavailableDatabase: AfterErrorHook = ({ error, req }) => {
  if (!isDatabaseUnavailable(error)) return
  const headers = req.responseHeaders ?? new Headers()
  headers.set('Retry-After', String(RETRY_AFTER_SECONDS))
  req.responseHeaders = headers
  return {
    status: 503,
    response: {
      errors: [
        {
          message: `数据库暂时无法连接，请稍后重试 / The database is unavailable; try again in ${RETRY_AFTER_SECONDS} seconds`,
        },
      ],
    },
  }
}
