/**
 * Throttling of the routes that work without a session, through the real REST handlers, behind a
 * trusted proxy (`TRUST_PROXY=true`): requests name their client in `X-Forwarded-For`, or carry
 * no address at all. The throttle's clock is moved by hand, so "429, then recovery" needs no
 * sleeping. Each test starts a day after the previous one and uses its own addresses.
 */
import type { Payload } from 'payload'

import { THROTTLE_RULES } from '@/domain/throttle'
import type * as AddressModule from '@/lib/security/clientAddress'
import type * as ThrottleModule from '@/lib/security/throttle'
import { slugs } from '@/slugs'

import type { Booted, RestResponse } from '../helpers/payload'
import { bootPayload, restClient } from '../helpers/payload'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

const SECOND = 1000
const MINUTE = 60 * SECOND
const DAY = 24 * 60 * MINUTE

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>

// Loaded after boot: they read TRUST_PROXY through the settings, which boot sets.
let throttleClock: typeof ThrottleModule.throttleClock
let clientAddressOf: typeof AddressModule.clientAddressOf
let realNow: () => number

let now = Date.UTC(2026, 11, 1, 9)
/** A new day per test: counters of earlier tests have expired. */
const nextDay = () => {
  now += DAY
}
const advance = (ms: number) => {
  now += ms
}

let serial = 0
const newAccount = async () => {
  serial += 1
  const email = `throttled${serial}@test.local`
  const user = await payload.create({
    collection: slugs.users,
    data: { email, password: TEST_PASSWORD, name: `限流${serial}`, roles: ['cs-clerk'] },
  })
  return { id: user.id, email }
}

const signIn = (email: string, password: string, address?: string) =>
  rest.post<{ token?: string; errors?: Array<{ message: string }> }>('/users/login', {
    body: { email, password },
    headers: address ? { 'X-Forwarded-For': `198.51.100.250, ${address}` } : {},
  })

const counters = async () =>
  (
    await payload.find({
      collection: slugs.throttles,
      pagination: false,
      overrideAccess: true,
      depth: 0,
    })
  ).docs

const counterOf = async (key: string) => (await counters()).find((c) => c.key === key)

const expectThrottled = (res: RestResponse<{ token?: string }>) => {
  expect(res.status).toBe(429)
  expect(res.body.token).toBeUndefined()
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
}

beforeAll(async () => {
  booted = await bootPayload('throttling', { TRUST_PROXY: 'true', ENABLE_GRAPHQL: 'true' })
  payload = booted.payload
  rest = restClient(booted.config)
  staff = await createStaff(payload, ['director', 'cs-clerk'])
  ;({ throttleClock } = await import('@/lib/security/throttle'))
  ;({ clientAddressOf } = await import('@/lib/security/clientAddress'))
  realNow = throttleClock.now
  throttleClock.now = () => now
})

afterAll(async () => {
  if (throttleClock) throttleClock.now = realNow
  await booted?.shutdown()
})

beforeEach(nextDay)

