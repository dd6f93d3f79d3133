import {
  failedMailDigest,
  failedMailOf,
  purgeBefore,
  readJobSettings,
  stuckVerdict,
} from '@/domain/jobs/watchdog'

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE
const settings = readJobSettings({})
const now = new Date('2026-03-01T08:00:00.000Z')
const ago = (ms: number) => new Date(now.getTime() - ms).toISOString()

describe('readJobSettings', () => {
  it('should default to 15 minutes stuck, 30 days for completed and 90 for failed jobs', () => {
    expect(settings).toMatchObject({
      stuckAfterMs: 15 * MINUTE,
      keepCompletedMs: 30 * DAY,
      keepFailedMs: 90 * DAY,
      maxStuckResets: 3,
    })
  })

  it('should read the environment, fractions included', () => {
    const read = readJobSettings({
      JOBS_STUCK_AFTER_MINUTES: '0.5',
      JOBS_KEEP_DAYS: '7',
      JOBS_KEEP_FAILED_DAYS: ' 365 ',
    })
    expect(read).toMatchObject({
      stuckAfterMs: 30_000,
      keepCompletedMs: 7 * DAY,
      keepFailedMs: 365 * DAY,
    })
  })

  it.each(['0', '-1', 'ten', 'Infinity'])('should refuse %s, naming the variable', (value) => {
    expect(() => readJobSettings({ JOBS_KEEP_DAYS: value })).toThrow(
      `JOBS_KEEP_DAYS="${value}" is not a positive number.`,
    )
  })
})

describe('stuckVerdict', () => {
  const job = (over: object) => ({ id: 1, processing: true, updatedAt: ago(16 * MINUTE), ...over })

  it('should leave a job processing within the limit, or one not processing at all', () => {
    expect(stuckVerdict(job({ updatedAt: ago(15 * MINUTE) }), now, settings)).toBe('running')
    expect(stuckVerdict(job({ processing: false }), now, settings)).toBe('running')
    expect(stuckVerdict(job({ completedAt: ago(MINUTE) }), now, settings)).toBe('running')
  })

  it('should reset a job processing past the limit, and give it up the fourth time', () => {
    expect(stuckVerdict(job({}), now, settings)).toBe('reset')
    expect(stuckVerdict(job({ meta: { stuckResets: 2 } }), now, settings)).toBe('reset')
    expect(stuckVerdict(job({ meta: { stuckResets: 3 } }), now, settings)).toBe('give-up')
  })
})

describe('purgeBefore', () => {
  it('should keep completed jobs 30 days and failed ones 90 by default', () => {
    expect(purgeBefore(now, settings)).toEqual({
      completed: new Date(now.getTime() - 30 * DAY),
      failed: new Date(now.getTime() - 90 * DAY),
    })
  })
})

describe('failed mail', () => {
  const job = {
    id: 7,
    input: { to: ['a@x.cn', 'b@x.cn'], subject: '【投诉处理单】TS-202603-0001', text: '…' },
    error: { message: 'Mailbox unavailable' },
    totalTried: 5,
    updatedAt: ago(MINUTE),
  }

  it('should describe a failed job by its recipients, subject, tries and error', () => {
    expect(failedMailOf(job)).toEqual({
      id: 7,
      to: ['a@x.cn', 'b@x.cn'],
      subject: '【投诉处理单】TS-202603-0001',
      attempts: 5,
      error: 'Mailbox unavailable',
      failedAt: job.updatedAt,
    })
    expect(failedMailOf({ id: 8, input: null, updatedAt: job.updatedAt })).toMatchObject({
      to: [],
      subject: '',
      attempts: 0,
      error: '',
    })
  })

  it('should list every failure in one bilingual digest', () => {
    const digest = failedMailDigest([failedMailOf(job), failedMailOf({ ...job, id: 9 })])
    expect(digest.subject).toContain('2 封邮件未能发出')
    expect(digest.subject).toContain('2 email(s) could not be sent')
    expect(digest.text).toContain('#7')
    expect(digest.text).toContain('#9')
    expect(digest.text).toContain('a@x.cn, b@x.cn')
    expect(digest.text).toContain('Mailbox unavailable')
  })
})
