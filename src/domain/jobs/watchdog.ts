/**
 * The job watchdog's rules, as plain functions: how long a job may stay `processing`, what to do
 * with one that stayed longer, how long finished jobs are kept, and the administrators' digest of
 * mail that could not be sent.
 */

export type JobSettings = {
  /** A job `processing` for longer than this was left by a worker that died; it is reset. */
  stuckAfterMs: number
  /** A job found stuck this many times is given up (marked failed) instead of run again. */
  maxStuckResets: number
  /** Completed jobs are deleted this long after they completed. */
  keepCompletedMs: number
  /** Failed jobs (already reported) are deleted this long after they failed. */
  keepFailedMs: number
  /** The watchdog looks at most this often. */
  everyMs: number
}

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

export const JOB_SETTING_DEFAULTS = {
  JOBS_STUCK_AFTER_MINUTES: 15,
  JOBS_KEEP_DAYS: 30,
  JOBS_KEEP_FAILED_DAYS: 90,
} as const

/**
 * Reads the watchdog's settings from the environment. A value that is not a positive number
 * stops the app at start with one line naming the variable, like `DATABASE_URI`.
 */
export const readJobSettings = (env: Record<string, string | undefined> = {}): JobSettings => {
  const positive = (name: keyof typeof JOB_SETTING_DEFAULTS): number => {
    const raw = env[name]?.trim()
    if (!raw) return JOB_SETTING_DEFAULTS[name]
    const value = Number(raw)
    if (!Number.isFinite(value) || value <= 0) {
      throw new Error(`${name}="${raw}" is not a positive number.`)
    }
    return value
  }
  return {
    // Longer than nodemailer's 10-minute socket timeout, the slowest thing a job here waits for.
    stuckAfterMs: positive('JOBS_STUCK_AFTER_MINUTES') * MINUTE,
    maxStuckResets: 3,
    keepCompletedMs: positive('JOBS_KEEP_DAYS') * DAY,
    keepFailedMs: positive('JOBS_KEEP_FAILED_DAYS') * DAY,
    everyMs: MINUTE,
  }
}

/** What the watchdog sees of a job. */
export type JobView = {
  id: number | string
  processing?: boolean | null
  completedAt?: string | null
  updatedAt: string
  meta?: Record<string, unknown> | null
}

export type StuckVerdict = 'running' | 'reset' | 'give-up'

/**
 * A job still `processing` whose last write is older than the limit has no live worker (Payload
 * writes `updatedAt` when it claims a job, and again when it finishes). It is run again, unless it
 * has already taken down a worker `maxStuckResets` times: then it is marked failed, so that one
 * poisonous job cannot crash every worker in turn.
 */
export const stuckVerdict = (job: JobView, now: Date, settings: JobSettings): StuckVerdict => {
  if (!job.processing || job.completedAt) return 'running'
  if (now.getTime() - new Date(job.updatedAt).getTime() <= settings.stuckAfterMs) return 'running'
  return stuckResetsOf(job) >= settings.maxStuckResets ? 'give-up' : 'reset'
}

export const stuckResetsOf = (job: Pick<JobView, 'meta'>): number => {
  const n = Number(job.meta?.stuckResets ?? 0)
  return Number.isFinite(n) ? n : 0
}

/** The instant before which finished jobs are deleted. */
export const purgeBefore = (now: Date, settings: JobSettings) => ({
  completed: new Date(now.getTime() - settings.keepCompletedMs),
  failed: new Date(now.getTime() - settings.keepFailedMs),
})

/** A mail that was given up, as the digest lists it. */
export type FailedMail = {
  id: number | string
  to: string[]
  subject: string
  attempts: number
  error: string
  failedAt: string
}

/** A failed mail job, as the digest and the dashboard list it. */
export const failedMailOf = (job: {
  id: number | string
  input?: unknown
  error?: unknown
  totalTried?: number | null
  updatedAt: string
}): FailedMail => {
  const input = (job.input ?? {}) as { to?: string[]; subject?: string }
  const error = (job.error ?? {}) as { message?: unknown }
  return {
    id: job.id,
    to: Array.isArray(input.to) ? input.to : [],
    subject: String(input.subject ?? ''),
    attempts: job.totalTried ?? 0,
    error: String(error.message ?? ''),
    failedAt: job.updatedAt,
  }
}

/** The administrators' email listing mail that could not be sent after every retry. */
export const failedMailDigest = (failed: FailedMail[]): { subject: string; text: string } => ({
  subject: `【邮件发送失败】${failed.length} 封邮件未能发出 / ${failed.length} email(s) could not be sent`,
  text: [
    `以下邮件经多次重试仍未能发出，请检查邮件服务器设置，并在工作台“后台任务”中查看。`,
    `The following emails could not be sent after every retry. Check the mail server settings; the`,
    `dashboard's "Background jobs" panel lists them.`,
    '',
    ...failed.map(
      (m) =>
        `#${m.id} ${m.failedAt} → ${m.to.join(', ')}\n  ${m.subject}\n  ${m.attempts} 次 attempts: ${m.error}`,
    ),
  ].join('\n'),
})
