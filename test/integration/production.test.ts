/**
 * Production is safe by default: Payload booted with NODE_ENV=production on an empty database
 * (the schema pushed by hand, as `npm run migrate` would apply it), and the scripts run as
 * separate processes the way an operator runs them.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { pushDevSchema } from '@payloadcms/drizzle'
import type { Payload } from 'payload'

import { slugs } from '@/slugs'

import { CreateAdminError, createAdmin } from '../../scripts/createAdmin'
import { DEFAULT_SEED_PASSWORD } from '../../seed/seed'
import type { Booted } from '../helpers/payload'
import { bootPayload, restClient } from '../helpers/payload'

const env = process.env as Record<string, string | undefined>
const SAVED = { NODE_ENV: env.NODE_ENV, SERVER_URL: env.SERVER_URL }
const SERVER_URL = 'https://wuye.example.cn'
const SECRET = 'a-production-secret-of-more-than-32-characters'
const root = process.cwd()

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>

const users = async () => (await payload.count({ collection: slugs.users })).totalDocs

beforeAll(async () => {
  booted = await bootPayload('production', {
    NODE_ENV: 'production',
    SERVER_URL,
    PAYLOAD_SECRET: SECRET,
  })
  payload = booted.payload
  // Production never pushes the schema; the committed migrations would create it.
  await pushDevSchema(payload.db as unknown as Parameters<typeof pushDevSchema>[0])
  rest = restClient(booted.config)
}, 300_000)

afterAll(async () => {
  await booted?.shutdown()
  // One jest process runs every file in turn: the next one must not start in production.
  env.NODE_ENV = SAVED.NODE_ENV
  if (SAVED.SERVER_URL === undefined) delete env.SERVER_URL
  else env.SERVER_URL = SAVED.SERVER_URL
})

/** Runs a TypeScript entry point as `npm run …` does, in production with a scratch database. */
const run = (script: string, args: string[], extra: Record<string, string | undefined>) => {
  const file = path.join(root, `test/.tmp/production_script_${process.pid}.db`)
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  const childEnv = Object.fromEntries(
    Object.entries({
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'production',
      SERVER_URL,
      PAYLOAD_SECRET: SECRET,
      DATABASE_URI: `file:${file}`,
      ...extra,
    }).filter(([, value]) => value !== undefined),
  ) as NodeJS.ProcessEnv
  const result = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', script, ...args],
    {
      cwd: root,
      encoding: 'utf8',
      env: childEnv,
    },
  )
  return { status: result.status, stderr: result.stderr, dbExists: fs.existsSync(file) }
}

