import type { ChildProcess } from 'child_process'
import { spawn } from 'child_process'
import { createHash } from 'crypto'
import path from 'path'

import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'
import pg from 'pg'

import { jobSettings } from '@/config/jobWatchdog'
import { JOB_CRONS } from '@/jobs'
import { JOB_RUNNER_LOCK, holdsJobRunnerLease } from '@/jobs/runnerLease'
import { sweepJobs } from '@/jobs/watchdog'
import { eachInOwnTransaction } from '@/lib/jobs/eachInOwnTransaction'
import { querySql } from '@/lib/sql'
import { EMAIL_QUEUE, URGENT_EMAIL_QUEUE, queueEmail } from '@/lib/queueEmail'
import type { PayloadJob } from '@/payload-types'
import { slugs } from '@/slugs'

import { complaintBody, makeResident, makeUnit, runJobs } from '../helpers/fixtures'
import type { Booted } from '../helpers/payload'
import { bootPayload, restClient, tokenCache } from '../helpers/payload'
import type { Mailbox } from '../helpers/smtp'
import { smtpEnv, startMailbox } from '../helpers/smtp'
import type { StaffMember } from '../helpers/staff'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

const JOBS = 'payload-jobs'
const ESCALATIONS = 'escalations'
const BOUNCE = 'bounce@resident.test'
const MINUTE = 60_000

/** The dashboard as an admin sees it: the jobs panel's failed mail. */
type JobsDashboard = {
  panels: Array<{
    key: string
    data: {
      failedMail: { total: number; items: Array<{ id: number; subject: string; to: string[] }> }
    }
  }>
}

let booted: Booted
let payload: Payload
let req: PayloadRequest
let mailbox: Mailbox
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let tokenOf: (member: StaffMember) => Promise<string>

beforeAll(async () => {
  mailbox = await startMailbox({ rejects: (address) => address === BOUNCE })
  booted = await bootPayload('jobs', {
    ...smtpEnv(mailbox),
    UPLOAD_DIR: path.resolve('test/.tmp', `uploads-jobs-${process.pid}`),
  })
  payload = booted.payload
  req = await createLocalReq({}, payload)
  rest = restClient(booted.config)
  tokenOf = tokenCache(rest, TEST_PASSWORD)
  staff = await createStaff(payload)
})

afterAll(async () => {
  await booted?.shutdown()
  await mailbox?.close()
})

const reread = async (id: number | string) =>
  (await payload.findByID({ collection: JOBS, id, depth: 0 })) as PayloadJob
const jobsWhere = async (where: object) =>
  (
    await payload.find({
      collection: JOBS,
      where: where as never,
      pagination: false,
      depth: 0,
    })
  ).docs as PayloadJob[]
const pendingIn = async (queue: string) =>
  (
    await payload.count({
      collection: JOBS,
      where: {
        and: [
          { queue: { equals: queue } },
          { completedAt: { exists: false } },
          { hasError: { not_equals: true } },
        ],
      },
    })
  ).totalDocs
const mailsWithSubject = (subject: string) => mailbox.messages.filter((m) => m.subject === subject)
const logOf = (job: PayloadJob) => job.log ?? []
/** The time the watchdog would see once the stuck-job limit has passed. */
const pastTheLimit = () => new Date(Date.now() + jobSettings.stuckAfterMs + MINUTE)

/** Lets a job's backoff pass, as the clock would. */
const dueNow = (id: number | string) =>
  payload.update({
    collection: JOBS,
    id,
    data: { waitUntil: new Date(Date.now() - MINUTE).toISOString() },
  })

/** A job worker in another Node process on the same database (test/helpers/jobWorker.ts). */
const worker = (mode: 'block' | 'start', env: Record<string, string> = {}) => {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', 'test/helpers/jobWorker.ts', mode],
    {
      cwd: process.cwd(),
      env: { ...process.env, NODE_OPTIONS: '', LOG_LEVEL: 'fatal', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const lines: string[] = []
  let stderr = ''
  let buffer = ''
  const listeners = new Set<() => void>()
  child.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString()
    const parts = buffer.split('\n')
    buffer = parts.pop() ?? ''
    lines.push(...parts.filter(Boolean))
    for (const listener of listeners) listener()
  })
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  /** Resolves once the worker has printed what `done` waits for; rejects if it exits first. */
  const until = (done: (lines: string[]) => boolean) =>
    new Promise<string[]>((resolve, reject) => {
      const check = () => {
        if (done(lines)) {
          listeners.delete(check)
          resolve(lines)
        }
      }
      listeners.add(check)
      check()
      void exited.then(({ code, signal }) =>
        reject(
          new Error(`worker exited (${code ?? signal}) early:\n${lines.join('\n')}\n${stderr}`),
        ),
      )
    })
  return { child, until, exited }
}

