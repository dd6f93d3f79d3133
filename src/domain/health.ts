/**
 * `GET /api/health`, as plain functions: whether the database answers, what status code that
 * means, who may see more than up/down, and the shape of the administrator's figures. The
 * endpoint (src/endpoints/health/getHealth.ts) only gathers the figures from Payload.
 */
import type { BackupState, LastBackup } from './backup'
import { rolesOf } from './roles'

export type HealthStatus = 'up' | 'down'

/** How long the database may take to answer the probe before the app counts as down. */
export const HEALTH_PROBE_TIMEOUT_MS = 3_000

export type DatabaseCheck = { status: 'up'; latencyMs: number } | { status: 'down' }

/**
 * Runs the database probe (a trivial query) and times it. A probe that throws or takes longer
 * than the limit means down; its error is swallowed here, so that no caller can echo it (it may
 * name a host, a file or a user). A load balancer needs an answer, not a hanging request: a
 * database that stopped answering must not hold the check for the pool's connection timeout.
 */
export const checkDatabase = async (
  probe: () => Promise<unknown>,
  {
    timeoutMs = HEALTH_PROBE_TIMEOUT_MS,
    clock = () => performance.now(),
  }: { timeoutMs?: number; clock?: () => number } = {},
): Promise<DatabaseCheck> => {
  const started = clock()
  let timer: ReturnType<typeof setTimeout> | undefined
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs)
  })
  // Settled either way, so that a probe failing after the timeout rejects nothing unhandled.
  const answered = Promise.resolve()
    .then(probe)
    .then(
      () => 'answered' as const,
      () => 'failed' as const,
    )
  try {
    const answer = await Promise.race([answered, timeout])
    if (answer !== 'answered') return { status: 'down' }
    return { status: 'up', latencyMs: Math.round((clock() - started) * 10) / 10 }
  } finally {
    clearTimeout(timer)
  }
}

/** 200 while the database answers, 503 when it does not: what a load balancer acts on. */
export const healthStatusCode = (status: HealthStatus): 200 | 503 => (status === 'up' ? 200 : 503)

/** Only the system administrator sees the figures; everyone else, signed in or not, up/down. */
export const mayReadHealthDetails = (user: { roles?: unknown } | null | undefined): boolean =>
  rolesOf(user).includes('admin')

export type QueueDepth = { pending: number; processing: number; failed: number }

/** A job waiting to run: due now or since `waitUntil`. */
export type PendingJob = {
  queue?: string | null
  taskSlug?: string | null
  createdAt: string
  waitUntil?: string | null
}

export type OldestPendingJob = {
  queue: string | null
  taskSlug: string | null
  waitingSeconds: number
}

/**
 * The job that has waited longest for a worker. A job waits from when it became due: its
 * `waitUntil` (a retry's backoff, a schedule) when it has one, else its creation. Jobs not yet
 * due are not waiting. Several candidates come in (the oldest by creation and the oldest by
 * `waitUntil`), one comes out.
 */
export const oldestPendingJob = (jobs: PendingJob[], now: Date): OldestPendingJob | null => {
  let oldest: OldestPendingJob | null = null
  for (const job of jobs) {
    const dueAt = new Date(job.waitUntil ?? job.createdAt).getTime()
    if (!Number.isFinite(dueAt) || dueAt > now.getTime()) continue
    const waitingSeconds = Math.floor((now.getTime() - dueAt) / 1000)
    if (!oldest || waitingSeconds > oldest.waitingSeconds) {
      oldest = { queue: job.queue ?? null, taskSlug: job.taskSlug ?? null, waitingSeconds }
    }
  }
  return oldest
}

export type DiskFigures = { path: string; freeBytes: number; totalBytes: number }

/** `fs.statfs`'s blocks as bytes: what an unprivileged process may still write, and the size. */
export const diskFigures = (
  path: string,
  stats: { bsize: number; bavail: number; blocks: number },
): DiskFigures => ({
  path,
  freeBytes: stats.bavail * stats.bsize,
  totalBytes: stats.blocks * stats.bsize,
})

export type HealthDetails = {
  database: { dialect: string }
  queues: Record<string, QueueDepth>
  oldestPendingJob: OldestPendingJob | null
  /** Null when the folder cannot be read (the answer is still given). */
  disk: DiskFigures | null
  /** The last successful backup (`last-backup.json` in `BACKUP_DIR`), and what that means. */
  lastBackup: LastBackup | null
  backups: BackupState
}

export type HealthReport =
  | { status: 'down' }
  | { status: 'up' }
  | {
      status: 'up'
      database: { dialect: string; latencyMs: number }
      queues: Record<string, QueueDepth>
      oldestPendingJob: OldestPendingJob | null
      lastBackup: LastBackup | null
      backups: BackupState
      disk: DiskFigures | null
    }

export type HealthAnswer = { statusCode: 200 | 503; body: HealthReport }

/**
 * The whole answer: probe the database; down is 503 `{ status: 'down' }` for everyone; up is
 * `{ status: 'up' }`, plus the figures for an administrator. Loading the figures reads the
 * database again: if that fails, the app is down after all, and says only that.
 */
export const answerHealth = async ({
  probe,
  detailed,
  loadDetails,
  timeoutMs,
}: {
  probe: () => Promise<unknown>
  /** Whether the caller may see the figures (`mayReadHealthDetails`). */
  detailed: boolean
  loadDetails: () => Promise<HealthDetails>
  timeoutMs?: number
}): Promise<HealthAnswer> => {
  const down: HealthAnswer = { statusCode: healthStatusCode('down'), body: { status: 'down' } }
  const check = await checkDatabase(probe, { timeoutMs })
  if (check.status === 'down') return down
  if (!detailed) return { statusCode: healthStatusCode('up'), body: { status: 'up' } }
  let details: HealthDetails
  try {
    details = await loadDetails()
  } catch {
    return down
  }
  return {
    statusCode: healthStatusCode('up'),
    body: {
      status: 'up',
      database: { dialect: details.database.dialect, latencyMs: check.latencyMs },
      queues: details.queues,
      oldestPendingJob: details.oldestPendingJob,
      lastBackup: details.lastBackup,
      backups: details.backups,
      disk: details.disk,
    },
  }
}
