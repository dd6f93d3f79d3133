/**
 * Limits on what a client may ask for: pages of at most 100, no `pagination=false`, depth at most
 * 3, text within its `maxLength`, request bodies within the proxy's limit; the security headers;
 * and the office-settings audit. Through the real REST handlers and the real proxy function.
 */
import { NextRequest } from 'next/server'
import type { Payload } from 'payload'
import { handleEndpoints } from 'payload'

import { MAX_PAGE_SIZE } from '@/hooks/shared/limitClientReads'
import { globalSlugs, slugs } from '@/slugs'
import { createProxy } from '@/proxy'

import type { Booted, ErrorBody } from '../helpers/payload'
import { bootPayload, errorPaths, restClient, tokenCache } from '../helpers/payload'
import { makeUnit } from '../helpers/fixtures'
import type { StaffMember } from '../helpers/staff'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let tokenOf: (member: StaffMember) => Promise<string>

const UNITS = 130
const MB = 1024 * 1024
const proxy = createProxy({
  isProduction: false,
  isDevelopment: false,
  requestMaxBytes: MB,
  uploadMaxBytes: 10 * MB,
})

const countOf = async (collection: 'units' | 'residents' | 'users' | 'audit-log') =>
  (await payload.count({ collection, overrideAccess: true })).totalDocs

beforeAll(async () => {
  booted = await bootPayload('limits')
  payload = booted.payload
  rest = restClient(booted.config)
  staff = await createStaff(payload)
  tokenOf = tokenCache(rest, TEST_PASSWORD)
  for (let i = 0; i < UNITS; i++) await makeUnit(payload, '9', String(1000 + i))
}, 300_000)

afterAll(async () => {
  await booted?.shutdown()
})

type Page = { docs: Array<{ id: number }>; limit: number; totalDocs: number }

describe('pages', () => {
  it('should clamp a page of 10,000 and a page of "all" (limit=0) to 100', async () => {
    const token = await tokenOf(staff['cs-clerk'])
    for (const limit of [10_000, 0]) {
      const res = await rest.get<Page>(`/units?limit=${limit}&depth=0`, { token })
      expect(res.status).toBe(200)
      expect(res.body.docs).toHaveLength(MAX_PAGE_SIZE)
      expect(res.body.limit).toBe(MAX_PAGE_SIZE)
      expect(res.body.totalDocs).toBe(UNITS)
    }
    const small = await rest.get<Page>('/units?limit=25&page=2&depth=0', { token })
    expect(small.body.docs).toHaveLength(25)
  })

  it('should refuse pagination=false with 400 naming it, for staff and anonymous callers alike', async () => {
    for (const token of [await tokenOf(staff.director), undefined]) {
      const res = await rest.get<ErrorBody>('/units?pagination=false&limit=0&depth=5', { token })
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toEqual(['pagination'])
    }
    // Through the admin's POST-as-GET form too (its relationship fields query that way).
    const director = await tokenOf(staff.director)
    const asGet = (query: string) =>
      handleEndpoints({
        config: booted.config,
        request: new Request('http://localhost:3000/api/units', {
          method: 'POST',
          headers: {
            Authorization: `JWT ${director}`,
            'X-Payload-HTTP-Method-Override': 'GET',
            'Content-Type': 'application/x-www-form-urlencoded',
          },
          body: query,
        }),
      })
    expect((await asGet('pagination=false&depth=0')).status).toBe(400)
    expect((await asGet('limit=500&depth=0')).status).toBe(200)
    expect(await countOf('units')).toBe(UNITS)
  })

  it('should keep pagination=false for server code and the admin’s own views', async () => {
    const director = await payload.findByID({ collection: slugs.users, id: staff.director.id })
    // The admin's server-rendered views call the Local API as the user, with `pagination: false`.
    const all = await payload.find({
      collection: slugs.units,
      pagination: false,
      overrideAccess: false,
      user: { ...director, collection: slugs.users },
      depth: 0,
    })
    expect(all.docs).toHaveLength(UNITS)
    // A hook's nested lookup inside a client's request (`protectAccounts` finds the account
    // with `pagination: false` as the user) still works.
    const res = await rest.patch(`/users/${staff['cs-clerk'].id}`, {
      token: await tokenOf(staff.director),
      body: { roles: ['cs-clerk', 'dispatcher'] },
    })
    expect(res.status).toBe(200)
  })
})

