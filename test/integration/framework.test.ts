import type { Payload, Where } from 'payload'
import { createLocalReq } from 'payload'

import { departmentHeadOf, officeHeadOf } from '@/lib/designations'

import { globalSlugs, slugs } from '@/slugs'

import { complaintBody, makeResident, makeUnit } from '../helpers/fixtures'
import type { Booted } from '../helpers/payload'
import { bootPayload, restClient, tokenCache } from '../helpers/payload'
import type { StaffMember } from '../helpers/staff'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

/**
 * Payload's own collections and globals, door by door, anonymously and as a guard, a clerk, a
 * director and the administrator. Every refusal re-reads what it tried to change.
 */

const LOCKS = 'payload-locked-documents'
const PREFS = 'payload-preferences'
const JOBS = 'payload-jobs'
const MIGRATIONS = 'payload-migrations'
const KV = 'payload-kv'
const STATS = 'payload-jobs-stats'

const ACTORS = ['anonymous', 'security-guard', 'cs-clerk', 'director', 'admin'] as const
type Actor = (typeof ACTORS)[number]
type StaffActor = Exclude<Actor, 'anonymous'>
const STAFF_ACTORS = ACTORS.filter((a): a is StaffActor => a !== 'anonymous')

type Doc = Record<string, unknown> & { id: number }
type List = { docs: Doc[] }

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let tokenOf: (member: StaffMember) => Promise<string>

/** The user whose rows everyone else tries to reach: the property manager. */
let victim: StaffMember
let unitId: number
let complaintId: number

const auth = async (actor: Actor) =>
  actor === 'anonymous' ? {} : { token: await tokenOf(staff[actor]) }

const userDoc = (member: StaffMember) =>
  payload.findByID({ collection: slugs.users, id: member.id, depth: 0 })

const ownedBy = (member: StaffMember) => ({ relationTo: slugs.users, value: member.id })

/** A lock as Payload's admin makes one, on the server, when a user opens a document. */
const lock = async (
  member: StaffMember,
  target: { collection?: string; id?: number; global?: string },
) =>
  (await payload.create({
    collection: LOCKS,
    data: {
      document: target.collection ? { relationTo: target.collection, value: target.id } : undefined,
      globalSlug: target.global,
      user: ownedBy(member),
    } as never,
  })) as unknown as Doc

const readLock = async (id: number) => {
  const found = await payload.find({
    collection: LOCKS,
    where: { id: { equals: id } },
    depth: 0,
  })
  const doc = found.docs[0] as unknown as Doc | undefined
  if (!doc) return null
  const user = doc.user as { relationTo: string; value: unknown }
  const document = doc.document as { relationTo: string; value: unknown } | null | undefined
  return {
    user: `${user.relationTo}:${String(user.value)}`,
    document: document ? `${document.relationTo}:${String(document.value)}` : null,
    globalSlug: doc.globalSlug ?? null,
    updatedAt: doc.updatedAt,
  }
}

const idsOf = (res: { body: unknown }) => ((res.body as List).docs ?? []).map((d) => d.id)

beforeAll(async () => {
  booted = await bootPayload('framework', { ENABLE_GRAPHQL: 'true' })
  payload = booted.payload
  rest = restClient(booted.config)
  tokenOf = tokenCache(rest, TEST_PASSWORD)
  staff = await createStaff(payload)
  victim = staff['property-manager']
  const unit = await makeUnit(payload, '9栋', '901')
  unitId = unit.id as number
  const resident = await makeResident(payload, unitId, '框架测试业主')
  const complaint = await payload.create({
    collection: slugs.complaints,
    data: complaintBody({ unit: unitId, resident: resident.id }) as never,
  })
  complaintId = complaint.id as number
})

afterAll(async () => {
  await booted?.shutdown()
})

