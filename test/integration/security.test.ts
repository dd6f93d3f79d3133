/**
 * The generic security suite: every collection and global in the configuration — Payload's own
 * included, and any added later — attacked through Payload's generic doors, anonymously and as
 * each role, on the demo estate. Each refusal re-reads state to prove nothing changed.
 *
 * The suite discovers what to attack from the sanitised config and from `/api/access` (what each
 * role may read, field by field), so it needs no list kept by hand; a collection without a
 * document to attack fails `should have a document to attack in every collection`.
 */
import type { CollectionSlug, GlobalSlug, Payload, SanitizedCollectionConfig } from 'payload'

import type { Role } from '@/domain/roles'
import { CONFIDENTIAL_EXCLUDED_ROLES, ROLES } from '@/domain/roles'
import { slugs } from '@/slugs'

import { seed } from '../../seed/seed'
import type { Booted, RestResponse } from '../helpers/payload'
import { bootPayload, restClient } from '../helpers/payload'

const PASSWORD = 'security-suite-2026'
const NO_SUCH_ID = 987654321

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
/** `anonymous` and one signed-in member of staff per role. */
const tokens = new Map<Actor, string | undefined>()
type Actor = Role | 'anonymous'
const ACTORS: Actor[] = ['anonymous', ...ROLES]

let collections: SanitizedCollectionConfig[]
/** A few documents of each collection to attack, picked with server rights. */
const samples = new Map<string, Array<number | string>>()
/** Residents' phone numbers, ID numbers and emergency contacts' phones, as stored. */
const secrets = new Set<string>()
const valueCache = new Map<string, string | undefined>()

const opts = (actor: Actor) => ({ token: tokens.get(actor) })

