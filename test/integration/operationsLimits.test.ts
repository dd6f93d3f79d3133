/**
 * The office settings kept between reads (src/lib/storedGlobal.ts): read in full only when changed,
 * and never a change that was rolled back.
 *
 * The planner's statistics (src/config/plannerStatistics.ts): gathered on SQLite, which keeps none
 * by itself, and on PostgreSQL for the tables autovacuum would analyse (it may be off).
 *
 * Two limits that keep the office running when the database or the backlog is not as expected
 * (issue #19): a signed-in request whose user lookup the database cannot answer fails with 503
 * and never goes on as anonymous; and the overdue-complaint escalation works at most its batch
 * per run, oldest overdue first.
 *
 * On PostgreSQL the lookup fails for real: Payload is booted with a small pool and a short wait
 * for a connection, and the test checks out every connection of that pool, as a burst of slow
 * requests would. SQLite has no pool (one in-process connection, reads never wait under WAL), so
 * there the test checks that every normal path answers as before.
 */
import type pg from 'pg'
import type { PayloadRequest } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

import { refreshPlannerStatistics } from '@/config/plannerStatistics'
import { ESCALATION_QUEUE, JOBS_COLLECTION, TASKS } from '@/contracts/jobs'
import { RETRY_AFTER_SECONDS } from '@/domain/databaseErrors'
import { officeSettings } from '@/lib/officeSettings'
import { querySql } from '@/lib/sql'
import { globalSlugs, slugs } from '@/slugs'

