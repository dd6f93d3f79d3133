/**
 * `GET /api/health` through the real REST handler: up/down for a load balancer without a
 * session, the figures for the administrator alone. The 503 when the database does not answer is
 * tested in test/unit/health.test.ts with an injected probe (the real database stays up here).
 */
import path from 'path'

import { NextRequest } from 'next/server'
import type { Payload, PayloadRequest } from 'payload'
import { createLocalReq } from 'payload'

import { EMAIL_QUEUE, ESCALATION_QUEUE, JOBS_COLLECTION as JOBS, TASKS } from '@/contracts/jobs'
import { URGENT_EMAIL_QUEUE, queueEmail } from '@/lib/queueEmail'
import { createProxy } from '@/proxy'

import type { Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

type Depth = { pending: number; processing: number; failed: number }
type Health = {
  status: string
  database?: { dialect: string; latencyMs: number }
  queues?: Record<string, Depth>
  oldestPendingJob?: { queue: string; taskSlug: string; waitingSeconds: number } | null
  lastBackup?: null
  backups?: string
  disk?: { path: string; freeBytes: number; totalBytes: number } | null
}

const QUEUES = [URGENT_EMAIL_QUEUE, EMAIL_QUEUE, ESCALATION_QUEUE]
const uploadDir = path.resolve('test/.tmp', `uploads-health-${process.pid}`)

let tb: Testbed
let payload: Payload
let req: PayloadRequest

beforeAll(async () => {
  tb = await startTestbed('health', { env: { UPLOAD_DIR: uploadDir } })
  payload = tb.payload
  req = await createLocalReq({}, payload)
})

afterAll(async () => {
  await tb?.shutdown()
})

const health = async (token?: string) => tb.rest.get<Health>('/health', { token })
const asAdmin = async () => health(await tb.tokenOf(tb.staff.admin))
const pause = () => new Promise((resolve) => setTimeout(resolve, 20))

describe('GET /api/health', () => {
  it('should answer an anonymous caller 200 up and nothing more, never cached', async () => {
    const res = await health()
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'up' })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('should answer a clerk, and the director, exactly as it answers anyone', async () => {
    for (const member of [tb.staff['cs-clerk'], tb.staff.director]) {
      const res = await health(await tb.tokenOf(member))
      expect(res.status).toBe(200)
      expect(res.body).toEqual({ status: 'up' })
    }
  })

  it('should answer a caller with a bad token as anyone, not 401', async () => {
    const res = await health('not-a-token')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'up' })
  })

  it('should give the administrator the database, the queues, the backups and the disk', async () => {
    const res = await asAdmin()
    expect(res.status).toBe(200)
    const body = res.body
    expect(body.status).toBe('up')
    expect(body.database?.dialect).toBe(tb.booted.dialect)
    expect(body.database?.latencyMs).toBeGreaterThanOrEqual(0)
    expect(Object.keys(body.queues ?? {}).sort()).toEqual([...QUEUES].sort())
    expect(body.oldestPendingJob).toBeNull()
    expect(body.lastBackup).toBeNull()
    expect(body.backups).toBe('not configured')
    // The SQLite file's folder on SQLite, the uploads' folder on PostgreSQL.
    const folder =
      tb.booted.dialect === 'sqlite'
        ? path.dirname(process.env.DATABASE_URI!.slice('file:'.length))
        : uploadDir
    expect(body.disk?.path).toBe(path.resolve(folder))
    expect(body.disk?.freeBytes).toBeGreaterThan(0)
    expect(body.disk!.totalBytes).toBeGreaterThanOrEqual(body.disk!.freeBytes)
  })

  it('should count the jobs queued, claimed and failed per queue, and name the oldest waiting', async () => {
    const before = (await asAdmin()).body.queues!
    // Made first but not due for an hour: it is pending, not waiting.
    await payload.jobs.queue({
      task: TASKS.flagOverdueLoans,
      queue: ESCALATION_QUEUE,
      input: {},
      waitUntil: new Date(Date.now() + 3_600_000),
    })
    await pause()
    await queueEmail(req, { to: ['wang@resident.test'], subject: '停水通知', text: '你好' })
    await pause()
    await queueEmail(req, { to: ['li@resident.test'], subject: '缴费提醒', text: '你好' })
    await queueEmail(
      req,
      { to: ['zhao@resident.test'], subject: '重大投诉', text: '你好' },
      {
        urgent: true,
      },
    )
    const claimed = await payload.jobs.queue({
      task: TASKS.sendEmail,
      queue: EMAIL_QUEUE,
      input: { to: ['sun@resident.test'], subject: 'claimed', text: '你好' },
    })
    const failed = await payload.jobs.queue({
      task: TASKS.sendEmail,
      queue: URGENT_EMAIL_QUEUE,
      input: { to: ['qian@resident.test'], subject: 'failed', text: '你好' },
    })
    await payload.update({
      collection: JOBS,
      id: claimed.id,
      data: { processing: true },
      overrideAccess: true,
    })
    await payload.update({
      collection: JOBS,
      id: failed.id,
      data: { hasError: true },
      overrideAccess: true,
    })

    const res = await asAdmin()
    expect(res.status).toBe(200)
    const after = res.body.queues!
    const delta = (queue: string) => ({
      pending: after[queue].pending - before[queue].pending,
      processing: after[queue].processing - before[queue].processing,
      failed: after[queue].failed - before[queue].failed,
    })
    expect(delta(EMAIL_QUEUE)).toEqual({ pending: 2, processing: 1, failed: 0 })
    expect(delta(URGENT_EMAIL_QUEUE)).toEqual({ pending: 1, processing: 0, failed: 1 })
    expect(delta(ESCALATION_QUEUE)).toEqual({ pending: 1, processing: 0, failed: 0 })
    // Nothing was due before the first routine email (the testbed queues no mail of its own).
    expect(res.body.oldestPendingJob).toEqual({
      queue: EMAIL_QUEUE,
      taskSlug: TASKS.sendEmail,
      waitingSeconds: expect.any(Number),
    })
    expect(res.body.oldestPendingJob!.waitingSeconds).toBeGreaterThanOrEqual(0)
  })

  it('should still show an anonymous caller and a clerk only up while jobs wait', async () => {
    expect((await health()).body).toEqual({ status: 'up' })
    expect((await health(await tb.tokenOf(tb.staff['cs-clerk']))).body).toEqual({ status: 'up' })
  })

  it('should write nothing, whoever asks', async () => {
    const jobs = async () =>
      (await payload.find({ collection: JOBS, limit: 100, depth: 0, sort: 'id' })).docs
    const before = await jobs()
    await health()
    await asAdmin()
    expect(await jobs()).toEqual(before)
  })
})

describe('the proxy', () => {
  it('should pass GET /api/health on without a session or a cookie', () => {
    const proxy = createProxy({
      isProduction: true,
      isDevelopment: false,
      requestMaxBytes: 1024 * 1024,
      uploadMaxBytes: 10 * 1024 * 1024,
    })
    const res = proxy(new NextRequest('http://localhost:3000/api/health'))
    expect(res.headers.get('x-middleware-next')).toBe('1')
  })
})