describe('payload-jobs-stats (the scheduler’s record)', () => {
  const forged = {
    stats: {
      scheduledRuns: {
        queues: {
          escalations: {
            tasks: {
              escalateOverdueComplaints: { lastScheduledRun: '2099-01-01T00:00:00.000Z' },
              escalateWorkOrders: { lastScheduledRun: '2099-01-01T00:00:00.000Z' },
            },
          },
        },
      },
    },
  }
  const stored = () => payload.db.findGlobal({ slug: STATS, req: {} as never })

  beforeAll(async () => {
    // The first scheduling pass creates the record.
    await payload.jobs.handleSchedules({ queue: 'escalations' })
  })

  it.each(ACTORS)('should let only the admin read it (%s)', async (actor) => {
    const res = await rest.get(`/globals/${STATS}`, await auth(actor))
    expect(res.status).toBe(actor === 'admin' ? 200 : 403)
  })

  it.each(ACTORS)(
    'should refuse %s postponing the scheduled checks, and keep the record',
    async (actor) => {
      const before = await stored()
      const res = await rest.post(`/globals/${STATS}`, { ...(await auth(actor)), body: forged })
      expect(res.status).toBe(403)
      expect(await stored()).toEqual(before)
    },
  )

  it.each(ACTORS)('should refuse %s reading versions of it', async (actor) => {
    const res = await rest.get(`/globals/${STATS}/versions`, await auth(actor))
    expect(res.status).toBe(403)
  })

  it('should still queue the scheduled checks, record the run and run them', async () => {
    await payload.delete({ collection: JOBS, where: { queue: { equals: 'escalations' } } })
    const started = Date.now()
    const result = await payload.jobs.handleSchedules({ queue: 'escalations' })
    expect(result.queued.length).toBeGreaterThan(0)
    expect(result.errored).toHaveLength(0)
    const queued = await payload.find({
      collection: JOBS,
      where: { queue: { equals: 'escalations' } },
      depth: 0,
    })
    const tasks = queued.docs.map((j) => j.taskSlug).sort()
    expect(tasks).toContain('escalateWorkOrders')
    const stats = (await stored()) as typeof forged
    const last =
      stats.stats.scheduledRuns.queues.escalations.tasks.escalateWorkOrders.lastScheduledRun
    expect(new Date(last).getTime()).toBeGreaterThanOrEqual(started - 1000)
    // A job waits for its cron tick; let that time pass, then work the queue as the runner does.
    for (const job of queued.docs) {
      await payload.update({
        collection: JOBS,
        id: job.id,
        data: { waitUntil: new Date(started - 60_000).toISOString() },
      })
    }
    await payload.jobs.run({ queue: 'escalations', limit: 100 })
    const done = await payload.find({
      collection: JOBS,
      where: { id: { in: queued.docs.map((j) => j.id) } },
      depth: 0,
    })
    for (const job of done.docs) {
      expect(job.hasError).toBeFalsy()
      expect(job.completedAt).toBeTruthy()
    }
  })
})