/** Payload's GraphQL route, as `src/app/(payload)/api/graphql/route.ts` serves it. */
const graphql = async (actor: Actor, query: string) => {
  const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
  const token = tokens.get(actor)
  const response = await GRAPHQL_POST(Promise.resolve(booted.config))(
    new Request('http://localhost:3000/api/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] }
}

/** What a refusal must leave unchanged: how many documents, the newest change, the versions. */
const digest = async (slug: string) => {
  const collection = slug as CollectionSlug
  const config = collections.find((c) => c.slug === slug)
  const trash = Boolean(config?.trash)
  const count = (await payload.count({ collection, overrideAccess: true, trash })).totalDocs
  const timestamps = config?.timestamps !== false
  const newest = timestamps
    ? (
        await payload.find({
          collection,
          sort: '-updatedAt',
          limit: 1,
          depth: 0,
          overrideAccess: true,
          trash,
          select: {},
        })
      ).docs.map((d) => `${d.id}@${(d as { updatedAt?: string }).updatedAt}`)
    : []
  const versions = config?.versions
    ? (await payload.countVersions({ collection, overrideAccess: true })).totalDocs
    : 0
  return JSON.stringify({ count, newest, versions })
}

const problemsOf = () => {
  const problems: string[] = []
  return {
    problems,
    expect: (ok: boolean, what: string) => {
      if (!ok) problems.push(what)
    },
  }
}

const ok = (res: RestResponse<unknown>) => res.status >= 200 && res.status < 300
const bodyOf = (res: RestResponse<unknown>) => JSON.stringify(res.body)
/** A refusal's body with the id or where it answered about taken out ("Cannot PATCH …/1"). */
const refusalOf = (res: RestResponse<unknown>, ...ids: Array<number | string>) =>
  ids.reduce<string>((text, id) => text.split(String(id)).join(':id'), bodyOf(res))
const draftQuery = (c: SanitizedCollectionConfig) =>
  c.versions && typeof c.versions === 'object' && c.versions.drafts ? '?draft=true' : ''

beforeAll(async () => {
  booted = await bootPayload('security', { ENABLE_GRAPHQL: 'true' })
  payload = booted.payload
  rest = restClient(booted.config)
  await seed(payload, PASSWORD)
  await ensureEveryCollectionHasADocument()

  collections = booted.config.collections
  for (const c of collections) {
    const found = await payload.find({
      collection: c.slug as CollectionSlug,
      sort: 'id',
      limit: 200,
      depth: 0,
      overrideAccess: true,
      trash: Boolean(c.trash),
      select: {},
    })
    const ids = found.docs.map((d) => d.id)
    const picked = new Set([ids[0], ids[Math.floor(ids.length / 2)], ids[ids.length - 1]])
    if (c.slug === slugs.archivedDocuments) {
      // The ones a leak would matter most for: confidential, and drafts not yet approved.
      const special = await payload.find({
        collection: slugs.archivedDocuments,
        where: {
          or: [{ confidentiality: { equals: 'confidential' } }, { status: { equals: 'draft' } }],
        },
        limit: 4,
        depth: 0,
        overrideAccess: true,
        draft: true,
      })
      for (const d of special.docs) picked.add(d.id)
    }
    samples.set(
      c.slug,
      [...picked].filter((id) => id !== undefined),
    )
  }

  const residents = await payload.find({
    collection: slugs.residents,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { phone: true, idNumber: true, emergencyContacts: true },
  })
  for (const r of residents.docs) {
    if (r.phone) secrets.add(r.phone)
    if (r.idNumber) secrets.add(r.idNumber)
    for (const contact of r.emergencyContacts ?? []) if (contact.phone) secrets.add(contact.phone)
  }

  tokens.set('anonymous', undefined)
  for (const role of ROLES) tokens.set(role, await rest.login(`${role}@demo.local`, PASSWORD))
}, 900_000)

afterAll(async () => {
  await booted?.shutdown()
})

/**
 * The demo estate fills the office's collections; the rest get one document each here, the way
 * the running app would make it, so that every collection has something to attack.
 */
const ensureEveryCollectionHasADocument = async () => {
  const director = (
    await payload.find({
      collection: slugs.users,
      where: { email: { equals: 'director@demo.local' } },
      limit: 1,
    })
  ).docs[0]
  const complaint = (await payload.find({ collection: slugs.complaints, limit: 1 })).docs[0]
  const empty = async (slug: string) =>
    (await payload.count({ collection: slug as CollectionSlug, overrideAccess: true }))
      .totalDocs === 0
  if (await empty(slugs.attachments)) {
    // The smallest valid PNG: one transparent pixel.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    )
    await payload.create({
      collection: slugs.attachments,
      data: { description: '入伙登记表 (扫描件)' },
      file: { data: png, mimetype: 'image/png', name: 'move-in-form.png', size: png.length },
    })
  }
  // Records the office makes through its own flows; written here through the adapter, as they
  // would be stored, because only their doors are under test.
  const at = new Date().toISOString()
  const first = async (slug: CollectionSlug) =>
    (
      await payload.find({
        collection: slug,
        limit: 1,
        depth: 0,
        overrideAccess: true,
        draft: true,
      })
    ).docs[0]
  const fixtures: Array<[CollectionSlug, () => Promise<Record<string, unknown>>]> = [
    [
      slugs.incidents,
      async () => ({
        title: '同楼三户装修噪音投诉',
        building: '1',
        category: 'renovation-noise',
        firstRegisteredAt: at,
      }),
    ],
    [slugs.complaintReports, async () => ({ kind: 'monthly-dispatch-summary', period: '2026-11' })],
    [
      slugs.issuedNotices,
      async () => ({
        number: 'TZ-202611-9999',
        type: 'rectification',
        violation: (await first(slugs.violations)).id,
        measureId: 'fixture',
        sha256: '0'.repeat(64),
        issuedAt: at,
        filename: 'TZ-202611-9999.pdf',
        mimeType: 'application/pdf',
      }),
    ],
    [
      slugs.documentAcknowledgements,
      async () => ({
        document: (await first(slugs.archivedDocuments)).id,
        versionLabel: 'A/0',
        user: director.id,
        at,
      }),
    ],
    [
      slugs.archiveInspections,
      async () => ({
        quarter: '2026-Q4',
        inspectedAt: at,
        inspector: director.id,
        condition: 'good',
      }),
    ],
    [
      slugs.followUps,
      async () => ({
        title: '周例会决定：复查1栋电梯',
        owner: director.id,
        raisedBy: director.id,
        deadline: at,
        sourceKind: 'meeting',
        status: 'open',
      }),
    ],
    [
      slugs.renovations,
      async () => ({
        number: 'ZX-202611-9999',
        status: 'approved',
        unit: (await first(slugs.units)).id,
        contractorName: '美家装饰工程有限公司',
        scope: '厨房翻新',
        startDate: at,
        endDate: at,
        workers: [
          {
            id: '6650a0000000000000000001',
            name: '赵师傅',
            idNumber: '110101199003077777',
            phone: '13700000001',
          },
        ],
        deposit: { status: 'held', amount: 2000, receivedAt: at },
      }),
    ],
    [
      slugs.visitPlans,
      async () => ({
        title: '本季度区域走访',
        period: '2026-Q4',
        kind: 'periodic',
        madeBy: director.id,
        rows: [
          {
            id: 'fixture-row-1',
            unit: (await first(slugs.units)).id,
            assignee: director.id,
            method: 'phone',
          },
        ],
      }),
    ],
    [
      slugs.serviceRecords,
      async () => ({
        kind: 'household',
        unit: (await first(slugs.units)).id,
        description: '上门保洁 2 小时',
        completedAt: at,
        sampleRate: 100,
      }),
    ],
    [
      slugs.eventReports,
      async () => ({
        event: '地下车库水浸',
        visits: [(await first(slugs.returnVisits)).id],
        findings: '住户对抢修速度满意',
        writtenBy: director.id,
        writtenAt: at,
        sentTo: 'report@demo.local',
      }),
    ],
    [
      slugs.throttles as string as CollectionSlug,
      async () => ({ key: 'sign-in:fixture', hits: 1, windowStart: 0, blockedUntil: 0 }),
    ],
    [
      slugs.surveyTokens,
      async () => ({
        visit: (await first(slugs.returnVisits)).id,
        tokenHash: 'f'.repeat(64),
        sentAt: at,
        expiresAt: at,
      }),
    ],
  ]
  for (const [slug, data] of fixtures) {
    if (await empty(slug)) await payload.db.create({ collection: slug, data: await data() })
  }
  if (await empty('payload-locked-documents')) {
    await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: slugs.complaints, value: complaint.id },
        user: { relationTo: slugs.users, value: director.id },
      },
    })
  }
  if (await empty('payload-preferences')) {
    await payload.create({
      collection: 'payload-preferences',
      data: {
        key: 'nav',
        user: { relationTo: slugs.users, value: director.id },
        value: { open: true },
      },
      user: director,
    })
  }
}