/** A worker that claims the runnable jobs, starts them, and is killed with SIGKILL mid-job. */
const crashWorkerDuring = async (expectedJobs: number, env: Record<string, string> = {}) => {
  const w = worker('block', { WORKER_LIMIT: String(expectedJobs), ...env })
  const lines = await w.until(
    (l) => l.filter((x) => x.startsWith('RUNNING ')).length >= expectedJobs,
  )
  w.child.kill('SIGKILL')
  expect(await w.exited).toEqual({ code: null, signal: 'SIGKILL' })
  return lines.filter((x) => x.startsWith('RUNNING ')).map((x) => Number(x.split(' ')[1]))
}

describe('a worker killed mid-job', () => {
  it('should leave the jobs processing and the schedule blocked, until the watchdog hands them back; then each runs once and the schedule queues again', async () => {
    // The scheduled checks, due now, and one routine email.
    await payload.delete({ collection: JOBS, where: { queue: { equals: ESCALATIONS } } })
    const scheduled = await payload.jobs.handleSchedules({ queue: ESCALATIONS })
    // Every task scheduled on the escalations queue (complaints, work orders, rectifications,
    // loans, follow-ups) queues once.
    const escalationTasks = (payload.config.jobs.tasks ?? []).filter((t) =>
      (t.schedule ?? []).some((s) => s.queue === ESCALATIONS),
    )
    expect(escalationTasks.length).toBeGreaterThanOrEqual(5)
    expect(scheduled.queued.length).toBe(escalationTasks.length)
    const escalations = await jobsWhere({ queue: { equals: ESCALATIONS } })
    for (const job of escalations) await dueNow(job.id)
    await queueEmail(req, { to: ['wang@resident.test'], subject: 'routine 1', text: '你好' })
    const runnable = escalations.length + 1

    const claimed = await crashWorkerDuring(runnable)
    expect(claimed).toHaveLength(runnable)
    const stuck = await jobsWhere({ id: { in: claimed } })
    expect(stuck.map((j) => j.processing)).toEqual(stuck.map(() => true))

    // Payload 3.90 on its own: the jobs never run again and their schedule is blocked.
    const blocked = await payload.jobs.handleSchedules({ queue: ESCALATIONS })
    expect(blocked.queued).toHaveLength(0)
    expect(blocked.skipped.map((s) => s.taskConfig?.slug).sort()).toEqual(
      escalations.map((j) => j.taskSlug).sort(),
    )
    await runJobs(payload)
    expect((await jobsWhere({ id: { in: claimed } })).every((j) => j.processing)).toBe(true)
    expect(mailsWithSubject('routine 1')).toHaveLength(0)

    // Within the limit the watchdog leaves them alone: a live worker may be running them.
    expect((await sweepJobs(payload, jobSettings)).reset).toBe(0)
    expect((await jobsWhere({ id: { in: claimed } })).every((j) => j.processing)).toBe(true)

    // Past the limit it hands them back, with the crashed run in the log.
    expect(await sweepJobs(payload, jobSettings, pastTheLimit())).toMatchObject({
      reset: runnable,
      gaveUp: 0,
    })
    for (const job of await jobsWhere({ id: { in: claimed } })) {
      expect(job.processing).toBe(false)
      expect(job.hasError).toBeFalsy()
      expect(job.meta).toMatchObject({ stuckResets: 1 })
      expect(logOf(job).map((l) => [l.state, (l.error as { name?: string })?.name])).toEqual([
        ['failed', 'WorkerStopped'],
      ])
    }

    await runJobs(payload)
    for (const job of await jobsWhere({ id: { in: claimed } })) {
      expect(job.completedAt).toBeTruthy()
      expect(job.hasError).toBeFalsy()
      expect(logOf(job).filter((l) => l.state === 'succeeded')).toHaveLength(1)
    }
    expect(mailsWithSubject('routine 1')).toHaveLength(1)
    await runJobs(payload)
    expect(mailsWithSubject('routine 1')).toHaveLength(1)

    const again = await payload.jobs.handleSchedules({ queue: ESCALATIONS })
    expect(again.queued.map((s) => s.taskConfig?.slug).sort()).toEqual(
      escalations.map((j) => j.taskSlug).sort(),
    )
  })

  it('should hand a stuck job back when a process starts, once it is older than the limit', async () => {
    await queueEmail(req, { to: ['li@resident.test'], subject: 'routine 2', text: '你好' })
    const [id] = await crashWorkerDuring(1)
    expect((await reread(id)).processing).toBe(true)

    // A restart with a limit this short finds it stuck (the default is 15 minutes).
    const restarted = worker('start', { JOBS_STUCK_AFTER_MINUTES: '0.0001' })
    await restarted.until((l) => l.includes('STARTED'))
    expect((await restarted.exited).code).toBe(0)

    const job = await reread(id)
    expect(job.processing).toBe(false)
    expect(job.meta).toMatchObject({ stuckResets: 1 })
    await runJobs(payload)
    expect((await reread(id)).completedAt).toBeTruthy()
    expect(mailsWithSubject('routine 2')).toHaveLength(1)
  })

  it('should give up a job that stopped the worker three times, and report it if it is mail', async () => {
    await queueEmail(req, { to: ['zhao@resident.test'], subject: 'poison', text: '你好' })
    const [job] = await jobsWhere({ 'input.subject': { equals: 'poison' } })
    await payload.db.updateJobs({
      id: job.id,
      data: { processing: true, meta: { stuckResets: 3 } },
      req,
    } as never)
    const adminMails = mailbox.to(staff.admin.email).length

    expect(await sweepJobs(payload, jobSettings, pastTheLimit())).toMatchObject({
      reset: 0,
      gaveUp: 1,
      reported: 1,
    })
    const given = await reread(job.id)
    expect(given).toMatchObject({ processing: false, hasError: true })
    expect((given.error as { name?: string }).name).toBe('WorkerStopped')
    await runJobs(payload)
    expect(mailsWithSubject('poison')).toHaveLength(0)
    const alerts = mailbox.to(staff.admin.email).slice(adminMails)
    expect(alerts).toHaveLength(1)
    expect(alerts[0].text).toContain('poison')
  })
})