describe('payload-jobs', () => {
  let jobId: number
  const reread = async (id: number) =>
    (await payload.find({ collection: JOBS, where: { id: { equals: id } }, depth: 0 })).docs[0]

  beforeAll(async () => {
    const job = await payload.jobs.queue({
      task: 'flagOverdueLoans',
      queue: 'framework-test',
      input: {},
    })
    jobId = job.id as number
  })

  it.each(ACTORS)('should list and read jobs for the admin only (%s)', async (actor) => {
    const list = await rest.get(`/${JOBS}`, await auth(actor))
    const one = await rest.get(`/${JOBS}/${jobId}`, await auth(actor))
    expect(list.status).toBe(actor === 'admin' ? 200 : 403)
    expect(one.status).toBe(actor === 'admin' ? 200 : 403)
  })

  it.each(ACTORS)('should refuse %s creating, editing or bulk-changing a job', async (actor) => {
    const before = await reread(jobId)
    const count = (await payload.count({ collection: JOBS })).totalDocs
    const headers = await auth(actor)
    const create = await rest.post(`/${JOBS}`, {
      ...headers,
      body: { taskSlug: 'flagOverdueLoans', queue: 'framework-test', input: {} },
    })
    const update = await rest.patch(`/${JOBS}/${jobId}`, {
      ...headers,
      body: { waitUntil: '2099-01-01T00:00:00.000Z' },
    })
    const bulkUpdate = await rest.patch(`/${JOBS}?where[id][equals]=${jobId}`, {
      ...headers,
      body: { waitUntil: '2099-01-01T00:00:00.000Z' },
    })
    const bulkDelete = await rest.delete(`/${JOBS}?where[id][equals]=${jobId}`, headers)
    expect([create.status, update.status, bulkUpdate.status, bulkDelete.status]).toEqual([
      403, 403, 403, 403,
    ])
    expect(await reread(jobId)).toEqual(before)
    expect((await payload.count({ collection: JOBS })).totalDocs).toBe(count)
  })

  it.each(ACTORS.filter((a) => a !== 'admin'))(
    'should refuse %s deleting a job or running the queues',
    async (actor) => {
      const before = await reread(jobId)
      const headers = await auth(actor)
      expect((await rest.delete(`/${JOBS}/${jobId}`, headers)).status).toBe(403)
      expect((await rest.get(`/${JOBS}/run?queue=framework-test`, headers)).status).toBe(401)
      expect((await rest.get(`/${JOBS}/handle-schedules`, headers)).status).toBe(401)
      expect(await reread(jobId)).toEqual(before)
    },
  )

  it('should let the admin delete one job by id', async () => {
    const job = await payload.jobs.queue({ task: 'flagOverdueLoans', queue: 'trash', input: {} })
    const res = await rest.delete(`/${JOBS}/${job.id}`, await auth('admin'))
    expect(res.status).toBe(200)
    expect(await reread(job.id as number)).toBeUndefined()
  })
})

describe('payload-migrations and payload-kv (server-only stores)', () => {
  beforeAll(async () => {
    await payload.kv.set('framework-test', { secret: 1 })
  })

  it.each(ACTORS)('should give %s no REST door to the migrations', async (actor) => {
    const headers = await auth(actor)
    const before = (await payload.count({ collection: MIGRATIONS })).totalDocs
    const answers = [
      await rest.get(`/${MIGRATIONS}`, headers),
      await rest.post(`/${MIGRATIONS}`, { ...headers, body: { name: 'forged', batch: 99 } }),
      await rest.delete(`/${MIGRATIONS}?where[batch][exists]=true`, headers),
    ].map((r) => r.status)
    // Payload serves no endpoint for it at all (501), whoever asks.
    expect(answers).toEqual([501, 501, 501])
    expect((await payload.count({ collection: MIGRATIONS })).totalDocs).toBe(before)
  })

  it.each(STAFF_ACTORS)(
    'should let %s read the migrations through the Local API only if admin, and write never',
    async (actor) => {
      const user = await userDoc(staff[actor])
      const before = (await payload.count({ collection: MIGRATIONS })).totalDocs
      const read = payload.find({ collection: MIGRATIONS, overrideAccess: false, user })
      if (actor === 'admin') await expect(read).resolves.toBeTruthy()
      else await expect(read).rejects.toMatchObject({ status: 403 })
      await expect(
        payload.create({
          collection: MIGRATIONS,
          data: { name: 'forged', batch: 99 },
          overrideAccess: false,
          user,
        }),
      ).rejects.toMatchObject({ status: 403 })
      expect((await payload.count({ collection: MIGRATIONS })).totalDocs).toBe(before)
    },
  )

  it.each(ACTORS)('should refuse %s every door of the key-value store', async (actor) => {
    const headers = await auth(actor)
    const answers = [
      await rest.get(`/${KV}`, headers),
      await rest.post(`/${KV}`, { ...headers, body: { key: 'forged', data: { x: 1 } } }),
      await rest.patch(`/${KV}?where[key][equals]=framework-test`, {
        ...headers,
        body: { data: { x: 2 } },
      }),
      await rest.delete(`/${KV}?where[key][equals]=framework-test`, headers),
    ].map((r) => r.status)
    expect(answers).toEqual([403, 403, 403, 403])
    expect(await payload.kv.get('framework-test')).toEqual({ secret: 1 })
    expect(await payload.kv.has('forged')).toBe(false)
  })
})