describe('the first administrator', () => {
  it('should refuse first-register in production with 403 on an empty database, creating nothing', async () => {
    expect(await users()).toBe(0)
    const res = await rest.post('/users/first-register', {
      body: {
        email: 'early-bird@example.cn',
        password: 'i-got-here-first-2026',
        name: '抢注者',
        roles: ['admin'],
      },
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(res.body)).toContain('create-admin')
    expect(await users()).toBe(0)
  })

  it('should create an administrator with a one-time password that signs in, with a Secure cookie', async () => {
    const admin = await createAdmin(payload, { email: ' Chief@Example.cn ' })
    expect(admin.email).toBe('chief@example.cn')
    expect(admin.password.length).toBeGreaterThanOrEqual(24)
    const stored = await payload.findByID({ collection: slugs.users, id: admin.id })
    expect(stored.roles).toEqual(['admin'])
    const login = await rest.post<{ token?: string }>('/users/login', {
      body: { email: admin.email, password: admin.password },
    })
    expect(login.status).toBe(200)
    expect(login.headers.get('set-cookie')).toMatch(/;\s*Secure/i)
    // Two runs print two different passwords.
    const second = await createAdmin(payload, { email: 'deputy@example.cn' })
    expect(second.password).not.toBe(admin.password)
  })

  it('should let a one-time password do nothing but change itself, then work no more', async () => {
    const admin = await createAdmin(payload, { email: 'night-shift@example.cn' })
    const token = await rest.login(admin.email, admin.password)
    const usersBefore = await users()
    // Until it is changed: no list, no record of anyone else, no change to anything else.
    expect((await rest.get('/complaints', { token })).status).toBe(403)
    expect((await rest.get('/users', { token })).status).toBe(403)
    const create = await rest.post('/users', {
      token,
      body: {
        email: 'friend@example.cn',
        password: 'a-friend-of-mine-2026',
        name: '朋友',
        roles: ['admin'],
      },
    })
    expect(create.status).toBe(403)
    expect(await users()).toBe(usersBefore)
    // It may read itself, and may not clear the requirement without a new password.
    const own = await rest.get<{ mustChangePassword?: boolean }>(`/users/${admin.id}`, { token })
    expect(own.status).toBe(200)
    expect(own.body.mustChangePassword).toBe(true)
    const cleared = await rest.patch(`/users/${admin.id}`, {
      token,
      body: { mustChangePassword: false },
    })
    expect(cleared.status).toBe(403)
    const unchanged = await payload.findByID({ collection: slugs.users, id: admin.id })
    expect(unchanged.mustChangePassword).toBe(true)
    // The new password, with the current one: then the account works, and the old one does not.
    const renewed = 'my-own-password-2026'
    const change = await rest.patch(`/users/${admin.id}`, {
      token,
      body: { password: renewed, currentPassword: admin.password },
    })
    expect(change.status).toBe(200)
    const fresh = await rest.login(admin.email, renewed)
    expect((await rest.get('/complaints', { token: fresh })).status).toBe(200)
    const stored = await payload.findByID({ collection: slugs.users, id: admin.id })
    expect(stored.mustChangePassword).toBe(false)
    const old = await rest.post('/users/login', {
      body: { email: admin.email, password: admin.password },
    })
    expect(old.status).toBe(401)
  })

  it('should refuse an email that already has an account, or is not one, creating nothing', async () => {
    const before = await users()
    await expect(createAdmin(payload, { email: 'chief@example.cn' })).rejects.toThrow(
      CreateAdminError,
    )
    await expect(createAdmin(payload, { email: 'not-an-email' })).rejects.toThrow(CreateAdminError)
    expect(await users()).toBe(before)
  })

  it('should still refuse first-register once an administrator exists', async () => {
    const before = await users()
    const res = await rest.post('/users/first-register', {
      body: { email: 'late@example.cn', password: 'i-got-here-late-2026', name: '迟到' },
    })
    expect(res.status).toBe(403)
    expect(await users()).toBe(before)
  })
})

describe('starting in production', () => {
  it('should refuse to start with the development secret, a short one, or no SERVER_URL', async () => {
    const { default: nextConfig } = await import('../../next.config')
    const { DEV_SECRET } = await import('@/config/settings')
    const attempt = (extra: Record<string, string | undefined>) => {
      const saved = { PAYLOAD_SECRET: env.PAYLOAD_SECRET, SERVER_URL: env.SERVER_URL }
      Object.assign(env, extra)
      for (const [key, value] of Object.entries(extra)) if (value === undefined) delete env[key]
      try {
        nextConfig('phase-production-server')
        return null
      } catch (error) {
        return (error as Error).message
      } finally {
        Object.assign(env, saved)
      }
    }
    expect(attempt({ PAYLOAD_SECRET: DEV_SECRET })).toMatch(/not the development one/)
    expect(attempt({ PAYLOAD_SECRET: 'short' })).toMatch(/at least 32 characters/)
    expect(attempt({ SERVER_URL: undefined })).toMatch(/SERVER_URL must be set/)
    expect(attempt({})).toBeNull()
  })

  it('should stop the app’s own configuration too, as a separate process would start it', () => {
    const { status, stderr } = run('payload.config.ts', [], { SERVER_URL: '' })
    expect(status).not.toBe(0)
    expect(stderr).toMatch(/SERVER_URL must be set/)
  })

  it('should let the build step through without the secret', async () => {
    const { default: nextConfig } = await import('../../next.config')
    const saved = env.PAYLOAD_SECRET
    delete env.PAYLOAD_SECRET
    try {
      expect(() => nextConfig('phase-production-build')).not.toThrow()
    } finally {
      env.PAYLOAD_SECRET = saved
    }
  })
})

describe('npm run seed in production', () => {
  it('should refuse without --demo, with a clear message, opening no database', () => {
    const { status, stderr, dbExists } = run('seed/index.ts', [], {
      SEED_PASSWORD: 'a-long-and-private-one',
    })
    expect(status).toBe(1)
    expect(stderr).toMatch(/refuses to run in production/)
    expect(stderr).toMatch(/create-admin/)
    expect(dbExists).toBe(false)
  })

  it('should refuse --demo with the published demo password or none', () => {
    for (const SEED_PASSWORD of [DEFAULT_SEED_PASSWORD, undefined]) {
      const { status, dbExists } = run('seed/index.ts', ['--demo'], { SEED_PASSWORD })
      expect(status).toBe(1)
      expect(dbExists).toBe(false)
    }
  })
})
