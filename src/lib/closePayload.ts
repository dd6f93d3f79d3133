import type { Payload } from 'payload'

type Closable = {
  pool?: {
    end: () => Promise<void>
    _clients?: Array<{ release?: () => void; on?: (event: string, fn: () => void) => void }>
  }
  client?: { close: () => void }
}

/**
 * Shuts Payload down and closes its database clients, so a script or a test file can exit.
 * `payload.destroy()` leaves the PostgreSQL pool and the libsql client open, and the PostgreSQL
 * adapter keeps one pool client checked out for its reconnect listener (Payload #11727).
 */
export const closePayload = async (payload: Payload): Promise<void> => {
  // The pool and the client are the adapters' own, not part of Payload's adapter type.
  const db = payload.db as typeof payload.db & Closable
  await payload.destroy().catch(() => undefined)
  if (db.pool) {
    for (const client of db.pool._clients ?? []) {
      // A client still closing when its database is dropped reports the termination as an
      // 'error' event; nobody is listening any more, and an unhandled one would crash the process.
      client.on?.('error', () => undefined)
      try {
        client.release?.()
      } catch {
        // already released
      }
    }
    await db.pool.end().catch(() => undefined)
  }
  db.client?.close()
}