describe('Payload’s generic doors, for every collection and global in the config', () => {
  it('should have a document to attack in every collection', () => {
    const without = collections
      .filter((c) => c.slug !== 'payload-migrations' && c.slug !== 'payload-kv')
      .filter((c) => (samples.get(c.slug) ?? []).length === 0)
      .map((c) => c.slug)
    expect(without).toEqual([])
    expect(collections.map((c) => c.slug)).toEqual(
      expect.arrayContaining([...Object.values(slugs), 'payload-jobs', 'payload-preferences']),
    )
  })

  /**
   * A bulk write with a `where` that matches a document and one that matches nothing: the same
   * status, the same refusal, and nothing changed by a refusal. The miss goes first, so that a
   * role allowed to bulk-delete still has its target for the hit.
   */
  const probeBulk = async (
    method: 'patch' | 'delete',
    pick: (ids: Array<number | string>) => unknown,
  ) => {
    const { problems, expect: check } = problemsOf()
    for (const c of collections) {
      const id = (pick(samples.get(c.slug) ?? []) ?? NO_SUCH_ID) as number | string
      for (const actor of ACTORS) {
        const before = await digest(c.slug)
        const send = (target: number | string) =>
          rest[method](`/${c.slug}?where[id][equals]=${target}`, {
            ...opts(actor),
            ...(method === 'patch' ? { body: {} } : {}),
          })
        const miss = await send(NO_SUCH_ID)
        const hit = await send(id)
        const where = `${actor} ${method.toUpperCase()} /${c.slug}?where`
        check(
          hit.status === miss.status,
          `${where}: ${hit.status} when it matches, ${miss.status} when not`,
        )
        if (!ok(hit)) {
          check(
            refusalOf(hit, id) === refusalOf(miss, NO_SUCH_ID),
            `${where}: different refusals ${bodyOf(hit)} / ${bodyOf(miss)}`,
          )
          check((await digest(c.slug)) === before, `${where}: refused but changed`)
        }
        check(!(actor === 'anonymous' && ok(hit)), `${where}: allowed anonymously`)
      }
    }
    return problems
  }

  it('should answer a bulk update the same whatever its where matches, and change nothing it refuses', async () => {
    expect(await probeBulk('patch', (ids) => ids[0])).toEqual([])
  })

  it('should answer a bulk delete the same whatever its where matches, and delete nothing it refuses', async () => {
    // The last sample: if a role may bulk delete, it takes the least interesting document.
    expect(await probeBulk('delete', (ids) => ids[ids.length - 1])).toEqual([])
  })

  it('should refuse to duplicate any document, for anyone, through REST and GraphQL', async () => {
    const { problems, expect: check } = problemsOf()
    for (const c of collections) {
      const id = samples.get(c.slug)?.[0]
      if (id === undefined) continue
      const mutation = c.graphQL ? `duplicate${c.graphQL.singularName}` : undefined
      for (const actor of ACTORS) {
        const before = await digest(c.slug)
        const res = await rest.post(`/${c.slug}/${id}/duplicate`, { ...opts(actor), body: {} })
        check(!ok(res), `${actor} POST /${c.slug}/${id}/duplicate: ${res.status}`)
        if (mutation) {
          const gql = await graphql(actor, `mutation { ${mutation}(id: ${id}) { id } }`)
          check(
            !gql.data?.[mutation] && (gql.errors ?? []).length > 0,
            `${actor} GraphQL ${mutation}: ${JSON.stringify(gql)}`,
          )
          if (actor === 'director' && c.slug === slugs.violations) {
            // The mutation exists and reached the operation: refused there, not unknown.
            check(
              /duplicate/i.test(JSON.stringify(gql.errors)),
              `GraphQL ${mutation}: ${JSON.stringify(gql.errors)}`,
            )
          }
        }
        check((await digest(c.slug)) === before, `${actor} duplicate ${c.slug}: changed`)
      }
    }
    expect(problems).toEqual([])
  })

  it('should refuse to restore an earlier version to anyone', async () => {
    const { problems, expect: check } = problemsOf()
    const versioned = collections.filter((c) => c.versions)
    expect(versioned.map((c) => c.slug)).toContain(slugs.archivedDocuments)
    for (const c of versioned) {
      const versions = await payload.findVersions({
        collection: c.slug as CollectionSlug,
        sort: 'createdAt',
        limit: 3,
        overrideAccess: true,
      })
      for (const version of versions.docs) {
        for (const actor of ACTORS) {
          const before = await digest(c.slug)
          const res = await rest.post(`/${c.slug}/versions/${version.id}`, {
            ...opts(actor),
            body: {},
          })
          check(!ok(res), `${actor} restore ${c.slug} version ${version.id}: ${res.status}`)
          check((await digest(c.slug)) === before, `${actor} restore ${c.slug}: changed`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('should let no one update or delete what they cannot read, and answer as for a document that does not exist', async () => {
    const { problems, expect: check } = problemsOf()
    for (const c of collections) {
      const query = draftQuery(c)
      const missPatch = new Map<Actor, RestResponse>()
      for (const actor of ACTORS) {
        missPatch.set(
          actor,
          await rest.patch(`/${c.slug}/${NO_SUCH_ID}${query}`, { ...opts(actor), body: {} }),
        )
      }
      for (const id of samples.get(c.slug) ?? []) {
        for (const actor of ACTORS) {
          const read = await rest.get(`/${c.slug}/${id}${query || '?'}&depth=0`, opts(actor))
          if (read.status === 200) continue
          const where = `${actor} on unreadable ${c.slug}/${id}`
          const before = await digest(c.slug)
          const patch = await rest.patch(`/${c.slug}/${id}${query}`, { ...opts(actor), body: {} })
          check(!ok(patch), `${where}: PATCH ${patch.status} ${bodyOf(patch).slice(0, 200)}`)
          const miss = missPatch.get(actor)!
          check(
            patch.status === miss.status && refusalOf(patch, id) === refusalOf(miss, NO_SUCH_ID),
            `${where}: PATCH answers ${patch.status} ${bodyOf(patch)}, a missing id ${miss.status} ${bodyOf(miss)}`,
          )
          const del = await rest.delete(`/${c.slug}/${id}`, opts(actor))
          check(!ok(del), `${where}: DELETE ${del.status}`)
          check((await digest(c.slug)) === before, `${where}: changed`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('should give nothing to an anonymous caller, however the page is asked for', async () => {
    const { problems, expect: check } = problemsOf()
    for (const c of collections) {
      const res = await rest.get<{ docs?: unknown[] }>(
        `/${c.slug}?limit=0&pagination=false&depth=5`,
      )
      check(
        !ok(res) || (res.body.docs ?? []).length === 0,
        `anonymous GET /${c.slug}: ${res.status}`,
      )
      const count = await rest.get<{ totalDocs?: number }>(`/${c.slug}/count`)
      check(
        !ok(count) || !count.body.totalDocs,
        `anonymous /${c.slug}/count: ${count.body.totalDocs}`,
      )
    }
    for (const g of booted.config.globals) {
      const res = await rest.get(`/globals/${g.slug}`)
      check(!ok(res), `anonymous GET /globals/${g.slug}: ${res.status}`)
    }
    expect(problems).toEqual([])
  })

  it('should not leak a field a role may not read through where, sort or select, directly or through a relationship', async () => {
    const { problems, expect: check } = problemsOf()
    for (const actor of ACTORS) {
      const access = await rest.get<Permissions>('/access', opts(actor))
      const unreadable = (slug: string): string[] => {
        const c = collections.find((x) => x.slug === slug)
        if (!c) return []
        return (
          c.flattenedFields
            .filter((f) =>
              ['text', 'email', 'number', 'select', 'date', 'checkbox'].includes(f.type),
            )
            // A virtual field (the current password asked for on a change) is never stored.
            .filter((f) => !('virtual' in f && f.virtual))
            .filter((f) => f.hidden === true || !mayRead(access.body, slug, f.name))
            .map((f) => f.name)
        )
      }
      for (const c of collections) {
        // Paths to probe: the collection's own unreadable fields, and those of what it relates to.
        const probes: Array<{ path: string; target: string; field: string; via?: string }> = []
        for (const field of unreadable(c.slug)) probes.push({ path: field, target: c.slug, field })
        const related = new Set<string>()
        for (const rel of c.flattenedFields) {
          if (rel.type !== 'relationship' || typeof rel.relationTo !== 'string') continue
          // One relationship per collection it points to: the join is the same.
          if (related.has(rel.relationTo)) continue
          related.add(rel.relationTo)
          for (const field of unreadable(rel.relationTo)) {
            probes.push({
              path: `${rel.name}.${field}`,
              target: rel.relationTo,
              field,
              via: rel.name,
            })
          }
        }
        for (const probe of probes) {
          const key = `${c.slug}|${probe.path}`
          if (!valueCache.has(key)) valueCache.set(key, await storedValue(c.slug, probe))
          const value = valueCache.get(key)
          if (value === undefined) continue
          const q = (v: string) =>
            `/${c.slug}?where[${probe.path}][equals]=${encodeURIComponent(v)}&limit=1&depth=0`
          const hit = await rest.get<{ totalDocs?: number }>(q(value), opts(actor))
          const miss = await rest.get<{ totalDocs?: number }>(q(`${value}-no-such`), opts(actor))
          check(
            hit.status === miss.status && hit.body.totalDocs === miss.body.totalDocs,
            `${actor} where ${c.slug}.${probe.path}: ${hit.status}/${hit.body.totalDocs} vs ${miss.status}/${miss.body.totalDocs}`,
          )
          if (probe.via) continue
          const up = await rest.get<{ docs?: Array<{ id: unknown }> }>(
            `/${c.slug}?sort=${probe.path}&limit=20&depth=0`,
            opts(actor),
          )
          const down = await rest.get<{ docs?: Array<{ id: unknown }> }>(
            `/${c.slug}?sort=-${probe.path}&limit=20&depth=0`,
            opts(actor),
          )
          const order = (r: typeof up) => JSON.stringify((r.body.docs ?? []).map((d) => d.id))
          check(
            !ok(up) || !ok(down) || order(up) === order(down),
            `${actor} sort ${c.slug} by ${probe.path}: the order follows the hidden value`,
          )
          {
            const selected = await rest.get<{ docs?: Array<Record<string, unknown>> }>(
              `/${c.slug}?select[${probe.field}]=true&limit=20&depth=0`,
              opts(actor),
            )
            check(
              (selected.body.docs ?? []).every((d) => d[probe.field] === undefined),
              `${actor} select ${c.slug}.${probe.field}: returned`,
            )
          }
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('should never show a resident’s phone, ID number or emergency contact to guards, engineers or anonymous callers, at any depth', async () => {
    expect(secrets.size).toBeGreaterThan(100)
    const { problems, expect: check } = problemsOf()
    const leaks = (text: string) =>
      [...new Set(text.match(/[0-9X+-]{7,}/g) ?? [])].filter((token) => secrets.has(token))
    for (const actor of ['anonymous', ...CONFIDENTIAL_EXCLUDED_ROLES] as Actor[]) {
      for (const c of collections) {
        const list = await rest.get(`/${c.slug}?depth=3&limit=50`, opts(actor))
        const found = leaks(bodyOf(list))
        check(
          found.length === 0,
          `${actor} GET /${c.slug}?depth=3: ${found.slice(0, 3).join(', ')}`,
        )
        for (const id of samples.get(c.slug) ?? []) {
          const one = await rest.get(`/${c.slug}/${id}?depth=3`, opts(actor))
          const inOne = leaks(bodyOf(one))
          check(inOne.length === 0, `${actor} GET /${c.slug}/${id}?depth=3: ${inOne.join(', ')}`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('should keep every global to the roles that may change it', async () => {
    const { problems, expect: check } = problemsOf()
    for (const g of booted.config.globals) {
      for (const actor of ACTORS) {
        const access = await rest.get<Permissions>('/access', opts(actor))
        if (granted(access.body.globals?.[g.slug], 'update')) continue
        const before = await storedGlobal(g.slug)
        const res = await rest.post(`/globals/${g.slug}`, { ...opts(actor), body: {} })
        check(!ok(res), `${actor} POST /globals/${g.slug}: ${res.status}`)
        const after = await storedGlobal(g.slug)
        const at = [...after].findIndex((ch, i) => ch !== before[i])
        check(
          after === before,
          `${actor} POST /globals/${g.slug}: changed at ${before.slice(at - 40, at + 40)} → ${after.slice(at - 40, at + 40)}`,
        )
      }
    }
    expect(problems).toEqual([])
  })
})

/**
 * A global as stored. Array rows' ids are left out: a global never saved is answered with its
 * defaults, and their rows get fresh ids at every read.
 */
const storedGlobal = async (slug: string) =>
  JSON.stringify(
    await payload.findGlobal({ slug: slug as GlobalSlug, overrideAccess: true, depth: 0 }),
    (key, value: unknown) => (key === 'id' ? undefined : value),
  )

/**
 * `/api/access`, as Payload sanitises it: an entity or field whose permissions are all granted
 * collapses to `true`; a refused permission is left out; a granted one is `true` or
 * `{ permission: true, where }`.
 */
type Grant = true | { permission?: boolean; [key: string]: unknown } | undefined
type EntityGrants = true | (Record<string, Grant> & { fields?: true | Record<string, Grant> })
type Permissions = {
  collections?: Record<string, EntityGrants>
  globals?: Record<string, EntityGrants>
}

const granted = (entity: EntityGrants | Grant | undefined, operation: string): boolean => {
  if (entity === true) return true
  if (!entity || typeof entity !== 'object') return false
  const grant = (entity as Record<string, Grant>)[operation]
  return grant === true || (typeof grant === 'object' && grant.permission === true)
}

/** Whether a role may read a top-level field of a collection. */
const mayRead = (permissions: Permissions, slug: string, field: string): boolean => {
  const entity = permissions.collections?.[slug]
  if (entity === true) return true
  if (!entity || !granted(entity, 'read')) return false
  const fields = entity.fields
  if (fields === true) return true
  const grant = fields?.[field]
  return grant === true || granted(grant, 'read')
}

/** A stored value of a probed field, read with server rights, as a string (or none to probe). */
const storedValue = async (
  slug: string,
  probe: { target: string; field: string; via?: string },
): Promise<string | undefined> => {
  let where = {}
  if (probe.via) {
    const holder = await payload.find({
      collection: slug as CollectionSlug,
      where: { [probe.via]: { exists: true } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
    })
    const held = (holder.docs[0] as unknown as Record<string, unknown> | undefined)?.[probe.via]
    const related = Array.isArray(held) ? held[0] : held
    if (related === undefined || related === null || typeof related === 'object') return undefined
    where = { id: { equals: related } }
  }
  const found = await payload.find({
    collection: probe.target as CollectionSlug,
    where: { and: [where, { [probe.field]: { exists: true } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const value = (found.docs[0] as unknown as Record<string, unknown> | undefined)?.[probe.field]
  if (value === undefined || value === null || value === '' || typeof value === 'object') {
    return undefined
  }
  return String(value)
}