describe('payload-preferences (each user’s own)', () => {
  let victimPref: Doc
  const rereadPref = async (id: number) =>
    (await payload.find({ collection: PREFS, where: { id: { equals: id } }, depth: 0 })).docs[0]

  beforeAll(async () => {
    const token = await tokenOf(victim)
    // The admin saves preferences through this endpoint (nav, list columns).
    const saved = await rest.post(`/${PREFS}/nav`, { token, body: { value: { open: true } } })
    expect(saved.status).toBe(200)
    victimPref = (
      await payload.find({
        collection: PREFS,
        where: { and: [{ key: { equals: 'nav' } }, { 'user.value': { equals: victim.id } }] },
        depth: 0,
      })
    ).docs[0] as unknown as Doc
    expect(victimPref).toBeTruthy()
  })

  it.each(ACTORS)(
    'should keep %s away from another user’s preferences by id, list and where',
    async (actor) => {
      const before = await rereadPref(victimPref.id)
      const headers = await auth(actor)
      const signedIn = actor !== 'anonymous'
      const byId = await rest.get(`/${PREFS}/${victimPref.id}`, headers)
      const list = await rest.get(`/${PREFS}?limit=100`, headers)
      const listWhere = await rest.get(`/${PREFS}?where[user.value][equals]=${victim.id}`, headers)
      const update = await rest.patch(`/${PREFS}/${victimPref.id}`, {
        ...headers,
        body: { value: { hijacked: true } },
      })
      const bulkUpdate = await rest.patch(`/${PREFS}?where[id][equals]=${victimPref.id}`, {
        ...headers,
        body: { value: { hijacked: true } },
      })
      const remove = await rest.delete(`/${PREFS}/${victimPref.id}`, headers)
      const bulkRemove = await rest.delete(
        `/${PREFS}?where[user.value][equals]=${victim.id}`,
        headers,
      )
      // `/:key` is Payload's own preference endpoint: it looks the caller's own key up.
      expect(byId.status).toBe(200)
      expect(byId.body).toMatchObject({ value: null })
      expect(list.status).toBe(signedIn ? 200 : 403)
      expect(idsOf(list)).not.toContain(victimPref.id)
      expect(listWhere.status).toBe(signedIn ? 200 : 403)
      expect(idsOf(listWhere)).toEqual([])
      expect(update.status).toBe(403)
      expect(bulkUpdate.status).toBe(403)
      // DELETE `/:key` likewise deletes the caller's own key, here none. (Payload 3.90.1 answers
      // 500 there, not 404: its preferences delete throws a `NotFound` it never imported.)
      expect(remove.status).toBeGreaterThanOrEqual(signedIn ? 404 : 401)
      // Bulk delete stays on for the account page's "reset preferences": it reaches own rows only.
      expect(bulkRemove.status).toBe(signedIn ? 200 : 403)
      if (signedIn) expect(idsOf(bulkRemove)).toEqual([])
      expect(await rereadPref(victimPref.id)).toEqual(before)
    },
  )

  it.each(STAFF_ACTORS)(
    'should let %s keep their own preferences, always in their own name',
    async (actor) => {
      const me = staff[actor]
      const headers = await auth(actor)
      const victimBefore = await rereadPref(victimPref.id)
      // The admin's own way in: the key endpoints.
      const saved = await rest.post(`/${PREFS}/columns`, {
        ...headers,
        body: { value: { columns: ['number'] } },
      })
      expect(saved.status).toBe(200)
      const got = await rest.get<{ value: unknown }>(`/${PREFS}/columns`, headers)
      expect(got.body.value).toEqual({ columns: ['number'] })
      // A create that names someone else is stamped with the caller.
      const created = await rest.post<{ doc: Doc }>(`/${PREFS}`, {
        ...headers,
        body: { key: 'forged', user: ownedBy(victim), value: { x: 1 } },
      })
      expect(created.status).toBe(201)
      const row = await rereadPref(created.body.doc.id)
      expect((row.user as { value: unknown }).value).toBe(me.id)
      const update = await rest.patch(`/${PREFS}/${created.body.doc.id}`, {
        ...headers,
        body: { value: { x: 2 }, user: ownedBy(victim) },
      })
      expect(update.status).toBe(200)
      expect((await rereadPref(created.body.doc.id)).user).toMatchObject({ value: me.id })
      const mine = await rest.get(`/${PREFS}?limit=100`, headers)
      expect(idsOf(mine)).toContain(created.body.doc.id)
      // "Reset preferences" on the account page.
      const reset = await rest.delete(`/${PREFS}?where[user.value][equals]=${me.id}`, headers)
      expect(reset.status).toBe(200)
      expect(
        (await payload.count({ collection: PREFS, where: { 'user.value': { equals: me.id } } }))
          .totalDocs,
      ).toBe(0)
      expect(await rereadPref(victimPref.id)).toEqual(victimBefore)
    },
  )

  it('should refuse an anonymous caller saving preferences', async () => {
    const before = (await payload.count({ collection: PREFS })).totalDocs
    expect((await rest.post(`/${PREFS}/nav`, { body: { value: {} } })).status).toBe(401)
    expect((await rest.post(`/${PREFS}`, { body: { key: 'x', value: {} } })).status).toBe(403)
    expect((await payload.count({ collection: PREFS })).totalDocs).toBe(before)
  })
})