describe('sign-in, per account', () => {
  it('should answer five wrong passwords with 401, then 429 with Retry-After even for the right one, and let it in once the wait is over', async () => {
    const person = await newAccount()
    const address = '203.0.113.10'
    for (let i = 0; i < 5; i++) {
      expect((await signIn(person.email, 'wrong-password-1', address)).status).toBe(401)
    }
    const refused = await signIn(person.email, TEST_PASSWORD, address)
    expectThrottled(refused)
    expect(refused.headers.get('retry-after')).toBe('30')
    expect(JSON.stringify(refused.body)).toMatch(/Too many attempts/)
    // The refused attempt was not counted, and no session was opened.
    const stored = await payload.findByID({
      collection: slugs.users,
      id: person.id,
      showHiddenFields: true,
    })
    expect((stored as { sessions?: unknown[] }).sessions ?? []).toHaveLength(0)
    expect((await counterOf(`sign-in:account:${person.email}|${address}`))?.hits).toBe(5)

    advance(29 * SECOND)
    expectThrottled(await signIn(person.email, TEST_PASSWORD, address))
    advance(2 * SECOND)
    const admitted = await signIn(person.email, TEST_PASSWORD, address)
    expect(admitted.status).toBe(200)
    expect(admitted.body.token).toBeTruthy()
    // A successful sign-in forgets the account's failures, from every address.
    expect((await counters()).filter((c) => c.key.includes(person.email))).toEqual([])
  })

  it('should double the wait with each further failure, never beyond fifteen minutes', async () => {
    const person = await newAccount()
    const address = '203.0.113.11'
    for (let i = 0; i < 5; i++) await signIn(person.email, 'wrong-password-1', address)
    const waits: number[] = []
    for (let i = 0; i < 7; i++) {
      const key = `sign-in:account:${person.email}|${address}`
      const until = (await counterOf(key))!.blockedUntil
      waits.push(Math.round((until - now) / SECOND))
      now = until
      expect((await signIn(person.email, 'wrong-password-1', address)).status).toBe(401)
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 900, 900])
    expect(THROTTLE_RULES.signInAccount.maxMs).toBe(15 * MINUTE)
  })

  it('should not slow the owner down at their own address while another address fails', async () => {
    const person = await newAccount()
    for (let i = 0; i < 6; i++) await signIn(person.email, 'wrong-password-1', '203.0.113.66')
    expectThrottled(await signIn(person.email, TEST_PASSWORD, '203.0.113.66'))
    const owner = await signIn(person.email, TEST_PASSWORD, '192.0.2.12')
    expect(owner.status).toBe(200)
  })

  it('should let a whole office sign in from one address, any number of times', async () => {
    const office = '192.0.2.13'
    const accounts = [await newAccount(), await newAccount(), await newAccount()]
    const statuses: number[] = []
    for (let round = 0; round < 7; round++) {
      for (const person of accounts) {
        statuses.push((await signIn(person.email, TEST_PASSWORD, office)).status)
      }
    }
    expect(statuses).toHaveLength(21)
    expect(new Set(statuses)).toEqual(new Set([200]))
    expect(await counterOf(`sign-in:address:${office}`)).toBeUndefined()
  })

  it('should audit each sign-in with the address, and the slow-down once, mailing the owner', async () => {
    const person = await newAccount()
    const address = '203.0.113.14'
    expect((await signIn(person.email, TEST_PASSWORD, address)).status).toBe(200)
    for (let i = 0; i < 7; i++) {
      await signIn(person.email, 'wrong-password-1', address)
      advance(5 * MINUTE)
    }
    const entries = await payload.find({
      collection: slugs.auditLog,
      where: { userEmail: { equals: person.email } },
      sort: 'createdAt',
      pagination: false,
    })
    const actions = entries.docs.map((e) => e.action as string)
    expect(actions.filter((a) => a === 'login')).toHaveLength(1)
    expect(actions.filter((a) => a === 'login-locked')).toHaveLength(1)
    expect(actions.filter((a) => a === 'login-failed')).toHaveLength(7)
    expect(entries.docs.find((e) => (e.action as string) === 'login')?.ip).toBe(address)
    const mails = await payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'sendEmail' } },
      pagination: false,
    })
    const toOwner = mails.docs.filter((job) =>
      ((job.input as { to?: string[] }).to ?? []).includes(person.email),
    )
    expect(toOwner).toHaveLength(1)
    expect((toOwner[0].input as { subject: string }).subject).toMatch(/failed sign-ins/)
  })

  it('should clear the slow-down when a user manager unlocks the account', async () => {
    const person = await newAccount()
    for (let i = 0; i < 5; i++) await signIn(person.email, 'wrong-password-1', '203.0.113.15')
    expectThrottled(await signIn(person.email, TEST_PASSWORD, '203.0.113.15'))
    const director = await rest.login(staff.director.email, TEST_PASSWORD)
    const unlocked = await rest.post('/users/unlock', {
      token: director,
      body: { email: person.email },
    })
    expect(unlocked.status).toBe(200)
    expect((await signIn(person.email, TEST_PASSWORD, '203.0.113.15')).status).toBe(200)
  })
})

