import { randomBytes } from 'crypto'

import type { Payload, PayloadRequest, Where } from 'payload'
import { createLocalReq } from 'payload'

import type { JobSettings } from '@/domain/jobs/watchdog'
import {
  failedMailDigest,
  failedMailOf,
  purgeBefore,
  stuckResetsOf,
  stuckVerdict,
} from '@/domain/jobs/watchdog'
import { failedRobotAlertDigest, failedRobotAlertOf } from '@/domain/alerts/failures'
import { jobSettings } from '@/config/jobWatchdog'
import { JOBS_COLLECTION as JOBS, TASKS } from '@/contracts/jobs'
import { emailsOfRoles } from '@/lib/staffEmails'
import { queueEmail } from '@/lib/queueEmail'
import type { PayloadJob } from '@/payload-types'

const SEND_EMAIL = TASKS.sendEmail
/** Tasks whose failures are reported to the administrators: mail and robot alerts. */
const REPORTED_TASKS: string[] = [TASKS.sendEmail, TASKS.sendRobotAlert]

type Meta = Record<string, unknown>
const metaOf = (job: Pick<PayloadJob, 'meta'>): Meta =>
  job.meta && typeof job.meta === 'object' && !Array.isArray(job.meta) ? (job.meta as Meta) : {}

/** Payload's adapter writes jobs through `updateJobs` (the same path its runner uses). */
const writeJob = (req: PayloadRequest, id: number | string, data: Record<string, unknown>) =>
  req.payload.db.updateJobs({ id, data, req, returning: false } as never)

/**
 * Jobs left `processing` by a worker that died (killed, out of memory, a deploy): Payload 3.90
 * only ever picks up jobs with `processing: false`, so such a job never runs again, and a
 * scheduled one blocks its schedule for good (the scheduler queues a task only when none of its
 * scheduled jobs is pending or processing). Each one older than the limit is handed back to the
 * queue, with the crashed run written to its log (it counts as a try); one that has stopped a
 * worker `maxStuckResets` times is marked failed instead.
 */
export const recoverStuckJobs = async (
  req: PayloadRequest,
  now: Date,
  settings: JobSettings,
): Promise<{ reset: number; gaveUp: number }> => {
  const cutoff = new Date(now.getTime() - settings.stuckAfterMs).toISOString()
  const stuck = await req.payload.find({
    collection: JOBS,
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: cutoff } },
      ],
    },
    sort: 'updatedAt',
    limit: 100,
    depth: 0,
    req,
  })
  let reset = 0
  let gaveUp = 0
  for (const job of stuck.docs as PayloadJob[]) {
    const verdict = stuckVerdict({ ...job, meta: metaOf(job) }, now, settings)
    if (verdict === 'running') continue
    const resets = stuckResetsOf({ meta: metaOf(job) }) + 1
    const error = {
      name: 'WorkerStopped',
      message:
        verdict === 'give-up'
          ? `The worker stopped during this job ${resets} times; given up`
          : `The worker stopped during this job (processing since ${job.updatedAt}); queued again`,
    }
    await writeJob(req, job.id, {
      processing: false,
      totalTried: (job.totalTried ?? 0) + 1,
      meta: { ...metaOf(job), stuckResets: resets, lastStuckAt: now.toISOString() },
      ...(verdict === 'give-up' ? { hasError: true, error } : {}),
      // A single-task job runs its task as task '1'; the crashed run is logged as a failed try.
      ...(job.taskSlug
        ? {
            log: {
              $push: {
                id: randomBytes(12).toString('hex'),
                executedAt: job.updatedAt,
                completedAt: now.toISOString(),
                taskSlug: job.taskSlug,
                taskID: '1',
                state: 'failed',
                error,
                output: {},
              },
            },
          }
        : {}),
    })
    req.payload.logger.warn({
      msg: `Job ${job.id} (${job.taskSlug ?? 'workflow'}) was left processing by a stopped worker: ${verdict}`,
    })
    if (verdict === 'give-up') gaveUp++
    else reset++
  }
  return { reset, gaveUp }
}

/** Failed mail and robot-alert jobs the administrators have not been told about. */
export const unreportedFailedMail: Where = {
  and: [
    { taskSlug: { in: REPORTED_TASKS } },
    { hasError: { equals: true } },
    // PostgreSQL's JSON path test does not match a job with no meta at all: ask for both.
    { or: [{ meta: { exists: false } }, { 'meta.failureReportedAt': { exists: false } }] },
  ],
}

/**
 * Mail (and a robot alert) that failed its last try is never dropped silently: the administrators get one digest
 * email (in the urgent queue) listing every failure since the last one, and the dashboard lists
 * them until they are purged. A failed alert is not alerted about again (the mail server is
 * likely down); it stays on the dashboard. Mail cancelled by an administrator is not reported.
 * Queued first, marked second: a crash in between reports twice rather than never.
 */