/** Runs a mail job until it has no tries left, letting each backoff pass; returns the waits. */
const exhaust = async (id: number | string) => {
  const waits: number[] = []
  for (let i = 0; i < 10; i++) {
    await payload.jobs.run({ queue: (await reread(id)).queue ?? EMAIL_QUEUE, limit: 100 })
    const job = await reread(id)
    if (job.hasError) return { job, waits }
    const last = logOf(job).at(-1)!
    waits.push(Math.round((Date.parse(job.waitUntil!) - Date.parse(last.completedAt)) / MINUTE))
    await dueNow(id)
  }
  throw new Error('never gave up')
}

describe('failed mail', () => {
  let failedId: number

  it('should retry a failed mail with growing waits, not before its time, then give up', async () => {
    await queueEmail(req, { to: [BOUNCE], subject: 'will bounce', text: '请缴费' })
    const [job] = await jobsWhere({ 'input.subject': { equals: 'will bounce' } })
    failedId = job.id

    await payload.jobs.run({ queue: EMAIL_QUEUE, limit: 100 })
    const first = await reread(job.id)
    expect(first).toMatchObject({ totalTried: 1, hasError: false, processing: false })
    // Not again before its wait is over.
    await payload.jobs.run({ queue: EMAIL_QUEUE, limit: 100 })
    expect((await reread(job.id)).totalTried).toBe(1)

    await dueNow(job.id)
    const { job: failed, waits } = await exhaust(job.id)
    expect(waits).toEqual([4, 8, 16])
    expect(
      Math.round((Date.parse(first.waitUntil!) - Date.parse(logOf(first)[0].completedAt)) / MINUTE),
    ).toBe(2)
    expect(failed.totalTried).toBe(5)
    expect(logOf(failed).map((l) => l.state)).toEqual(Array(5).fill('failed'))
    expect(mailbox.to(BOUNCE)).toHaveLength(0)
  })

  it('should email the administrators once, in the urgent queue, and show the mail on their dashboard', async () => {
    const before = mailbox.to(staff.admin.email).length
    const result = await sweepJobs(payload, jobSettings)
    expect(result.reported).toBe(1)
    expect(await pendingIn(URGENT_EMAIL_QUEUE)).toBe(1)
    await payload.jobs.run({ queue: URGENT_EMAIL_QUEUE, limit: 10 })
    const alerts = mailbox.to(staff.admin.email).slice(before)
    expect(alerts).toHaveLength(1)
    expect(alerts[0].subject).toContain('邮件发送失败')
    expect(alerts[0].text).toContain('will bounce')
    expect(alerts[0].text).toContain(BOUNCE)
    expect((await reread(failedId)).meta).toHaveProperty('failureReportedAt')

    // Reported once.
    expect((await sweepJobs(payload, jobSettings)).reported).toBe(0)
    expect(await pendingIn(URGENT_EMAIL_QUEUE)).toBe(0)

    const admin = await rest.get<JobsDashboard>('/dashboard', {
      token: await tokenOf(staff.admin),
    })
    expect(admin.status).toBe(200)
    const panel = admin.body.panels.find((p) => p.key === 'jobs')?.data
    expect(panel?.failedMail.items).toContainEqual(
      expect.objectContaining({ id: failedId, subject: 'will bounce', to: [BOUNCE] }),
    )
    const clerk = await rest.get<{ panels: Array<{ key: string }> }>('/dashboard', {
      token: await tokenOf(staff['cs-clerk']),
    })
    expect(clerk.status).toBe(200)
    expect(clerk.body.panels.map((p) => p.key)).not.toContain('jobs')
  })

  it('should not alert about a failed alert, but keep it on the dashboard', async () => {
    await queueEmail(
      req,
      { to: [BOUNCE], subject: 'alert that bounces', text: '!', kind: 'alert' },
      { urgent: true },
    )
    const [job] = await jobsWhere({ 'input.subject': { equals: 'alert that bounces' } })
    await exhaust(job.id)
    const jobsBefore = (await payload.count({ collection: JOBS })).totalDocs

    expect((await sweepJobs(payload, jobSettings)).reported).toBe(0)
    expect((await payload.count({ collection: JOBS })).totalDocs).toBe(jobsBefore)
    expect((await reread(job.id)).meta).toHaveProperty('failureReportedAt')
    const admin = await rest.get<JobsDashboard>('/dashboard', {
      token: await tokenOf(staff.admin),
    })
    const panel = admin.body.panels.find((p) => p.key === 'jobs')?.data
    expect(panel?.failedMail.items.map((i) => i.id)).toContain(job.id)
  })
})

