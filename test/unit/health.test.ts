import type { HealthDetails } from '@/domain/health'
import {
  answerHealth,
  checkDatabase,
  diskFigures,
  healthStatusCode,
  mayReadHealthDetails,
  oldestPendingJob,
} from '@/domain/health'

const now = new Date('2026-03-01T08:00:00.000Z')
const ago = (seconds: number) => new Date(now.getTime() - seconds * 1000).toISOString()

const details: HealthDetails = {
  database: { dialect: 'sqlite' },
  queues: { emails: { pending: 2, processing: 1, failed: 0 } },
  oldestPendingJob: { queue: 'emails', taskSlug: 'sendEmail', waitingSeconds: 42 },
  disk: { path: '/srv/data', freeBytes: 1024, totalBytes: 4096 },
  lastBackup: null,
  backups: 'not configured',
}
const answers = () => Promise.resolve([{ ok: 1 }])
const refuses = () => Promise.reject(new Error('connect ECONNREFUSED 10.0.0.5:5432 user=app'))
const never = () => new Promise<never>(() => undefined)

describe('checkDatabase', () => {
  it('should be up, with the time the probe took, when the database answers', async () => {
    const ticks = [100, 102.34]
    const check = await checkDatabase(answers, { clock: () => ticks.shift()! })
    expect(check).toEqual({ status: 'up', latencyMs: 2.3 })
  })

  it('should be down, and keep the error to itself, when the probe throws', async () => {
    expect(await checkDatabase(refuses)).toEqual({ status: 'down' })
  })

  it('should be down when the probe throws before it returns a promise', async () => {
    const throws = () => {
      throw new Error('no client')
    }
    expect(await checkDatabase(throws)).toEqual({ status: 'down' })
  })

  it('should be down when the database does not answer in time', async () => {
    expect(await checkDatabase(never, { timeoutMs: 20 })).toEqual({ status: 'down' })
  })

  it('should leave nothing unhandled when the probe fails after the timeout', async () => {
    const late = () => new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 30))
    const unhandled: unknown[] = []
    const listen = (reason: unknown) => unhandled.push(reason)
    process.on('unhandledRejection', listen)
    try {
      expect(await checkDatabase(late, { timeoutMs: 5 })).toEqual({ status: 'down' })
      await new Promise((resolve) => setTimeout(resolve, 60))
      expect(unhandled).toEqual([])
    } finally {
      process.off('unhandledRejection', listen)
    }
  })
})

describe('healthStatusCode', () => {
  it('should answer 200 when up and 503 when down', () => {
    expect(healthStatusCode('up')).toBe(200)
    expect(healthStatusCode('down')).toBe(503)
  })
})

describe('mayReadHealthDetails', () => {
  it('should let the administrator alone see the figures', () => {
    expect(mayReadHealthDetails({ roles: ['admin'] })).toBe(true)
    expect(mayReadHealthDetails({ roles: ['cs-clerk', 'admin'] })).toBe(true)
  })

  it.each([
    ['nobody', null],
    ['a user without roles', {}],
    ['a clerk', { roles: ['cs-clerk'] }],
    ['the director', { roles: ['director'] }],
    ['an unknown role', { roles: ['root'] }],
    ['roles that are not a list', { roles: 'admin' }],
  ])('should refuse %s', (_, user) => {
    expect(mayReadHealthDetails(user)).toBe(false)
  })
})

describe('oldestPendingJob', () => {
  it('should be null when nothing waits', () => {
    expect(oldestPendingJob([], now)).toBeNull()
  })

  it('should count a job without waitUntil from its creation', () => {
    const job = { queue: 'emails', taskSlug: 'sendEmail', createdAt: ago(90.7) }
    expect(oldestPendingJob([job], now)).toEqual({
      queue: 'emails',
      taskSlug: 'sendEmail',
      waitingSeconds: 90,
    })
  })

  it('should count a retried or scheduled job from its waitUntil, not its creation', () => {
    const retried = {
      queue: 'emails',
      taskSlug: 'sendEmail',
      createdAt: ago(3600),
      waitUntil: ago(10),
    }
    const fresh = { queue: 'escalations', taskSlug: 'escalateWorkOrders', createdAt: ago(60) }
    expect(oldestPendingJob([retried, fresh], now)).toEqual({
      queue: 'escalations',
      taskSlug: 'escalateWorkOrders',
      waitingSeconds: 60,
    })
  })

  it('should pick the longest wait whichever way it was found', () => {
    const made = { queue: 'emails', taskSlug: 'sendEmail', createdAt: ago(30) }
    const due = {
      queue: 'emails-urgent',
      taskSlug: 'sendEmail',
      createdAt: ago(900),
      waitUntil: ago(300),
    }
    expect(oldestPendingJob([made, due], now)?.queue).toBe('emails-urgent')
  })

  it('should not count a job that is not due yet', () => {
    const later = { queue: 'escalations', createdAt: ago(600), waitUntil: ago(-60) }
    expect(oldestPendingJob([later], now)).toBeNull()
  })

  it('should say null for a job without queue or task', () => {
    expect(oldestPendingJob([{ createdAt: ago(5) }], now)).toEqual({
      queue: null,
      taskSlug: null,
      waitingSeconds: 5,
    })
  })
})

describe('diskFigures', () => {
  it('should turn blocks into bytes, counting only what the process may write as free', () => {
    expect(diskFigures('/srv/data', { bsize: 4096, bavail: 10, blocks: 100 })).toEqual({
      path: '/srv/data',
      freeBytes: 40960,
      totalBytes: 409600,
    })
  })
})

describe('answerHealth', () => {
  let loads = 0
  const loadDetails = () => {
    loads += 1
    return Promise.resolve(details)
  }
  beforeEach(() => {
    loads = 0
  })

  it('should answer anyone but the administrator up, and nothing else', async () => {
    const answer = await answerHealth({ probe: answers, detailed: false, loadDetails })
    expect(answer).toEqual({ statusCode: 200, body: { status: 'up' } })
    expect(loads).toBe(0)
  })

  it('should give the administrator the figures, the latency and the backups as not configured', async () => {
    const answer = await answerHealth({ probe: answers, detailed: true, loadDetails })
    expect(answer.statusCode).toBe(200)
    expect(answer.body).toEqual({
      status: 'up',
      database: { dialect: 'sqlite', latencyMs: expect.any(Number) },
      queues: details.queues,
      oldestPendingJob: details.oldestPendingJob,
      lastBackup: null,
      backups: 'not configured',
      disk: details.disk,
    })
  })

  it.each([false, true])(
    'should answer 503 down, without the error, when the database fails (figures: %s)',
    async (detailed) => {
      const answer = await answerHealth({ probe: refuses, detailed, loadDetails })
      expect(answer).toEqual({ statusCode: 503, body: { status: 'down' } })
      expect(JSON.stringify(answer)).not.toContain('ECONNREFUSED')
      expect(loads).toBe(0)
    },
  )

  it('should answer 503 down when the database does not answer in time', async () => {
    const answer = await answerHealth({ probe: never, detailed: false, loadDetails, timeoutMs: 20 })
    expect(answer).toEqual({ statusCode: 503, body: { status: 'down' } })
  })

  it('should answer 503 down, without the error, when reading the figures fails', async () => {
    const answer = await answerHealth({
      probe: answers,
      detailed: true,
      loadDetails: () => Promise.reject(new Error('no such table: payload_jobs')),
    })
    expect(answer).toEqual({ statusCode: 503, body: { status: 'down' } })
  })
})
