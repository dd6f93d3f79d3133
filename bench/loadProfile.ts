/**
 * Where a request of the load benchmark's mix spends its CPU, with readable names (the production
 * bundle's are minified): Payload booted in this process on the database bench/load.ts prepared
 * (`npm run bench:load` with BENCH_LOAD_PREPARE_ONLY=1 first), as production (no schema push),
 * the mix sent through Payload's own REST handler (`handleEndpoints`) by 20 clients without pause
 * for BENCH_LOAD_SECONDS (default 30), profiled by V8 (the inspector's Profiler, around the loop
 * only). Prints the top items (bench/profileTop.ts) and the throughput.
 *
 *   node --conditions=development --import tsx bench/loadProfile.ts [sqlite|postgres] [out.cpuprofile]
 */
import fs from 'node:fs'
import { Session } from 'node:inspector/promises'
import path from 'node:path'

import type { Fixtures } from './loadMix'
import { MIX, floorKind, kindsFor } from './loadMix'
import { profileTop } from './profileTop'

const root = process.cwd()
const db = process.argv[2] ?? 'sqlite'
const out = path.resolve(process.argv[3] ?? `bench/.tmp/load-${db}-${Date.now()}.cpuprofile`)
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30)
const CLIENTS = Number(process.env.BENCH_LOAD_CLIENTS ?? 20)
// BENCH_LOAD_KINDS=dashboard,pdf profiles only those kinds of the mix (one kind's own cost).
const ONLY = process.env.BENCH_LOAD_KINDS?.split(',')
const fixtures = JSON.parse(
  fs.readFileSync(path.join(root, `bench/.tmp/load-fixtures-${db}.json`), 'utf8'),
) as Fixtures

Object.assign(process.env, {
  NODE_ENV: 'production',
  PAYLOAD_SECRET: 'a-load-bench-production-secret-of-more-than-32-characters',
  SERVER_URL: 'http://localhost:3300',
  DATABASE_URI:
    db === 'sqlite'
      ? `file:${path.join(root, 'bench/.tmp/load-sqlite.db')}`
      : (process.env.BENCH_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/postgres').replace(
          /\/[^/]*$/,
          '/wuye_load',
        ),
  DISABLE_JOB_RUNNER: 'true',
  LOG_LEVEL: 'error',
  UPLOAD_DIR: path.join(root, 'bench/.tmp/load-uploads'),
})

const { getPayload, handleEndpoints } = await import('payload')
const { default: configPromise } = await import('../payload.config')
const config = await configPromise
await getPayload({ config })

let shownErrors = 0
const call = async (method: string, route: string, token?: string, json?: unknown) => {
  const started = performance.now()
  const headers: Record<string, string> = {}
  if (token) headers.Authorization = `JWT ${token}`
  if (json !== undefined) headers['Content-Type'] = 'application/json'
  const response = await handleEndpoints({
    config,
    request: new Request(`http://localhost:3300${route}`, {
      method,
      headers,
      body: json !== undefined ? JSON.stringify(json) : undefined,
    }),
  })
  const body = await response.arrayBuffer()
  const ms = performance.now() - started
  if (response.status >= 300 && shownErrors++ < 3)
    console.error(
      `${method} ${route}: ${response.status} ${Buffer.from(body).toString('utf8').slice(0, 300)}`,
    )
  return { status: response.status, ms, bytes: body.byteLength }
}

const kinds = kindsFor(fixtures)
const tokens: Record<string, string> = {}
for (const role of new Set([...kinds, floorKind(fixtures)].map((k) => k.role))) {
  const res = await handleEndpoints({
    config,
    request: new Request('http://localhost:3300/api/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: role, password: 'Bench-Load-Passw0rd-2026!' }),
    }),
  })
  tokens[role] = ((await res.json()) as { token: string }).token
}
const byName = new Map(kinds.map((k) => [k.name, k]))
const send = (name: string, i: number) => {
  const kind = byName.get(name)!
  const [method, route, options] = kind.send(i)
  return call(method, route, tokens[kind.role], options?.json)
}
for (const k of kinds) await send(k.name, 900_000)

const mix = ONLY ? MIX.filter((name) => ONLY.includes(name)) : MIX
if (mix.length === 0) throw new Error(`BENCH_LOAD_KINDS names none of ${MIX.join(', ')}`)

const session = new Session()
session.connect()
await session.post('Profiler.enable')
await session.post('Profiler.setSamplingInterval', { interval: 500 })
await session.post('Profiler.start')
const times = new Map<string, number[]>()
let errors = 0
const started = performance.now()
const end = started + SECONDS * 1000
const counters = new Map<string, number>()
await Promise.all(
  Array.from({ length: CLIENTS }, async (_, c) => {
    for (let k = c; performance.now() < end; k++) {
      const name = mix[k % mix.length]
      const i = counters.get(name) ?? 0
      counters.set(name, i + 1)
      const r = await send(name, Number(process.env.BENCH_LOAD_OFFSET ?? 2000) + i)
      if (r.status < 200 || r.status >= 300) errors++
      times.set(name, [...(times.get(name) ?? []), r.ms])
    }
  }),
)
const wall = (performance.now() - started) / 1000
const { profile } = await session.post('Profiler.stop')
fs.mkdirSync(path.dirname(out), { recursive: true })
fs.writeFileSync(out, JSON.stringify(profile))
const total = [...times.values()].reduce((s, t) => s + t.length, 0)
console.log(
  `${db}, in-process, ${CLIENTS} clients, ${wall.toFixed(0)} s: ${(total / wall).toFixed(1)} requests/s, ${errors} errors; mean ms: ${[
    ...times.entries(),
  ]
    .map(([k, t]) => `${k} ${(t.reduce((a, b) => a + b, 0) / t.length).toFixed(0)}`)
    .join(', ')}`,
)
console.log(profileTop(out, 30))
process.exit(0)