import {
  createComplaint,
  createResident,
  createStaffMember,
  createUnit,
} from '../helpers/factories'
import { complaintBody } from '../helpers/fixtures'
import type { Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

let tb: Testbed

/** The pool exists on PostgreSQL only; SQLite runs the other tests. */
const onPostgres = process.env.TEST_DATABASE === 'postgres' ? it : it.skip

beforeAll(async () => {
  tb = await startTestbed('operations-limits', {
    env: { DATABASE_POOL_MAX: '3', DATABASE_POOL_TIMEOUT_MS: '500', ESCALATION_BATCH_SIZE: '3' },
  })
})

afterAll(async () => {
  await tb?.shutdown()
})

type Me = { user: { id: number; email: string } | null }
type Errors = { errors?: Array<{ message: string }> }

const complaintCount = async () =>
  (await tb.payload.count({ collection: slugs.complaints })).totalDocs

/** Checks out every connection the pool can give, and hands them back. */
const exhaustPool = async () => {
  const pool = (tb.payload.db as unknown as { pool: pg.Pool }).pool
  const max = (pool as unknown as { options: { max: number } }).options.max
  const held: pg.PoolClient[] = []
  while (pool.totalCount < max || pool.idleCount > 0) held.push(await pool.connect())
  return () => held.forEach((client) => client.release())
}

describe('a signed-in request the database cannot identify', () => {
  let unit: number
  let resident: number

  beforeAll(async () => {
    const owner = await createResident(tb.payload)
    unit = owner.units[0] as number
    resident = owner.id
  })

  const register = (token?: string) =>
    tb.rest.post<Errors>('/complaints', {
      token,
      body: complaintBody({ unit, resident }),
    })

  onPostgres(
    'should answer staff 503 with Retry-After, never as anonymous, and write nothing while no connection is free',
    async () => {
      const clerk = await tb.tokenOf(tb.staff['cs-clerk'])
      const dispatcher = await tb.tokenOf(tb.staff.dispatcher)
      const complaint = await createComplaint(tb.payload, { unit, resident })
      const before = {
        count: await complaintCount(),
        complaint: await tb.reread(slugs.complaints, complaint.id),
      }
      const release = await exhaustPool()
      const answers: Record<
        string,
        { status: number; retryAfter: string | null; message?: string }
      > = {}
      try {
        const requests = {
          // Payload's own create: its transaction would fail on the pool anyway.
          register: () => register(clerk),
          // A workflow action: without the fix, `requireUser` answered 401 "请先登录" at once.
          dispatch: () =>
            tb.rest.post<Errors>(`/complaints/${complaint.id}/actions/dispatch`, {
              token: dispatcher,
              body: { handler: tb.staff.dispatcher.id },
            }),
          // Without the fix: 200 { user: null }, and the admin signs the clerk out.
          me: () => tb.rest.get<Errors>('/users/me', { token: clerk }),
          // Without the fix: 403 before any query.
          list: () => tb.rest.get<Errors>('/complaints', { token: clerk }),
        }
        for (const [name, send] of Object.entries(requests)) {
          const res = await send()
          answers[name] = {
            status: res.status,
            retryAfter: res.headers.get('retry-after'),
            message: res.body.errors?.[0]?.message,
          }
        }
      } finally {
        release()
      }
      const unavailable = {
        status: 503,
        retryAfter: String(RETRY_AFTER_SECONDS),
        message: expect.stringContaining('数据库暂时无法连接'),
      }
      expect(answers).toEqual({
        register: unavailable,
        dispatch: unavailable,
        me: unavailable,
        list: unavailable,
      })
      expect(await complaintCount()).toBe(before.count)
      expect(await tb.reread(slugs.complaints, complaint.id)).toEqual(before.complaint)
      // The connections are back: the same tokens work, and the same registration is taken.
      const me = await tb.rest.get<Me>('/users/me', { token: clerk })
      expect(me.body.user?.email).toBe(tb.staff['cs-clerk'].email)
      expect((await register(clerk)).status).toBe(201)
      expect(await complaintCount()).toBe(before.count + 1)
    },
  )

  onPostgres(
    'should still answer a request without a token as anonymous while no connection is free',
    async () => {
      const release = await exhaustPool()
      let res: Awaited<ReturnType<typeof tb.rest.get<Me>>>
      try {
        res = await tb.rest.get<Me>('/users/me')
      } finally {
        release()
      }
      expect(res.status).toBe(200)
      expect(res.body.user).toBeNull()
    },
  )

  it('should refuse a request without a token as before, nothing written', async () => {
    const before = await complaintCount()
    const res = await register()
    expect([401, 403]).toContain(res.status)
    expect(await complaintCount()).toBe(before)
    expect((await tb.rest.get<Me>('/users/me')).body.user).toBeNull()
  })

  it('should refuse the token of a deleted account and of an ended session, nothing written', async () => {
    const password = 'another-correct-horse-1'
    const gone = await createStaffMember(tb.payload, {
      email: 'gone@test.local',
      password,
      roles: ['cs-clerk'],
    })
    const leaving = await createStaffMember(tb.payload, {
      email: 'leaving@test.local',
      password,
      roles: ['cs-clerk'],
    })
    const goneToken = await tb.rest.login(gone.email, password)
    const leavingToken = await tb.rest.login(leaving.email, password)
    expect((await register(goneToken)).status).toBe(201)
    await tb.payload.delete({ collection: slugs.users, id: gone.id })
    expect((await tb.rest.post('/users/logout', { token: leavingToken })).status).toBe(200)

    const before = await complaintCount()
    for (const token of [goneToken, leavingToken]) {
      const res = await register(token)
      expect([401, 403]).toContain(res.status)
      expect((await tb.rest.get<Me>('/users/me', { token })).body.user).toBeNull()
    }
    expect(await complaintCount()).toBe(before)
  })
})

describe('the overdue-complaint escalation, a batch per run', () => {
  const DAY = 24 * 3_600_000
  type Log = Array<{ taskSlug?: string; state?: string; output?: Record<string, number> }>

  /** Runs the check once, as its schedule would, and returns what the job reported. */
  const runEscalation = async () => {
    const job = await tb.payload.jobs.queue({
      task: TASKS.escalateOverdueComplaints,
      queue: ESCALATION_QUEUE,
      input: {},
    })
    await tb.payload.jobs.run({ queue: ESCALATION_QUEUE, limit: 10 })
    const done = await tb.payload.findByID({ collection: JOBS_COLLECTION, id: job.id, depth: 0 })
    const log = (done.log ?? []) as Log
    return log.find((entry) => entry.taskSlug === TASKS.escalateOverdueComplaints)?.output
  }

  const notified = async (ids: number[]) =>
    Promise.all(
      ids.map(async (id) => (await tb.reread(slugs.complaints, id)).breachesNotified ?? []),
    )

  const mailsQueued = async () =>
    (
      await tb.payload.count({
        collection: JOBS_COLLECTION,
        where: { taskSlug: { equals: TASKS.sendEmail } },
      })
    ).totalDocs

  it('should escalate the oldest overdue first, the batch size at most, and the rest on the next run, each once', async () => {
    // Five open complaints, weeks overdue, created out of age order (ids do not sort them).
    const daysOverdue = [27, 30, 26, 28, 29]
    const owner = await createResident(tb.payload, {
      units: [(await createUnit(tb.payload, { number: '902' })).id],
    })
    const byAge = new Map<number, number>()
    for (const days of daysOverdue) {
      const complaint = await createComplaint(
        tb.payload,
        {
          unit: owner.units[0],
          resident: owner.id,
          registeredAt: new Date(Date.now() - days * DAY).toISOString(),
        },
        { serverWrite: true },
      )
      byAge.set(days, complaint.id)
    }
    // Older still, open and already notified of both: it must take no place in the batch.
    const reported = await createComplaint(
      tb.payload,
      {
        unit: owner.units[0],
        resident: owner.id,
        registeredAt: new Date(Date.now() - 40 * DAY).toISOString(),
      },
      { serverWrite: true },
    )
    await tb.payload.db.updateOne({
      collection: slugs.complaints,
      id: reported.id,
      data: { breachesNotified: ['verification', 'resolution'] },
    })
    const reportedBefore = await tb.reread(slugs.complaints, reported.id)
    const oldest = [30, 29, 28].map((days) => byAge.get(days)!)
    const newest = [27, 26].map((days) => byAge.get(days)!)
    const mailsBefore = await mailsQueued()

    expect(await runEscalation()).toEqual({ notices: 6, escalated: 3, remaining: 2 })
    expect(await notified(oldest)).toEqual(Array(3).fill(['verification', 'resolution']))
    expect(await notified(newest)).toEqual([[], []])

    expect(await runEscalation()).toEqual({ notices: 4, escalated: 2, remaining: 0 })
    expect(await notified([...oldest, ...newest])).toEqual(
      Array(5).fill(['verification', 'resolution']),
    )

    expect(await runEscalation()).toEqual({ notices: 0, escalated: 0, remaining: 0 })
    expect(await tb.reread(slugs.complaints, reported.id)).toEqual(reportedBefore)
    // One mail per breach (to the dispatchers and site managers: no handler yet), never twice.
    expect((await mailsQueued()) - mailsBefore).toBe(10)
  })
})

describe('the query planner’s statistics', () => {
  const unitsRowCount = async () => {
    if (process.env.TEST_DATABASE === 'postgres') {
      const [row] = await querySql(
        tb.payload,
        undefined,
        (
          sql,
        ) => sql`SELECT last_analyze IS NOT NULL AS "analysed", n_mod_since_analyze::int AS "changed"
          FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = 'units'`,
      )
      return row
    }
    // sqlite_stat1's first number for a table is its row count when ANALYZE last ran.
    const rows = await querySql(
      tb.payload,
      undefined,
      (sql) => sql`SELECT stat AS "stat" FROM sqlite_stat1 WHERE tbl = 'units' LIMIT 1`,
    )
    return { analysedRows: rows.length ? Number(String(rows[0].stat).split(' ')[0]) : null }
  }

  it('should gather them for a table that has grown, and leave the others alone', async () => {
    const before = (await tb.payload.count({ collection: slugs.units })).totalDocs
    for (let i = 0; i < 60; i++)
      await createUnit(tb.payload, { building: '统计栋', number: `S${i}` })
    const units = before + 60

    if (process.env.TEST_DATABASE === 'postgres') {
      // Each connection reports its writes to the statistics system when it next goes idle (up to
      // 10 s later): wait until the 60 are counted, as the nightly run would find them.
      for (let i = 0; i < 150 && Number((await unitsRowCount()).changed) < 60; i++)
        await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const analysed = await refreshPlannerStatistics(tb.payload)

    if (process.env.TEST_DATABASE === 'postgres') {
      // 60 new rows are over autovacuum's 50 + 10 %: analysed; a table nobody wrote to is not.
      expect(analysed).toContain('units')
      expect(analysed).not.toContain('violations')
      expect(await unitsRowCount()).toEqual({ analysed: true, changed: 0 })
      // Nothing changed since: nothing to do.
      expect(await refreshPlannerStatistics(tb.payload)).not.toContain('units')
    } else {
      expect(analysed).toEqual(['*'])
      expect(await unitsRowCount()).toEqual({ analysedRows: units })
    }
  })
})

describe('the office settings, read in full only when they have changed', () => {
  const hours = async (req?: PayloadRequest) =>
    (await officeSettings(req ?? (await createLocalReq({}, tb.payload)))).resolutionTargetHours

  it('should see every change at once — through Payload, from another process, inside its own transaction — and never one rolled back', async () => {
    const first = await hours()
    expect(await hours()).toBe(first)

    await tb.payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { resolutionTargetHours: first + 1 },
    })
    expect(await hours()).toBe(first + 1)

    // Another process's save: the row and its updated_at change without this process's hooks.
    await querySql(
      tb.payload,
      undefined,
      (sql) => sql`UPDATE office_settings SET resolution_target_hours = ${first + 2},
        updated_at = ${new Date(Date.now() + 1000).toISOString()}`,
    )
    expect(await hours()).toBe(first + 2)

    // A change inside a transaction is seen there, and not by others; rolled back, by nobody.
    const inside = await createLocalReq({}, tb.payload)
    await initTransaction(inside)
    await tb.payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { resolutionTargetHours: first + 30 },
      req: inside,
    })
    expect(await hours(inside)).toBe(first + 30)
    if (process.env.TEST_DATABASE === 'postgres') expect(await hours()).toBe(first + 2)
    await killTransaction(inside)
    expect(await hours()).toBe(first + 2)

    // Committed, it is everyone's.
    const committed = await createLocalReq({}, tb.payload)
    await initTransaction(committed)
    await tb.payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { resolutionTargetHours: first + 4 },
      req: committed,
    })
    await commitTransaction(committed)
    expect(await hours()).toBe(first + 4)
  })
})
