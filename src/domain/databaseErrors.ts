/**
 * Whether an error means "the database cannot be reached right now" (restarting, refusing
 * connections, a connection cut, the pool waiting too long, SQLite busy past its timeout) rather
 * than a fault in the request or the code. Such a request is answered 503, to be tried again;
 * anything else keeps its own status. Looks through `cause` chains (drizzle and Payload wrap the
 * driver's error).
 */
const UNAVAILABLE_CODES = new Set([
  // PostgreSQL SQLSTATE: class 08 (connection exception), 57P01–57P03 (shutdown, crash, starting).
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
  // Node's socket errors on the way to the server.
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  // SQLite: locked for longer than the busy timeout.
  'SQLITE_BUSY',
])

const UNAVAILABLE_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /client has encountered a connection error/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /database is locked/i,
  /cannot use a pool after calling end/i,
]

type ErrorLike = { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown }

export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (!error || typeof error !== 'object' || depth > 5) return false
  const e = error as ErrorLike
  if (typeof e.code === 'string' && UNAVAILABLE_CODES.has(e.code)) return true
  if (
    typeof e.message === 'string' &&
    UNAVAILABLE_MESSAGES.some((re) => re.test(e.message as string))
  )
    return true
  if (Array.isArray(e.errors) && e.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1)))
    return true
  return isDatabaseUnavailable(e.cause, depth + 1)
}

/** Seconds a client should wait before trying again (the `Retry-After` of a 503). */
export const RETRY_AFTER_SECONDS = 5