describe('depth', () => {
  it('should populate relationships at most three levels deep, whatever depth is asked for', async () => {
    // A chain of line managers five long: each account's manager is the next one.
    const chain: Array<number | string> = []
    for (let i = 0; i < 5; i++) {
      const user = await payload.create({
        collection: slugs.users,
        data: {
          email: `chain${i}@test.local`,
          password: TEST_PASSWORD,
          name: `链${i}`,
          roles: ['cs-clerk'],
        },
      })
      chain.push(user.id)
    }
    for (let i = 0; i < 4; i++) {
      await payload.update({
        collection: slugs.users,
        id: chain[i],
        data: { manager: chain[i + 1] as number },
      })
    }
    const res = await rest.get<Record<string, unknown>>(`/users/${chain[0]}?depth=10`, {
      token: await tokenOf(staff.director),
    })
    expect(res.status).toBe(200)
    type Managed = { id: unknown; manager?: Managed | number | string }
    const one = res.body.manager as Managed
    const two = one.manager as Managed
    const three = two.manager as Managed
    expect(three.id).toBe(chain[3])
    expect(three.manager).toBe(chain[4])
  })
})

describe('text lengths', () => {
  it('should refuse a 2 MB name with 400 naming the field, creating nothing', async () => {
    const token = await tokenOf(staff['cs-clerk'])
    const [unit] = (await payload.find({ collection: slugs.units, limit: 1 })).docs
    const before = await countOf('residents')
    const res = await rest.post<ErrorBody>('/residents', {
      token,
      body: { kind: 'owner', name: '王'.repeat(2 * MB), units: [unit.id] },
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toContain('name')
    expect(await countOf('residents')).toBe(before)
  })

  it('should refuse a name over 100 characters and notes over 5,000 on update, keeping the record', async () => {
    const token = await tokenOf(staff['cs-clerk'])
    const [unit] = (await payload.find({ collection: slugs.units, limit: 1 })).docs
    const created = await rest.post<{ doc: { id: number } }>('/residents', {
      token,
      body: { kind: 'owner', name: '李四', units: [unit.id], notes: '正常备注' },
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    for (const body of [{ name: '李'.repeat(101) }, { notes: '很'.repeat(5001) }]) {
      const res = await rest.patch<ErrorBody>(`/residents/${id}`, { token, body })
      expect(res.status).toBe(400)
      expect(errorPaths(res.body)).toEqual(Object.keys(body))
    }
    const stored = await payload.findByID({ collection: slugs.residents, id })
    expect(stored.name).toBe('李四')
    expect(stored.notes).toBe('正常备注')
    const ok = await rest.patch(`/residents/${id}`, { token, body: { notes: '很'.repeat(5000) } })
    expect(ok.status).toBe(200)
  })

  it('should refuse a phone over 32 characters, whatever its own check says', async () => {
    const token = await tokenOf(staff['cs-clerk'])
    const [unit] = (await payload.find({ collection: slugs.units, limit: 1 })).docs
    const before = await countOf('residents')
    const res = await rest.post<ErrorBody>('/residents', {
      token,
      body: { kind: 'owner', name: '赵五', units: [unit.id], phone: `138${'0'.repeat(40)}` },
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toContain('phone')
    expect(await countOf('residents')).toBe(before)
  })

  it('should refuse a staff email over 254 characters before checking its form', async () => {
    const before = await countOf('users')
    const res = await rest.post<ErrorBody>('/users', {
      token: await tokenOf(staff.director),
      body: {
        email: `${'a'.repeat(300)}@test.local`,
        password: TEST_PASSWORD,
        name: '过长',
        roles: ['cs-clerk'],
      },
    })
    expect(res.status).toBe(400)
    expect(errorPaths(res.body)).toContain('email')
    expect(await countOf('users')).toBe(before)
  })
})

describe('request bodies (src/proxy.ts)', () => {
  const post = (path: string, body: BodyInit | null, headers: Record<string, string>) =>
    proxy(new NextRequest(`http://localhost:3000${path}`, { method: 'POST', body, headers }))

  it('should answer a 20 MB JSON body 413 before it is read, writing nothing', async () => {
    const before = await countOf('residents')
    const big = JSON.stringify({ kind: 'owner', name: 'x'.repeat(20 * MB) })
    const res = post('/api/residents', big, {
      'content-type': 'application/json',
      'content-length': String(Buffer.byteLength(big)),
    })
    expect(res.status).toBe(413)
    expect(JSON.stringify(await res.json())).toMatch(/too large/)
    expect(res.headers.get('x-middleware-next')).toBeNull()
    expect(await countOf('residents')).toBe(before)
  })

  it('should refuse a body without a length (chunked) with 411', () => {
    const stream = new ReadableStream({
      start: (controller) => {
        controller.enqueue(new TextEncoder().encode('{"name":"x"}'))
        controller.close()
      },
    })
    const res = proxy(
      new NextRequest('http://localhost:3000/api/residents', {
        method: 'POST',
        body: stream,
        headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
        duplex: 'half',
      } as unknown as ConstructorParameters<typeof NextRequest>[1]),
    )
    expect(res.status).toBe(411)
  })

  it('should pass a normal body, and an upload up to the file limit plus the form', () => {
    const small = post('/api/residents', '{"name":"王"}', {
      'content-type': 'application/json',
      'content-length': '14',
    })
    expect(small.headers.get('x-middleware-next')).toBe('1')
    const upload = post('/api/attachments', null, {
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(10 * MB + 1000),
    })
    expect(upload.headers.get('x-middleware-next')).toBe('1')
    const tooBig = post('/api/attachments', null, {
      'content-type': 'multipart/form-data; boundary=x',
      'content-length': String(12 * MB),
    })
    expect(tooBig.status).toBe(413)
  })
})

describe('security headers', () => {
  it('should give each admin page a CSP with a fresh nonce, passed on to Next, and keep the language cookie', () => {
    const page = () => proxy(new NextRequest('http://localhost:3000/admin/collections/units'))
    const first = page()
    const second = page()
    const policy = first.headers.get('content-security-policy') ?? ''
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1]
    expect(nonce).toBeTruthy()
    expect(policy).toContain("frame-ancestors 'none'")
    expect(second.headers.get('content-security-policy')).not.toContain(nonce)
    // Next reads the nonce from the request's own CSP header, which the proxy overrides.
    expect(first.headers.get('x-middleware-override-headers')).toContain('content-security-policy')
    expect(first.headers.get('x-middleware-request-x-nonce')).toBe(nonce)
    expect(first.headers.get('set-cookie')).toContain('payload-lng=zh')
  })

  it('should send the API a policy under which nothing runs or is framed', () => {
    const res = proxy(new NextRequest('http://localhost:3000/api/units'))
    expect(res.headers.get('content-security-policy')).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    )
  })

  it('should send X-Frame-Options, nosniff and Referrer-Policy on every path, HSTS in production', async () => {
    const { default: nextConfig } = await import('../../next.config')
    const headersOf = async (nodeEnv: string) => {
      const env = process.env as Record<string, string | undefined>
      const saved = env.NODE_ENV
      env.NODE_ENV = nodeEnv
      try {
        const config = nextConfig('phase-production-build')
        const rules = (await config.headers?.()) ?? []
        const all = rules.find((rule) => rule.source === '/:path*')
        return Object.fromEntries((all?.headers ?? []).map((h) => [h.key, h.value]))
      } finally {
        env.NODE_ENV = saved
      }
    }
    const development = await headersOf('development')
    expect(development).toMatchObject({
      'X-Frame-Options': 'DENY',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    })
    expect(development['Strict-Transport-Security']).toBeUndefined()
    const production = await headersOf('production')
    expect(production['Strict-Transport-Security']).toMatch(/max-age=/)
  })

  it('should refuse the create-first-user page in production only', () => {
    const production = createProxy({
      isProduction: true,
      isDevelopment: false,
      requestMaxBytes: MB,
      uploadMaxBytes: MB,
    })
    const url = 'http://localhost:3000/admin/create-first-user'
    const refused = production(new NextRequest(url))
    expect(refused.status).toBe(403)
    expect(refused.headers.get('x-middleware-next')).toBeNull()
    expect(proxy(new NextRequest(url)).headers.get('x-middleware-next')).toBe('1')
  })
})

describe('office-settings audit', () => {
  it('should record which settings changed, with old and new values, and who changed them', async () => {
    const token = await tokenOf(staff.director)
    const before = await countOf('audit-log')
    const res = await rest.post(`/globals/${globalSlugs.officeSettings}`, {
      token,
      body: { resolutionTargetHours: 12, allowSameSigner: true },
    })
    expect(res.status).toBe(200)
    const entries = await payload.find({
      collection: slugs.auditLog,
      where: { collectionSlug: { equals: globalSlugs.officeSettings } },
      sort: '-createdAt',
    })
    expect(await countOf('audit-log')).toBe(before + 1)
    const entry = entries.docs[0]
    expect(entry.action).toBe('update')
    expect(entry.userEmail).toBe(staff.director.email)
    expect(entry.changedFields).toEqual(['allowSameSigner', 'resolutionTargetHours'])
    expect((entry as { changes?: unknown }).changes).toEqual({
      allowSameSigner: { from: false, to: true },
      resolutionTargetHours: { from: 24, to: 12 },
    })
    // A save that changes nothing adds nothing.
    await rest.post(`/globals/${globalSlugs.officeSettings}`, {
      token,
      body: { resolutionTargetHours: 12 },
    })
    expect(await countOf('audit-log')).toBe(before + 1)
  })

  it('should record nothing for a refused change', async () => {
    const before = await countOf('audit-log')
    const res = await rest.post(`/globals/${globalSlugs.officeSettings}`, {
      token: await tokenOf(staff['cs-clerk']),
      body: { resolutionTargetHours: 1 },
    })
    expect(res.status).toBe(403)
    expect(await countOf('audit-log')).toBe(before)
  })
})
