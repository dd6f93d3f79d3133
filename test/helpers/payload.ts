import fs from 'fs'
import path from 'path'

import type { Payload, SanitizedConfig } from 'payload'
import { getPayload, handleEndpoints } from 'payload'
import pg from 'pg'

import { closePayload } from '@/lib/closePayload'

export type Booted = {
  payload: Payload
  config: SanitizedConfig
  /** Which database this run talks to: every integration test runs on SQLite and on PostgreSQL. */
  dialect: 'sqlite' | 'postgres'
  shutdown: () => Promise<void>
}

const tmpDir = path.resolve(process.cwd(), 'test/.tmp')

/** A scratch database per test file: a fresh SQLite file, or a fresh PostgreSQL database. */
const scratchDatabase = (name: string): { uri: string; dialect: Booted['dialect'] } => {
  const tag = `${name.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${process.pid}`
  const base = process.env.TEST_POSTGRES_URI
  if (process.env.TEST_DATABASE === 'postgres') {
    if (!base) throw new Error('TEST_DATABASE=postgres needs TEST_POSTGRES_URI')
    const url = new URL(base)
    url.pathname = `/wuye_test_${tag}`
    return { uri: url.toString(), dialect: 'postgres' }
  }
  fs.mkdirSync(tmpDir, { recursive: true })
  const file = path.join(tmpDir, `${tag}.db`)
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true })
  return { uri: `file:${file}`, dialect: 'sqlite' }
}

const dropPostgresDatabase = async (uri: string) => {
  const target = new URL(uri)
  const name = target.pathname.slice(1)
  const admin = new URL(uri)
  admin.pathname = '/postgres'
  const client = new pg.Client({ connectionString: admin.toString() })
  await client.connect()
  try {
    // Let the closed pool's connections finish hanging up before the database goes: a connection
    // killed mid-goodbye reports an 'error' that nobody listens to any more.
    for (let i = 0; i < 50; i++) {
      const open = await client.query(
        'SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1',
        [name],
      )
      if (open.rows[0].n === 0) break
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

/**
 * Boots Payload once for a test file against its own scratch database, and returns a shutdown
 * that closes the database clients (payload.destroy() leaves them open, and jest would hang).
 */
export const bootPayload = async (
  name: string,
  env: Record<string, string | undefined> = {},
): Promise<Booted> => {
  const { uri, dialect } = scratchDatabase(name)
  process.env.DATABASE_URI = uri
  process.env.PAYLOAD_SECRET = 'test-secret-that-is-long-enough-0123456789'
  process.env.LOG_LEVEL ??= 'fatal'
  // Tests run the job queues by hand, so that what a test sees does not depend on a timer.
  process.env.DISABLE_JOB_RUNNER = 'true'
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[key]
    else process.env[key] = value
  }
  const { default: configPromise } = await import('@payload-config')
  const config = await configPromise
  const payload = await getPayload({ config })
  const shutdown = async () => {
    await closePayload(payload)
    if (dialect === 'postgres') await dropPostgresDatabase(uri).catch(() => undefined)
  }
  return { payload, config, dialect, shutdown }
}

type RestOptions = {
  body?: unknown
  token?: string
  headers?: Record<string, string>
  formData?: FormData
}

export type RestResponse<T = Record<string, unknown>> = {
  status: number
  body: T
  headers: Headers
}

/** Calls the real REST handlers in-process, as Next's route files do. */
export const restClient = (config: SanitizedConfig) => {
  const call = async <T = Record<string, unknown>>(
    method: string,
    pathAndQuery: string,
    options: RestOptions = {},
  ): Promise<RestResponse<T>> => {
    const headers = new Headers(options.headers)
    if (options.token) headers.set('Authorization', `JWT ${options.token}`)
    let body: BodyInit | undefined
    if (options.formData) body = options.formData
    else if (options.body !== undefined) {
      headers.set('Content-Type', 'application/json')
      body = JSON.stringify(options.body)
    }
    const request = new Request(`http://localhost:3000/api${pathAndQuery}`, {
      method,
      headers,
      body,
    })
    const response = await handleEndpoints({ config, request })
    if (response.headers.get('content-type')?.includes('application/pdf')) {
      // A PDF comes back as its bytes: the caller asks for `Uint8Array`.
      const bytes: unknown = new Uint8Array(await response.arrayBuffer())
      return { status: response.status, body: bytes as T, headers: response.headers }
    }
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : {}
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed as T, headers: response.headers }
  }
  return {
    get: <T = Record<string, unknown>>(p: string, o?: RestOptions) => call<T>('GET', p, o),
    post: <T = Record<string, unknown>>(p: string, o?: RestOptions) => call<T>('POST', p, o),
    patch: <T = Record<string, unknown>>(p: string, o?: RestOptions) => call<T>('PATCH', p, o),
    delete: <T = Record<string, unknown>>(p: string, o?: RestOptions) => call<T>('DELETE', p, o),
    /** Signs in through the REST login endpoint and returns the JWT. */
    login: async (email: string, password: string): Promise<string> => {
      const res = await call<{ token?: string; message?: string }>('POST', '/users/login', {
        body: { email, password },
      })
      if (res.status !== 200 || !res.body.token) {
        throw new Error(`login ${email} failed: ${res.status} ${JSON.stringify(res.body)}`)
      }
      return res.body.token
    },
  }
}

export type ErrorBody = {
  errors?: Array<{ message: string; data?: { errors?: Array<{ path: string }> } }>
}

/** The field paths a 400 names. */
export const errorPaths = (body: ErrorBody): string[] =>
  (body.errors ?? []).flatMap((error) => (error.data?.errors ?? []).map((e) => e.path))

/** Signs each member of staff in once per test file and remembers the token. */
export const tokenCache = (rest: ReturnType<typeof restClient>, password: string) => {
  const tokens = new Map<string, string>()
  return async (member: { email: string }) => {
    const known = tokens.get(member.email)
    if (known) return known
    const token = await rest.login(member.email, password)
    tokens.set(member.email, token)
    return token
  }
}