export const reportFailedMail = async (req: PayloadRequest, now: Date): Promise<number> => {
  const found = await req.payload.find({
    collection: JOBS,
    where: unreportedFailedMail,
    sort: 'updatedAt',
    limit: 200,
    depth: 0,
    req,
  })
  const jobs = found.docs as PayloadJob[]
  if (jobs.length === 0) return 0
  const reportable = jobs.filter((job) => {
    const input = (job.input ?? {}) as { kind?: string }
    const error = (job.error ?? {}) as { cancelled?: boolean }
    return input.kind !== 'alert' && !error.cancelled
  })
  const mail = reportable.filter((job) => job.taskSlug === SEND_EMAIL)
  // Robot alerts that failed: the mail server is likely fine, so they are emailed about too.
  const robots = reportable.filter((job) => job.taskSlug === TASKS.sendRobotAlert)
  for (const job of jobs) {
    req.payload.logger.error({
      msg: `${job.taskSlug === SEND_EMAIL ? 'Email' : 'Robot alert'} job ${job.id} failed after every retry`,
      job: job.id,
    })
  }
  if (reportable.length > 0) {
    const admins = await emailsOfRoles(req, ['admin'])
    if (admins.length === 0) {
      req.payload.logger.error({
        msg: 'No administrator has an email address to report failed mail to',
      })
    }
    if (mail.length > 0) {
      await queueEmail(
        req,
        { to: admins, ...failedMailDigest(mail.map(failedMailOf)), kind: 'alert' },
        { urgent: true },
      )
    }
    if (robots.length > 0) {
      await queueEmail(
        req,
        { to: admins, ...failedRobotAlertDigest(robots.map(failedRobotAlertOf)), kind: 'alert' },
        { urgent: true },
      )
    }
  }
  for (const job of jobs) {
    await writeJob(req, job.id, { meta: { ...metaOf(job), failureReportedAt: now.toISOString() } })
  }
  return reportable.length
}

/**
 * Completed jobs go after `JOBS_KEEP_DAYS`; failed ones (their failure already reported, for
 * mail) after `JOBS_KEEP_FAILED_DAYS`. Job input holds no files (attachments are references), so
 * nothing else is lost with them. Payload deletes a job's log rows with it.
 */
export const purgeFinishedJobs = async (
  req: PayloadRequest,
  now: Date,
  settings: JobSettings,
): Promise<number> => {
  const before = purgeBefore(now, settings)
  const where: Where = {
    or: [
      { completedAt: { less_than: before.completed.toISOString() } },
      {
        and: [
          { hasError: { equals: true } },
          { updatedAt: { less_than: before.failed.toISOString() } },
          {
            or: [
              { taskSlug: { not_in: REPORTED_TASKS } },
              { 'meta.failureReportedAt': { exists: true } },
            ],
          },
        ],
      },
    ],
  }
  const { totalDocs } = await req.payload.db.count({ collection: JOBS, where, req })
  if (totalDocs > 0) await req.payload.db.deleteMany({ collection: JOBS, where, req })
  return totalDocs
}

export type SweepResult = { reset: number; gaveUp: number; reported: number; purged: number }

/** One pass of the watchdog: recover stuck jobs, report failed mail, purge old jobs. */
export const sweepJobs = async (
  payload: Payload,
  settings: JobSettings,
  now = new Date(),
): Promise<SweepResult> => {
  const req = await createLocalReq({}, payload)
  const recovered = await recoverStuckJobs(req, now, settings)
  const reported = await reportFailedMail(req, now)
  const purged = await purgeFinishedJobs(req, now, settings)
  const result = { ...recovered, reported, purged }
  if (Object.values(result).some((n) => n > 0)) {
    payload.logger.info({ msg: 'Job watchdog', ...result })
  }
  return result
}

const sweeps = new WeakMap<Payload, { at: number; running?: Promise<void> }>()

/**
 * The watchdog, called by the job runner before each run (`jobs.shouldAutoRun`): at most once per
 * `everyMs`, and never twice at once. It runs in the processes that work the queues, stops with
 * them (`payload.destroy()` stops Payload's crons), and a job it hands back is picked up in the
 * same tick. Its own failure is logged and never stops the runner.
 */
export const watchJobs = async (payload: Payload, settings: JobSettings): Promise<void> => {
  const state = sweeps.get(payload) ?? { at: 0 }
  sweeps.set(payload, state)
  if (state.running || Date.now() - state.at < settings.everyMs) return
  state.at = Date.now()
  state.running = sweepJobs(payload, settings)
    .then(() => undefined)
    .catch((err: unknown) => payload.logger.error({ err, msg: 'Job watchdog failed' }))
    .finally(() => {
      state.running = undefined
    })
  await state.running
}

/**
 * onInit: jobs a stopped worker left `processing` for longer than the limit are handed back at
 * once, in every process that starts. Only those older than the limit: on PostgreSQL another
 * process may be running the younger ones. Never stops the start: before the first migration
 * (`npm run migrate` also boots Payload) the jobs table does not exist yet.
 */
export const recoverJobsOnStart = async (payload: Payload): Promise<void> => {
  if (!(payload.config.jobs.enabled && JOBS in payload.collections)) return
  try {
    await recoverStuckJobs(await createLocalReq({}, payload), new Date(), jobSettings)
  } catch (err) {
    payload.logger.warn({ err, msg: 'Could not look for stuck jobs at start' })
  }
}