describe('sign-in, per address and for everyone', () => {
  it('should refuse an address that fails across many accounts, and no other', async () => {
    const sprayer = '203.0.113.16'
    for (let i = 0; i < THROTTLE_RULES.signInAddress.free; i++) {
      expect((await signIn(`nobody${i}@test.local`, 'Spring2026!', sprayer)).status).toBe(401)
    }
    const real = await newAccount()
    expectThrottled(await signIn(real.email, TEST_PASSWORD, sprayer))
    expect((await signIn(real.email, TEST_PASSWORD, '192.0.2.16')).status).toBe(200)
    advance(15 * MINUTE)
    expect((await signIn(real.email, TEST_PASSWORD, sprayer)).status).toBe(200)
  })

  it('should cap failed sign-ins from everyone when requests carry no address, for a minute', async () => {
    const cap = THROTTLE_RULES.signInGlobal.free
    for (let i = 0; i < cap; i++) {
      expect((await signIn(`ghost${i}@test.local`, 'Spring2026!')).status).toBe(401)
    }
    const person = await newAccount()
    const refused = await signIn(person.email, TEST_PASSWORD)
    expectThrottled(refused)
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60)
    // A request whose proxy named its client is judged by its own address instead.
    expect((await signIn(person.email, TEST_PASSWORD, '192.0.2.17')).status).toBe(200)
    advance(MINUTE)
    expect((await signIn(person.email, TEST_PASSWORD)).status).toBe(200)
  })

  it('should not count successful sign-ins against the cap for everyone', async () => {
    const person = await newAccount()
    const before = await counterOf('sign-in:global')
    for (let i = 0; i < 3; i++) {
      expect((await signIn(person.email, TEST_PASSWORD)).status).toBe(200)
    }
    expect(await counterOf('sign-in:global')).toEqual(before)
  })

  it('should refuse a one-megabyte email with 400 naming the field, counting nothing', async () => {
    const before = await counters()
    const res = await signIn(`${'a'.repeat(1_000_000)}@test.local`, 'whatever-1234', '192.0.2.18')
    expect(res.status).toBe(400)
    expect(JSON.stringify(res.body)).toContain('email')
    expect(await counters()).toEqual(before)
  })

  it('should refuse sign-in through GraphQL, where failures would go uncounted', async () => {
    const person = await newAccount()
    // Payload's GraphQL route, as src/app/(payload)/api/graphql/route.ts serves it.
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const response = await GRAPHQL_POST(Promise.resolve(booted.config))(
      new Request('http://localhost:3000/api/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          query: `mutation { loginUser(email: "${person.email}", password: "${TEST_PASSWORD}") { token } }`,
        }),
      }),
    )
    const body = (await response.json()) as { data?: { loginUser?: { token?: string } | null } }
    expect(body.data?.loginUser?.token).toBeFalsy()
    expect(JSON.stringify(body)).toMatch(/REST/)
  })
})

describe('forgot-password and reset-password', () => {
  it('should refuse an eleventh reset mail from one address, asking for nothing, until the window ends', async () => {
    const address = '203.0.113.20'
    const person = await newAccount()
    for (let i = 0; i < THROTTLE_RULES.forgotPasswordAddress.free; i++) {
      const res = await rest.post('/users/forgot-password', {
        body: { email: `unknown${i}@test.local` },
        headers: { 'X-Forwarded-For': address },
      })
      expect(res.status).toBe(200)
    }
    const refused = await rest.post('/users/forgot-password', {
      body: { email: person.email },
      headers: { 'X-Forwarded-For': address },
    })
    expectThrottled(refused)
    const stored = await payload.findByID({
      collection: slugs.users,
      id: person.id,
      showHiddenFields: true,
    })
    expect((stored as { resetPasswordToken?: string }).resetPasswordToken).toBeFalsy()
    advance(15 * MINUTE)
    const later = await rest.post('/users/forgot-password', {
      body: { email: person.email },
      headers: { 'X-Forwarded-For': address },
    })
    expect(later.status).toBe(200)
  })

  it('should refuse reset tokens from an address that has tried ten wrong ones', async () => {
    const address = '203.0.113.21'
    for (let i = 0; i < THROTTLE_RULES.resetPasswordAddress.free; i++) {
      const res = await rest.post('/users/reset-password', {
        body: { token: `${i}`.padStart(40, 'f'), password: 'a-brand-new-passphrase' },
        headers: { 'X-Forwarded-For': address },
      })
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
    }
    const refused = await rest.post('/users/reset-password', {
      body: { token: 'f'.repeat(40), password: 'a-brand-new-passphrase' },
      headers: { 'X-Forwarded-For': address },
    })
    expectThrottled(refused)
    const other = await rest.post('/users/reset-password', {
      body: { token: 'e'.repeat(40), password: 'a-brand-new-passphrase' },
      headers: { 'X-Forwarded-For': '192.0.2.21' },
    })
    expect(other.status).not.toBe(429)
  })
})

describe('the client address', () => {
  it('should take the address our proxy added, and none without TRUST_PROXY', () => {
    const req = { headers: new Headers({ 'X-Forwarded-For': '6.6.6.6, 203.0.113.30' }) }
    expect(clientAddressOf(req, true)).toBe('203.0.113.30')
    expect(clientAddressOf(req, false)).toBeUndefined()
    expect(clientAddressOf({ headers: new Headers({ 'X-Forwarded-For': 'evil' }) }, true)).toBe(
      undefined,
    )
  })

  it('should give no API a way to read or write the counters', async () => {
    const director = await rest.login(staff.director.email, TEST_PASSWORD)
    const before = await counters()
    expect((await rest.get(`/${slugs.throttles}`, { token: director })).status).toBe(403)
    const create = await rest.post(`/${slugs.throttles}`, {
      token: director,
      body: { key: 'sign-in:global', hits: 0, windowStart: 0, blockedUntil: 0 },
    })
    expect(create.status).toBe(403)
    expect(await counters()).toEqual(before)
  })
})