describe('payload-locked-documents', () => {
  let unitLock: Doc
  let complaintLock: Doc
  let settingsLock: Doc

  /** Which of the property manager's locks each role may see: those on what it may edit. */
  const VISIBLE: Record<StaffActor, Array<'unit' | 'complaint' | 'settings'>> = {
    'security-guard': [],
    'cs-clerk': ['complaint'],
    director: ['unit', 'complaint', 'settings'],
    admin: ['unit', 'complaint', 'settings'],
  }
  const locks = () => ({ unit: unitLock, complaint: complaintLock, settings: settingsLock })

  beforeAll(async () => {
    unitLock = await lock(victim, { collection: slugs.units, id: unitId })
    complaintLock = await lock(victim, { collection: slugs.complaints, id: complaintId })
    settingsLock = await lock(victim, { global: globalSlugs.officeSettings })
  })

  it('should refuse an anonymous caller every door', async () => {
    const before = await readLock(unitLock.id)
    const count = (await payload.count({ collection: LOCKS })).totalDocs
    const answers = [
      await rest.get(`/${LOCKS}`),
      await rest.get(`/${LOCKS}/${unitLock.id}`),
      await rest.post(`/${LOCKS}`, {
        body: { document: { relationTo: slugs.units, value: unitId }, user: ownedBy(victim) },
      }),
      await rest.patch(`/${LOCKS}/${unitLock.id}`, { body: { user: ownedBy(staff.director) } }),
      await rest.patch(`/${LOCKS}?where[id][equals]=${unitLock.id}`, { body: {} }),
      await rest.delete(`/${LOCKS}/${unitLock.id}`),
      await rest.delete(`/${LOCKS}?where[id][equals]=${unitLock.id}`),
    ].map((r) => r.status)
    expect(answers).toEqual([403, 403, 403, 403, 403, 403, 403])
    expect(await readLock(unitLock.id)).toEqual(before)
    expect((await payload.count({ collection: LOCKS })).totalDocs).toBe(count)
  })

  it.each(STAFF_ACTORS)('should show %s only the locks on what they may edit', async (actor) => {
    const headers = await auth(actor)
    const list = await rest.get(`/${LOCKS}?limit=100`, headers)
    expect(list.status).toBe(200)
    const visible = Object.entries(locks())
      .filter(([, l]) => idsOf(list).includes(l.id))
      .map(([name]) => name)
      .sort()
    expect(visible).toEqual([...VISIBLE[actor]].sort())
    for (const [name, l] of Object.entries(locks())) {
      const one = await rest.get(`/${LOCKS}/${l.id}`, headers)
      expect(one.status).toBe(VISIBLE[actor].includes(name as never) ? 200 : 404)
    }
    // The admin's own query when it opens a document (DocumentInfo's lock check).
    const query = await rest.get(
      `/${LOCKS}?where[document.relationTo][equals]=${slugs.complaints}&where[document.value][equals]=${complaintId}`,
      headers,
    )
    expect(idsOf(query)).toEqual(VISIBLE[actor].includes('complaint') ? [complaintLock.id] : [])
  })

  it.each(STAFF_ACTORS)(
    'should refuse %s creating a lock, forging one, moving one or releasing another’s',
    async (actor) => {
      const headers = await auth(actor)
      const me = staff[actor]
      const count = (await payload.count({ collection: LOCKS })).totalDocs
      const before = await Promise.all(Object.values(locks()).map((l) => readLock(l.id)))
      const create = await rest.post(`/${LOCKS}`, {
        ...headers,
        body: { document: { relationTo: slugs.units, value: unitId }, user: ownedBy(me) },
      })
      const forgeOther = await rest.post(`/${LOCKS}`, {
        ...headers,
        body: { document: { relationTo: slugs.units, value: unitId }, user: ownedBy(victim) },
      })
      expect([create.status, forgeOther.status]).toEqual([403, 403])
      for (const l of Object.values(locks())) {
        const inOtherName = await rest.patch(`/${LOCKS}/${l.id}`, {
          ...headers,
          body: { user: ownedBy(staff['site-manager']) },
        })
        const moved = await rest.patch(`/${LOCKS}/${l.id}`, {
          ...headers,
          body: { document: { relationTo: slugs.units, value: unitId + 1000 } },
        })
        const touched = await rest.patch(`/${LOCKS}/${l.id}`, { ...headers, body: {} })
        const bulk = await rest.patch(`/${LOCKS}?where[id][equals]=${l.id}`, {
          ...headers,
          body: { user: ownedBy(me) },
        })
        const released = await rest.delete(`/${LOCKS}/${l.id}`, headers)
        const bulkReleased = await rest.delete(`/${LOCKS}?where[id][equals]=${l.id}`, headers)
        expect([
          inOtherName.status,
          moved.status,
          touched.status,
          bulk.status,
          released.status,
          bulkReleased.status,
        ]).toEqual([403, 403, 403, 403, 403, 403])
      }
      expect(await Promise.all(Object.values(locks()).map((l) => readLock(l.id)))).toEqual(before)
      expect((await payload.count({ collection: LOCKS })).totalDocs).toBe(count)
    },
  )

  it.each(STAFF_ACTORS)(
    'should let %s take over a lock only on what they may edit, in their own name',
    async (actor) => {
      const headers = await auth(actor)
      const me = staff[actor]
      for (const [name, l] of Object.entries(locks())) {
        const before = await readLock(l.id)
        // The admin's "take over" button sends exactly this.
        const res = await rest.patch(`/${LOCKS}/${l.id}`, {
          ...headers,
          body: { user: ownedBy(me) },
        })
        if (VISIBLE[actor].includes(name as never)) {
          expect(res.status).toBe(200)
          expect((await readLock(l.id))?.user).toBe(`users:${me.id}`)
          await payload.update({
            collection: LOCKS,
            id: l.id,
            data: { user: ownedBy(victim) } as never,
          })
        } else {
          expect(res.status).toBe(403)
          expect(await readLock(l.id)).toEqual(before)
        }
      }
    },
  )

  it.each(STAFF_ACTORS)('should let %s read, refresh and release their own lock', async (actor) => {
    const headers = await auth(actor)
    const mine = await lock(staff[actor], { collection: slugs.units, id: unitId })
    expect((await rest.get(`/${LOCKS}/${mine.id}`, headers)).status).toBe(200)
    expect((await rest.patch(`/${LOCKS}/${mine.id}`, { ...headers, body: {} })).status).toBe(200)
    expect((await rest.delete(`/${LOCKS}/${mine.id}`, headers)).status).toBe(200)
    expect(await readLock(mine.id)).toBeNull()
  })

  it('should still warn an editor of the document that someone else has it open', async () => {
    const clerk = await userDoc(staff['cs-clerk'])
    const where: Where = {
      and: [
        { 'document.relationTo': { equals: slugs.complaints } },
        { 'document.value': { equals: complaintId } },
      ],
    }
    // As Payload's document view asks (getIsLocked): Local API, as the user.
    const seen = await payload.find({
      collection: LOCKS,
      where,
      overrideAccess: false,
      user: clerk,
      depth: 1,
    })
    expect(seen.docs.map((d) => d.id)).toEqual([complaintLock.id])
    const listed = await payload.find({
      collection: slugs.complaints,
      where: { id: { equals: complaintId } },
      overrideAccess: false,
      user: clerk,
      includeLockStatus: true,
    })
    expect((listed.docs[0] as unknown as { _isLocked?: boolean })._isLocked).toBe(true)
  })
})