describe('purging old jobs', () => {
  it('should delete completed jobs after JOBS_KEEP_DAYS with their log, and keep the rest', async () => {
    const make = () =>
      payload.jobs.queue({
        task: 'sendEmail',
        queue: EMAIL_QUEUE,
        input: { to: ['keep@resident.test'], subject: 'purge test', text: '.' },
      })
    const old = await make()
    const recent = await make()
    await payload.jobs.run({ queue: EMAIL_QUEUE, limit: 100 })
    const pending = await make()
    const longAgo = new Date(Date.now() - jobSettings.keepCompletedMs - MINUTE).toISOString()
    await payload.db.updateJobs({ id: old.id, data: { completedAt: longAgo }, req } as never)
    const failedBefore = (await jobsWhere({ hasError: { equals: true } })).map((j) => j.id)

    const logRows = () =>
      querySql(
        payload,
        undefined,
        (sql) => sql`SELECT count(*) AS n FROM payload_jobs_log WHERE _parent_id = ${old.id}`,
      ).then((rows) => Number(rows[0].n))
    expect(await logRows()).toBe(1)

    const result = await sweepJobs(payload, jobSettings)
    expect(result.purged).toBe(1)
    const left = (await jobsWhere({ id: { in: [old.id, recent.id, pending.id] } })).map((j) => j.id)
    expect(left.sort()).toEqual([recent.id, pending.id].sort())
    expect((await jobsWhere({ hasError: { equals: true } })).map((j) => j.id)).toEqual(failedBefore)
    expect(await logRows()).toBe(0)
  })

  it('should delete failed jobs, once reported, after JOBS_KEEP_FAILED_DAYS', async () => {
    const failed = await jobsWhere({ hasError: { equals: true } })
    expect(failed.length).toBeGreaterThan(0)
    const later = new Date(Date.now() + jobSettings.keepFailedMs + MINUTE)
    await sweepJobs(payload, jobSettings, later)
    expect(await jobsWhere({ hasError: { equals: true } })).toHaveLength(0)
  })
})

