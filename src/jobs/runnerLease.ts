import type { Payload } from 'payload'

/**
 * The key of the PostgreSQL advisory lock that says "this process works the job queues". Any
 * fixed 64-bit number; every process of this app uses the same one.
 */
export const JOB_RUNNER_LOCK = 7_305_221_901

type HeldClient = {
  query: (sql: string, values?: unknown[]) => Promise<{ rows: Array<Record<string, unknown>> }>
  release: (destroy?: boolean | Error) => void
  on: (event: 'error', listener: (error: Error) => void) => unknown
}
type Pool = { connect: () => Promise<HeldClient> }

/** The lease's connection per Payload instance, while this process holds the lock. */
const held = new WeakMap<Payload, HeldClient>()

const drop = (payload: Payload, client: HeldClient) => {
  if (held.get(payload) === client) held.delete(payload)
  try {
    client.release(true)
  } catch {
    // already released
  }
}

/**
 * Whether this process is the one that works the job queues. Payload 3.90 claims jobs without a
 * lock (it reads the pending ones, then marks them processing), so two processes working the same
 * queue can run one job twice. On PostgreSQL the process that holds a session-level advisory lock
 * is the runner: it keeps one pooled connection for as long as it lives, and checks at every tick
 * that the connection (and so the lock) is still there. When that process dies or loses its
 * connection, PostgreSQL releases the lock and the next process to ask takes it over. SQLite is
 * one process by design (README: scaling), and MongoDB is not run here: both answer yes.
 */
export const holdsJobRunnerLease = async (payload: Payload): Promise<boolean> => {
  const pool = (payload.db as unknown as { pool?: Pool }).pool
  if (!pool || typeof pool.connect !== 'function') return true
  const mine = held.get(payload)
  if (mine) {
    try {
      await mine.query('SELECT 1')
      return true
    } catch {
      drop(payload, mine)
    }
  }
  let client: HeldClient
  try {
    client = await pool.connect()
  } catch {
    return false
  }
  try {
    const { rows } = await client.query('SELECT pg_try_advisory_lock($1) AS got', [JOB_RUNNER_LOCK])
    if (rows[0]?.got !== true) {
      client.release()
      return false
    }
  } catch {
    drop(payload, client)
    return false
  }
  client.on('error', () => drop(payload, client))
  held.set(payload, client)
  return true
}

/** Gives the lease up (a process shutting down cleanly lets the next one take over at once). */
export const releaseJobRunnerLease = async (payload: Payload): Promise<void> => {
  const mine = held.get(payload)
  if (!mine) return
  try {
    await mine.query('SELECT pg_advisory_unlock($1)', [JOB_RUNNER_LOCK])
  } catch {
    // the connection is gone, and the lock with it
  }
  drop(payload, mine)
}