describe('office-settings', () => {
  const read = () => payload.findGlobal({ slug: globalSlugs.officeSettings, depth: 0 })

  beforeAll(async () => {
    // Stored once, so that re-reading gives the same array row ids as before.
    await payload.updateGlobal({ slug: globalSlugs.officeSettings, data: {} })
  })
  const save = async (actor: Actor, body: Record<string, unknown>) =>
    rest.post(`/globals/${globalSlugs.officeSettings}`, { ...(await auth(actor)), body })

  it.each(ACTORS)('should let staff read the office rules (%s)', async (actor) => {
    const res = await rest.get(`/globals/${globalSlugs.officeSettings}`, await auth(actor))
    expect(res.status).toBe(actor === 'anonymous' ? 403 : 200)
  })

  it.each(['anonymous', 'security-guard', 'cs-clerk'] as const)(
    'should refuse %s changing the settings',
    async (actor) => {
      const before = await read()
      const res = await save(actor, { resolutionTargetHours: 999 })
      expect(res.status).toBe(403)
      expect(await read()).toEqual(before)
    },
  )

  it.each(['director', 'property-manager', 'admin'] as const)(
    'should let %s change a target',
    async (actor) => {
      const member = staff[actor]
      const res = await rest.post(`/globals/${globalSlugs.officeSettings}`, {
        token: await tokenOf(member),
        body: { resolutionTargetHours: 36 },
      })
      expect(res.status).toBe(200)
      expect((await read()).resolutionTargetHours).toBe(36)
      await payload.updateGlobal({
        slug: globalSlugs.officeSettings,
        data: { resolutionTargetHours: 24 },
      })
    },
  )

  it.each([
    ['allowSameSigner', { allowSameSigner: true }],
    ['directorApprovesKinds', { directorApprovesKinds: ['rule'] }],
  ])(
    'should refuse the property manager changing who signs (%s), saving nothing',
    async (_field, change) => {
      const before = await read()
      const res = await rest.post(`/globals/${globalSlugs.officeSettings}`, {
        token: await tokenOf(victim),
        body: { ...change, resolutionTargetHours: 30 },
      })
      expect(res.status).toBe(403)
      expect(await read()).toEqual(before)
    },
  )

  it('should let the property manager save the whole form when the approval rules stay', async () => {
    const whole = await read()
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      globalType: _g,
      ...form
    } = whole as unknown as Record<string, unknown>
    const res = await rest.post(`/globals/${globalSlugs.officeSettings}`, {
      token: await tokenOf(victim),
      body: { ...form, collectiveThreshold: 4 },
    })
    expect(res.status).toBe(200)
    expect((await read()).collectiveThreshold).toBe(4)
    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { collectiveThreshold: 3 },
    })
  })

  it('should let the director change who signs', async () => {
    const res = await save('director', { allowSameSigner: true })
    expect(res.status).toBe(200)
    expect((await read()).allowSameSigner).toBe(true)
    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { allowSameSigner: false },
    })
  })

  describe('designations (指定人员): the office head and the department heads', () => {
    const designationsOf = async () => {
      const stored = await read()
      return {
        officeHead: stored.officeHead ?? null,
        departmentHeads: (stored.departmentHeads ?? []).map((r) => [r.department, r.user]),
      }
    }
    const clear = () =>
      payload.updateGlobal({
        slug: globalSlugs.officeSettings,
        data: { officeHead: null, departmentHeads: [] },
      })

    it('should default the office head to the first property manager, then follow the designation', async () => {
      const req = await createLocalReq({}, payload)
      expect((await officeHeadOf(req))?.id).toBe(staff['property-manager'].id)
      expect(await departmentHeadOf(req, 'engineering')).toBeNull()
      const res = await save('director', {
        officeHead: staff.director.id,
        departmentHeads: [
          { department: 'engineering', user: staff['site-captain'].id },
          { department: 'customer-service', user: staff['cs-clerk'].id },
        ],
      })
      expect(res.status).toBe(200)
      expect((await officeHeadOf(req))?.id).toBe(staff.director.id)
      expect((await departmentHeadOf(req, 'engineering'))?.id).toBe(staff['site-captain'].id)
      expect((await departmentHeadOf(req, 'customer-service'))?.id).toBe(staff['cs-clerk'].id)
      expect(await departmentHeadOf(req, 'security')).toBeNull()
      const audit = await payload.find({
        collection: slugs.auditLog,
        where: { collectionSlug: { equals: globalSlugs.officeSettings } },
        sort: '-createdAt',
        limit: 1,
      })
      expect(audit.docs[0].changedFields).toEqual(['departmentHeads', 'officeHead'])
      expect(audit.docs[0].userEmail).toBe(staff.director.email)
      await clear()
    })

    it('should refuse two heads for one department with 400 naming the field, saving nothing', async () => {
      const before = await designationsOf()
      const res = await save('admin', {
        departmentHeads: [
          { department: 'engineering', user: staff['site-captain'].id },
          { department: 'engineering', user: staff.engineer.id },
        ],
      })
      expect(res.status).toBe(400)
      expect(JSON.stringify(res.body)).toContain('departmentHeads')
      expect(await designationsOf()).toEqual(before)
    })

    it.each([
      ['officeHead', () => ({ officeHead: staff['site-manager'].id })],
      [
        'departmentHeads',
        () => ({ departmentHeads: [{ department: 'security', user: staff['security-guard'].id }] }),
      ],
    ] as const)(
      'should refuse the property manager designating (%s) with 403, saving nothing',
      async (_field, change) => {
        const before = await read()
        const res = await rest.post(`/globals/${globalSlugs.officeSettings}`, {
          token: await tokenOf(victim),
          body: { ...change(), resolutionTargetHours: 30 },
        })
        expect(res.status).toBe(403)
        expect(await read()).toEqual(before)
      },
    )

    it('should let the property manager save other settings with the designations left as they are', async () => {
      await save('director', {
        officeHead: staff.director.id,
        departmentHeads: [{ department: 'finance', user: staff['site-manager'].id }],
      })
      const res = await rest.post(`/globals/${globalSlugs.officeSettings}`, {
        token: await tokenOf(victim),
        body: { collectiveThreshold: 4 },
      })
      expect(res.status).toBe(200)
      expect(await designationsOf()).toEqual({
        officeHead: staff.director.id,
        departmentHeads: [['finance', staff['site-manager'].id]],
      })
      await payload.updateGlobal({
        slug: globalSlugs.officeSettings,
        data: { collectiveThreshold: 3 },
      })
      await clear()
    })
  })

  it.each(ACTORS)('should refuse %s reading versions (the settings keep none)', async (actor) => {
    const res = await rest.get(`/globals/${globalSlugs.officeSettings}/versions`, await auth(actor))
    expect(res.status).toBe(403)
  })
})

describe('GraphQL', () => {
  it('should expose none of Payload’s own collections or the jobs record', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const graphql = GRAPHQL_POST(Promise.resolve(booted.config))
    const res = await graphql(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: {
          Authorization: `JWT ${await tokenOf(staff.admin)}`,
          'Content-Type': 'application/json',
        },
        body: JSON.stringify({
          query: '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }',
        }),
      }),
    )
    const body = (await res.json()) as {
      data: { __schema: Record<string, { fields: Array<{ name: string }> }> }
    }
    const names = [
      ...body.data.__schema.queryType.fields,
      ...body.data.__schema.mutationType.fields,
    ].map((f) => f.name)
    // The schema is there (the app's own collections are served)...
    expect(names).toContain('Complaints')
    // ...but nothing of Payload's own stores.
    expect(names.filter((n) => /payload/i.test(n))).toEqual([])
  })
})