describe('what a mail job holds', () => {
  it('should send an issued notice by reference to its record, not carry the PDF in the job', async () => {
    const unit = await makeUnit(payload, '8栋', '0808')
    const resident = await makeResident(payload, unit.id, '周业主')
    await payload.update({
      collection: slugs.residents,
      id: resident.id,
      data: { email: 'zhou@resident.test' },
    })
    const created = await rest.post<{ doc: { id: number } }>('/violations', {
      token: await tokenOf(staff['cs-clerk']),
      body: {
        kind: 'civility',
        subKind: 'hoarding',
        severity: 'general',
        unit: unit.id,
        resident: resident.id,
        location: '8栋8楼',
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        description: '楼道堆物',
      },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const measure = await rest.post(`/violations/${id}/actions/record-measure`, {
      token: await tokenOf(staff['site-captain']),
      body: {
        measure: 'rectification',
        outcome: '限期清理',
        deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
        skipReason: '情节明显',
      },
    })
    expect(measure.status).toBe(200)
    const issued = await rest.post<{ doc: { id: number; sha256: string; number: string } }>(
      `/violations/${id}/notices`,
      { token: await tokenOf(staff['site-captain']), body: { type: 'rectification' } },
    )
    expect(issued.status).toBe(201)

    const [job] = (
      await jobsWhere({
        and: [{ taskSlug: { equals: 'sendEmail' } }, { completedAt: { exists: false } }],
      })
    ).filter((j) => (j.input as { to: string[] }).to.includes('zhou@resident.test'))
    expect((job.input as { attachments: unknown }).attachments).toEqual([
      { issuedNotice: issued.body.doc.id },
    ])
    expect(JSON.stringify(job.input).length).toBeLessThan(1000)

    await runJobs(payload)
    const [mail] = mailbox.to('zhou@resident.test')
    expect(mail.attachments).toHaveLength(1)
    expect(mail.attachments[0].filename).toBe(`${issued.body.doc.number}.pdf`)
    expect(createHash('sha256').update(mail.attachments[0].content).digest('hex')).toBe(
      issued.body.doc.sha256,
    )
  })
})

describe('a major complaint before routine mail', () => {
  it('should queue the major-complaint report in the urgent queue, sent while routine mail waits', async () => {
    for (let i = 0; i < 30; i++) {
      await queueEmail(req, { to: [`r${i}@resident.test`], subject: `backlog ${i}`, text: '.' })
    }
    const routine = await pendingIn(EMAIL_QUEUE)
    expect(routine).toBeGreaterThanOrEqual(30)
    const unit = await makeUnit(payload, '3栋', '0301')
    const resident = await makeResident(payload, unit.id, '钱业主')
    const res = await rest.post<{ doc: { number: string; severity: string } }>('/complaints', {
      token: await tokenOf(staff['cs-clerk']),
      body: complaintBody({ unit: unit.id, resident: resident.id, category: 'lift-entrapment' }),
    })
    expect(res.status).toBe(201)
    expect(res.body.doc.severity).toBe('major')

    const director = mailbox.to(staff.director.email).length
    await payload.jobs.run({ queue: URGENT_EMAIL_QUEUE, limit: 20 })
    const reports = mailbox.to(staff.director.email).slice(director)
    expect(reports).toHaveLength(1)
    expect(reports[0].subject).toContain(res.body.doc.number)
    expect(mailbox.to(staff['property-manager'].email).at(-1)?.subject).toContain(
      res.body.doc.number,
    )
    // Nothing routine was sent, and the backlog is still there.
    expect(await pendingIn(EMAIL_QUEUE)).toBeGreaterThanOrEqual(routine)
    expect(mailsWithSubject('backlog 0')).toHaveLength(0)
  })

  it('should work the urgent queue every ten seconds, apart from routine mail', () => {
    const autoRun: ReadonlyArray<{ cron: string; queue: string }> = JOB_CRONS
    const urgent = autoRun.find((a) => a.queue === URGENT_EMAIL_QUEUE)
    expect(urgent?.cron).toBe('*/10 * * * * *')
    expect(autoRun.find((a) => a.queue === EMAIL_QUEUE)?.cron).toBe('* * * * *')
  })
})

describe('one job runner among several processes', () => {
  /** Whether the cron's tick in this process works the queues (Payload asks before each run). */
  const tick = async () => {
    const saved = process.env.DISABLE_JOB_RUNNER
    delete process.env.DISABLE_JOB_RUNNER
    try {
      return await payload.config.jobs.shouldAutoRun!(payload)
    } finally {
      process.env.DISABLE_JOB_RUNNER = saved
    }
  }
  const scheduled = async () => (await jobsWhere({ queue: { equals: ESCALATIONS } })).length
  const tryLock = async (client: pg.Client) =>
    (await client.query('SELECT pg_try_advisory_lock($1) AS got', [JOB_RUNNER_LOCK])).rows[0].got

  it('should let only the lease holder schedule and run jobs, and hand over when it goes', async () => {
    if (booted.dialect === 'sqlite') {
      // SQLite is one process: it always works its queues.
      expect(await holdsJobRunnerLease(payload)).toBe(true)
      return
    }
    // Another process of the app: a connection of its own to the same database.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URI })
    await other.connect()
    try {
      await payload.delete({ collection: JOBS, where: { queue: { equals: ESCALATIONS } } })
      expect(await tryLock(other)).toBe(true)
      // The other holds the lease: this process neither schedules nor runs anything.
      expect(await tick()).toBe(false)
      expect(await scheduled()).toBe(0)
      // It stops cleanly: this process takes over at its next tick and queues what is due.
      await other.query('SELECT pg_advisory_unlock($1)', [JOB_RUNNER_LOCK])
      expect(await tick()).toBe(true)
      expect(await scheduled()).toBeGreaterThanOrEqual(5)
      expect(await tryLock(other)).toBe(false)
      // Its schedules are not queued twice by the next tick.
      const once = await scheduled()
      expect(await tick()).toBe(true)
      expect(await scheduled()).toBe(once)
      // The holder's connection is cut: the lock goes with it, the other takes over, and this
      // process notices at its next tick that it no longer works the queues.
      // This database's holder of this lock only (the server is shared); termination is
      // asynchronous, so the lock is free once that backend has gone.
      await other.query(
        `SELECT pg_terminate_backend(pid) FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND pid <> pg_backend_pid()
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
           AND classid = ($1::bigint >> 32)::oid AND objid = ($1::bigint & 4294967295)::oid`,
        [JOB_RUNNER_LOCK],
      )
      let taken = false
      for (let i = 0; i < 50 && !taken; i++) {
        taken = await tryLock(other)
        if (!taken) await new Promise((resolve) => setTimeout(resolve, 100))
      }
      expect(taken).toBe(true)
      expect(await tick()).toBe(false)
    } finally {
      await other.end()
    }
    // The other process died: the lock is free again.
    expect(await tick()).toBe(true)
  })

  it('should let nobody, the administrator included, run the queues through REST', async () => {
    const headers = { token: await tokenOf(staff.admin) }
    expect([401, 403]).toContain(
      (await rest.get(`/${JOBS}/run?queue=${EMAIL_QUEUE}`, headers)).status,
    )
  })
})

describe('a scheduled check with one bad item', () => {
  it('should commit every other item in its own transaction, roll the bad one back, and fail the job naming it', async () => {
    // The job's request as the runner gives it (no transaction). Item b's refused statement
    // aborts its own transaction only: on PostgreSQL a shared one would refuse every later write.
    const jobReq = await createLocalReq({}, payload)
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }]
    const done = eachInOwnTransaction(jobReq, 'testCheck', items, async (itemReq, item) => {
      await payload.create({
        collection: slugs.units,
        data: {
          estate: '测试',
          building: '坏项',
          floor: 1,
          number: item.id,
          area: 50,
          use: 'residential',
          status: 'vacant',
        },
        req: itemReq,
      })
      // A statement the database refuses, then the failure: its unit must not stay.
      if (item.id === 'b') {
        await querySql(payload, itemReq, (sql) => sql`SELECT * FROM no_such_table`)
      }
    })
    await expect(done).rejects.toThrow('testCheck: 1 of 3 failed (b)')
    const units = await payload.find({
      collection: slugs.units,
      where: { building: { equals: '坏项' } },
      sort: 'number',
      depth: 0,
    })
    expect(units.docs.map((u) => u.number)).toEqual(['a', 'c'])
  })
})
