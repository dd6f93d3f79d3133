/**
 * `npm run bench:load`: the production build under a staff mix, as issue 19 item 5 asks. For each
 * set-up (SQLite one process, PostgreSQL one and two processes) it prepares a database as an
 * operator would (migrations, the demo estate, then 100,000 complaints by the bulk insert of
 * bench/complaintData.ts), serves the build with `npm start` (scripts/serve.mjs, started as the
 * fault script starts it: scripts/productionServer.ts), signs each role in through
 * `/api/users/login`, and measures:
 *   - one client: each kind alone, sequentially, against the floor (an administrator's bare Payload
 *     REST read of the same complaints, depth 0);
 *   - closed loop: BENCH_LOAD_CLIENTS (20) clients without pause for BENCH_LOAD_SECONDS (60);
 *   - open loop: BENCH_LOAD_RATE (20) requests a second offered for BENCH_LOAD_SECONDS, latency
 *     counted from when each request was due (a queue behind the server counts).
 * Each set-up's figures are kept in bench/.tmp/load-results.json, so that subsets run by separate
 * commands end up in one section of bench/results.md ("Load").
 *
 *   BENCH_LOAD_DB          sqlite,postgres (default both)
 *   BENCH_LOAD_PROCESSES   PostgreSQL's process counts (default 1,2)
 *   BENCH_LOAD_SHAPES      single,closed,open (default all)
 *   BENCH_LOAD_SECONDS     each loop's length (default 60)
 *   BENCH_LOAD_REUSE=1     keep the database prepared by an earlier run (skips seeding)
 *   BENCH_LOAD_JOBS=1      the server's job runner on (off by default; see runSetUp)
 *   BENCH_LOAD_PREPARE_ONLY=1  prepare the databases and stop (then run with BENCH_LOAD_REUSE=1)
 *   BENCH_LOAD_PROFILE=dir one process with `node --cpu-prof` into dir; prints the top functions
 *   BENCH_POSTGRES_URI     the PostgreSQL server (default postgres://postgres@127.0.0.1:5432/postgres)
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

import { startMailbox } from '../test/helpers/smtp'
import type { Answer, Server } from '../scripts/productionServer'
import {
  cpuSeconds,
  requester,
  rss,
  sleep,
  startProductionServer,
} from '../scripts/productionServer'

import type { Fixtures, Kind } from './loadMix'
import { MIX, floorKind, kindsFor } from './loadMix'
import { profileTop } from './profileTop'

const root = process.cwd()
const tmp = path.join(root, 'bench/.tmp')
fs.mkdirSync(tmp, { recursive: true })
const env = process.env
const SECONDS = Number(env.BENCH_LOAD_SECONDS ?? 60)
const CLIENTS = Number(env.BENCH_LOAD_CLIENTS ?? 20)
const RATE = Number(env.BENCH_LOAD_RATE ?? 20)
const SINGLE = Number(env.BENCH_LOAD_SINGLE ?? 20)
const DBS = (env.BENCH_LOAD_DB ?? 'sqlite,postgres').split(',')
const PROCESSES = (env.BENCH_LOAD_PROCESSES ?? '1,2').split(',').map(Number)
const SHAPES = (env.BENCH_LOAD_SHAPES ?? 'single,closed,open').split(',')
const PROFILE = env.BENCH_LOAD_PROFILE ? path.resolve(env.BENCH_LOAD_PROFILE) : null
const PORT = 3300
const SEED_PASSWORD = 'Bench-Load-Passw0rd-2026!'
const PG_SERVER = new URL(env.BENCH_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/postgres')
const PG_DATABASE = new URL(PG_SERVER)
PG_DATABASE.pathname = '/wuye_load'
const request = requester(PORT)

// ---------------------------------------------------------------------------------------------
// The build.

/** The newest modification time under the app's sources (what `next build` compiles). */
const newestSource = () => {
  let newest = 0
  const walk = (p: string) => {
    const stat = fs.statSync(p)
    if (stat.isDirectory()) for (const f of fs.readdirSync(p)) walk(path.join(p, f))
    else newest = Math.max(newest, stat.mtimeMs)
  }
  for (const p of ['src', 'payload.config.ts', 'next.config.ts', 'package.json']) {
    if (fs.existsSync(path.join(root, p))) walk(path.join(root, p))
  }
  return newest
}

const ensureBuild = () => {
  const id = path.join(root, '.next/BUILD_ID')
  if (fs.existsSync(id) && fs.statSync(id).mtimeMs > newestSource()) {
    console.log('The build in .next is newer than the sources: reused.')
    return
  }
  console.log('npm run build …')
  const built = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (built.status === 0) return
  // Turbopack refuses a node_modules that is a symbolic link out of the project (a git worktree
  // sharing another's); webpack builds the same app.
  if (fs.lstatSync(path.join(root, 'node_modules')).isSymbolicLink()) {
    console.log('Turbopack failed on the linked node_modules: next build --webpack …')
    const webpack = spawnSync('npx', ['next', 'build', '--webpack'], {
      cwd: root,
      stdio: 'inherit',
    })
    if (webpack.status === 0) return
  }
  throw new Error('the build failed')
}

// ---------------------------------------------------------------------------------------------
// The database.

const production = (uri: string) => ({
  NODE_ENV: 'production' as const,
  PAYLOAD_SECRET: 'a-load-bench-production-secret-of-more-than-32-characters',
  SERVER_URL: `http://localhost:${PORT}`,
  DATABASE_URI: uri,
})

const sqliteFile = path.join(tmp, 'load-sqlite.db')
const uriOf = (db: string) =>
  db === 'sqlite' ? `file:${sqliteFile}` : (PG_DATABASE.toString() as string)

const prepareDatabase = async (db: string): Promise<Fixtures> => {
  const saved = path.join(tmp, `load-fixtures-${db}.json`)
  if (env.BENCH_LOAD_REUSE === '1' && fs.existsSync(saved)) {
    console.log(`${db}: the database prepared earlier is reused (BENCH_LOAD_REUSE=1).`)
    return JSON.parse(fs.readFileSync(saved, 'utf8')) as Fixtures
  }
  if (db === 'sqlite') {
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqliteFile + suffix, { force: true })
  } else {
    const client = new pg.Client({ connectionString: PG_SERVER.toString() })
    await client.connect()
    await client.query('DROP DATABASE IF EXISTS wuye_load WITH (FORCE)')
    await client.query('CREATE DATABASE wuye_load')
    await client.end()
  }
  const uri = uriOf(db)
  const migrate = spawnSync('npm', ['run', '--silent', 'migrate'], {
    cwd: root,
    env: { ...env, ...production(uri) },
    encoding: 'utf8',
  })
  if (migrate.status !== 0) throw new Error(`migrate failed: ${migrate.stderr}`)
  console.log(`${db}: migrated; the demo estate and the complaints …`)
  const fixtures = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', path.join(root, 'bench/loadFixtures.ts')],
    {
      cwd: root,
      env: {
        ...env,
        ...production(uri),
        SEED_PASSWORD,
        DISABLE_JOB_RUNNER: 'true',
        LOG_LEVEL: 'error',
        UPLOAD_DIR: path.join(tmp, 'load-uploads'),
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  if (fixtures.status !== 0) throw new Error(`fixtures failed: ${fixtures.stderr}`)
  const parsed = JSON.parse(fixtures.stdout.trim().split('\n').pop()!) as Fixtures
  fs.writeFileSync(saved, JSON.stringify(parsed))
  console.log(
    `${db}: seeded in ${parsed.seedSeconds.toFixed(0)} s, ${parsed.complaints} complaints (bulk ${parsed.bulkSeconds.toFixed(0)} s).`,
  )
  return parsed
}

// ---------------------------------------------------------------------------------------------
// Measuring.

type Sample = { kind: string; status: number; ms: number; at: number; body?: string }

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? NaN
    : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

type KindStats = {
  n: number
  errors: number
  meanMs: number
  p50Ms: number
  p95Ms: number
  p99Ms: number
  firstError?: string
}
const stats = (samples: Sample[]): KindStats => {
  const ok = samples.filter((s) => s.status >= 200 && s.status < 300)
  const times = samples.map((s) => s.ms).sort((a, b) => a - b)
  const bad = samples.find((s) => !(s.status >= 200 && s.status < 300))
  return {
    n: samples.length,
    errors: samples.length - ok.length,
    meanMs: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length),
    p50Ms: percentile(times, 50),
    p95Ms: percentile(times, 95),
    p99Ms: percentile(times, 99),
    firstError: bad ? `${bad.status} ${(bad.body ?? '').slice(0, 160)}` : undefined,
  }
}
const byKind = (samples: Sample[], kinds: string[]) =>
  Object.fromEntries(kinds.map((k) => [k, stats(samples.filter((s) => s.kind === k))]))

const send = async (kind: Kind, i: number, tokens: Record<string, string>): Promise<Answer> => {
  const [method, route, options] = kind.send(i)
  return request(method, route, { ...options, token: tokens[kind.role], timeoutMs: 30_000 })
}

/** Server memory and CPU while a loop runs: every process of the server, PostgreSQL's, ours. */
const watch = (server: Server, db: string) => {
  const pids = server.workers()
  const pgPids = () =>
    db === 'postgres'
      ? spawnSync('ps', ['-C', 'postgres', '-o', 'pid='], { encoding: 'utf8' })
          .stdout.split('\n')
          .map(Number)
          .filter(Boolean)
      : []
  const pgStart = new Map(pgPids().map((p) => [p, cpuSeconds(p)]))
  const serverStart = pids.map(cpuSeconds)
  const supervisor = pids.includes(server.proc.pid!) ? null : server.proc.pid!
  const supervisorStart = supervisor ? cpuSeconds(supervisor) : 0
  const ownStart = process.cpuUsage()
  const started = performance.now()
  let peak = 0
  const perProcessPeak = pids.map(() => 0)
  const timer = setInterval(() => {
    const each = pids.map(rss)
    each.forEach((m, i) => (perProcessPeak[i] = Math.max(perProcessPeak[i], m)))
    peak = Math.max(
      peak,
      each.reduce((a, b) => a + b, 0),
    )
  }, 1000)
  return () => {
    clearInterval(timer)
    const wall = (performance.now() - started) / 1000
    const pgUsed = pgPids().reduce((sum, p) => sum + cpuSeconds(p) - (pgStart.get(p) ?? 0), 0)
    const own = process.cpuUsage(ownStart)
    const serverUsed = pids.map((p, i) => cpuSeconds(p) - serverStart[i])
    return {
      rssPeakMb: Math.round(peak),
      rssPerProcessMb: perProcessPeak.map(Math.round),
      cpu: {
        // Cores busy on average over the loop (the machine has os.cpus().length).
        server: serverUsed.map((s) => +(s / wall).toFixed(2)),
        supervisor: supervisor
          ? +((cpuSeconds(supervisor) - supervisorStart) / wall).toFixed(2)
          : 0,
        postgres: +(pgUsed / wall).toFixed(2),
        generator: +((own.user + own.system) / 1e6 / wall).toFixed(2),
      },
    }
  }
}

const singleClient = async (kinds: Kind[], tokens: Record<string, string>) => {
  const samples: Sample[] = []
  for (const kind of kinds) {
    for (let i = 0; i < SINGLE + 3; i++) {
      const answer = await send(kind, i, tokens)
      if (i >= 3)
        samples.push({
          kind: kind.name,
          status: answer.status,
          ms: answer.ms,
          at: 0,
          body: answer.body,
        })
    }
  }
  return byKind(
    samples,
    kinds.map((k) => k.name),
  )
}

const closedLoop = async (
  kinds: Kind[],
  tokens: Record<string, string>,
  server: Server,
  db: string,
) => {
  const byName = new Map(kinds.map((k) => [k.name, k]))
  const samples: Sample[] = []
  const counters = new Map<string, number>()
  const stop = watch(server, db)
  const started = performance.now()
  const end = started + SECONDS * 1000
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let k = c; performance.now() < end; k++) {
        const kind = byName.get(MIX[k % MIX.length])!
        const i = counters.get(kind.name) ?? 0
        counters.set(kind.name, i + 1)
        const answer = await send(kind, 1000 + i, tokens)
        samples.push({
          kind: kind.name,
          status: answer.status,
          ms: answer.ms,
          at: performance.now() - started,
          body: answer.body,
        })
      }
    }),
  )
  const wall = (performance.now() - started) / 1000
  const resources = stop()
  return {
    seconds: +wall.toFixed(1),
    requests: samples.length,
    throughput: +(samples.length / wall).toFixed(1),
    errors: samples.filter((s) => !(s.status >= 200 && s.status < 300)).length,
    ...resources,
    kinds: byKind(
      samples,
      kinds.map((k) => k.name),
    ),
  }
}

const openLoop = async (
  kinds: Kind[],
  tokens: Record<string, string>,
  server: Server,
  db: string,
) => {
  const byName = new Map(kinds.map((k) => [k.name, k]))
  const samples: Sample[] = []
  const counters = new Map<string, number>()
  const stop = watch(server, db)
  const interval = 1000 / RATE
  const total = Math.round(SECONDS * RATE)
  const started = performance.now()
  const inFlight: Array<Promise<void>> = []
  for (let n = 0; n < total; n++) {
    const due = started + n * interval
    const wait = due - performance.now()
    if (wait > 0) await sleep(wait)
    const kind = byName.get(MIX[n % MIX.length])!
    const i = counters.get(kind.name) ?? 0
    counters.set(kind.name, i + 1)
    inFlight.push(
      send(kind, 5000 + i, tokens).then((answer) => {
        // From when it was due: a request the generator sent late still counts its wait.
        const ms = performance.now() - due
        samples.push({
          kind: kind.name,
          status: answer.status,
          ms,
          at: due - started,
          body: answer.body,
        })
      }),
    )
  }
  await Promise.all(inFlight)
  const wall = (performance.now() - started) / 1000
  const resources = stop()
  const reads = samples.filter((s) => !byName.get(s.kind)!.write)
  const writes = samples.filter((s) => byName.get(s.kind)!.write)
  return {
    offered: RATE,
    seconds: +wall.toFixed(1),
    requests: samples.length,
    throughput: +(samples.length / wall).toFixed(1),
    errors: samples.filter((s) => !(s.status >= 200 && s.status < 300)).length,
    reads: stats(reads),
    writes: stats(writes),
    ...resources,
    kinds: byKind(
      samples,
      kinds.map((k) => k.name),
    ),
  }
}

// ---------------------------------------------------------------------------------------------

type SetUp = {
  key: string
  db: string
  processes: number
  at: string
  machine: string
  loadBefore: number[]
  loadAfter: number[]
  complaints: number
  rssIdleMb: number[]
  single?: Record<string, KindStats>
  closed?: Awaited<ReturnType<typeof closedLoop>>
  open?: Awaited<ReturnType<typeof openLoop>>
  seconds: number
  profile?: string
}

const runSetUp = async (db: string, processes: number, fixtures: Fixtures): Promise<SetUp> => {
  const loadBefore = os.loadavg().map((l) => +l.toFixed(2))
  const mailbox = await startMailbox()
  const uploads = path.join(tmp, 'load-uploads')
  fs.mkdirSync(uploads, { recursive: true })
  const profileDir = PROFILE ? path.join(PROFILE, `${db}-${Date.now()}`) : null
  const server = await startProductionServer({
    root,
    port: PORT,
    processes,
    nodeArgs: profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [],
    env: {
      ...production(uriOf(db)),
      UPLOAD_DIR: uploads,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.port),
      SMTP_SECURE: 'false',
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'kefu@wuye.test',
      LOG_LEVEL: 'error',
      // The job runner is off unless BENCH_LOAD_JOBS=1: over the bulk year its scheduled checks
      // find thousands of overdue complaints at once, and a scheduled backup may start, which
      // no office meets at once (the first runs with it on are kept in the section's notes).
      DISABLE_JOB_RUNNER: env.BENCH_LOAD_JOBS === '1' ? '' : 'true',
    },
  })
  const result: SetUp = {
    key: `${db}-${processes}`,
    db,
    processes,
    at: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GB, Node ${process.version}`,
    loadBefore,
    loadAfter: [],
    complaints: fixtures.complaints,
    rssIdleMb: [],
    seconds: SECONDS,
  }
  try {
    const kinds = kindsFor(fixtures)
    const tokens: Record<string, string> = {}
    for (const role of new Set([...kinds, floorKind(fixtures)].map((k) => k.role))) {
      const res = await request('POST', '/api/users/login', {
        json: { email: role, password: SEED_PASSWORD },
      })
      if (res.status !== 200) throw new Error(`sign-in of ${role}: ${res.status} ${res.body}`)
      tokens[role] = JSON.parse(res.body).token as string
    }
    // The complaints still registered (an earlier run on this database dispatched some): the
    // action takes each once.
    const still: number[] = []
    for (let page = 1; page <= 20; page++) {
      const res = await request(
        'GET',
        `/api/complaints?where[status][equals]=registered&where[number][like]=TS-BENCH&sort=id&limit=100&page=${page}&depth=0&select[number]=true`,
        { token: tokens['dispatcher@demo.local'] },
      )
      const docs = res.status === 200 ? (JSON.parse(res.body).docs as Array<{ id: number }>) : []
      still.push(...docs.map((d) => d.id))
      if (docs.length < 100) break
    }
    fixtures.registered.splice(0, fixtures.registered.length, ...still)
    // Warm every route once (the first request of each compiles and fills caches).
    for (const kind of [...kinds, floorKind(fixtures)]) await send(kind, 999_999, tokens)
    result.rssIdleMb = server.workers().map((p) => Math.round(rss(p)))
    if (SHAPES.includes('single') && !PROFILE) {
      console.log(`${result.key}: one client …`)
      result.single = await singleClient([floorKind(fixtures), ...kinds], tokens)
    }
    if (SHAPES.includes('closed') || PROFILE) {
      console.log(`${result.key}: closed loop, ${CLIENTS} clients, ${SECONDS} s …`)
      result.closed = await closedLoop(kinds, tokens, server, db)
    }
    if (SHAPES.includes('open') && !PROFILE) {
      console.log(`${result.key}: open loop, ${RATE}/s, ${SECONDS} s …`)
      result.open = await openLoop(kinds, tokens, server, db)
    }
  } finally {
    await server.stop()
    await mailbox.close()
  }
  if (profileDir) {
    const file = fs.readdirSync(profileDir).find((f) => f.endsWith('.cpuprofile'))
    if (file) {
      result.profile = path.join(profileDir, file)
      console.log(profileTop(path.join(profileDir, file), 25))
    }
  }
  result.loadAfter = os.loadavg().map((l) => +l.toFixed(2))
  return result
}

// ---------------------------------------------------------------------------------------------
// bench/results.md

const fmt = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : n.toFixed(0))
const TITLE = '## Load (`npm run bench:load`)'

const KIND_ORDER = [
  'floor',
  'list',
  'read',
  'dashboard',
  'registers',
  'pdf',
  'registration',
  'action',
]

const section = (results: Record<string, SetUp>) => {
  const setUps = ['sqlite-1', 'postgres-1', 'postgres-2'].map((k) => results[k]).filter(Boolean)
  const name = (s: SetUp) =>
    `${s.db === 'sqlite' ? 'SQLite' : 'PostgreSQL'}, ${s.processes} process${s.processes > 1 ? 'es' : ''}`
  const lines = [
    TITLE,
    '',
    'The production build (`next build`) served by `npm start` (`scripts/serve.mjs`; `WEB_CONCURRENCY=2` for two processes) on a database prepared as an operator would: the committed migrations, the demo estate (`seed/`, every hook), then 100,000 complaints by the bulk insert of `bench/complaintData.ts` and the dashboard’s closed months as the nightly job keeps them. Every role signs in through `/api/users/login`; the job runner is off (`BENCH_LOAD_JOBS=1` turns it on; see the notes); mail goes to an in-process SMTP server. A new connection per request (so the cluster spreads them). Kinds: ' +
      KIND_ORDER.map((k) => `**${k}**`).join(', ') +
      ' — list = `GET /api/complaints` with status and category filters, sorted, 20 a page (clerk); read = one complaint at depth 1 (clerk); dashboard = `GET /api/dashboard` (director); registers = the visitors register for 7 days as JSON (site captain); pdf = the complaint slip PDF (clerk); registration = `POST /api/complaints?depth=0` (clerk, as the admin’s form posts it); action = the workflow’s dispatch (dispatcher); floor = an administrator’s bare `GET /api/complaints/:id?depth=0` of the same complaints. The loops run the mix list 3 : read 3 : one each of the rest. Closed loop: 20 clients without pause; open loop: 20 requests a second offered at a steady pace, latency counted from when each request was due.',
    '',
    '**Read each run with its load average** (before and after, given under its heading): on these 2-core machines anything else running — a test suite, a build, another benchmark — lowers throughput and raises latency, so a run beside other work is a lower bound of what the build does alone.',
    '',
  ]
  for (const s of setUps) {
    lines.push(
      `### ${name(s)} — ${s.at.slice(0, 16).replace('T', ' ')} UTC`,
      '',
      `${s.machine}; ${s.complaints.toLocaleString('en')} complaints; loops of ${s.seconds} s; load average before ${s.loadBefore.join(' / ')}, after ${s.loadAfter.join(' / ')}; server RSS after warm-up ${s.rssIdleMb.join(' + ')} MB.`,
      '',
    )
    const floor = s.single?.floor?.meanMs
    lines.push(
      '| kind | 1 client mean | ×floor | closed p50 | closed p95 | closed p99 | closed n | open p50 | open p95 | open p99 | errors (1 / closed / open) |',
      '|---|---|---|---|---|---|---|---|---|---|---|',
    )
    for (const k of KIND_ORDER) {
      const one = s.single?.[k]
      const c = s.closed?.kinds[k]
      const o = s.open?.kinds[k]
      if (!one && !c && !o) continue
      lines.push(
        `| ${k} | ${fmt(one?.meanMs)} | ${one && floor ? (one.meanMs / floor).toFixed(1) : '–'} | ${fmt(c?.p50Ms)} | ${fmt(c?.p95Ms)} | ${fmt(c?.p99Ms)} | ${c?.n ?? '–'} | ${fmt(o?.p50Ms)} | ${fmt(o?.p95Ms)} | ${fmt(o?.p99Ms)} | ${one?.errors ?? '–'} / ${c?.errors ?? '–'} / ${o?.errors ?? '–'} |`,
      )
    }
    lines.push('')
    const cpu = (r: {
      cpu: { server: number[]; supervisor: number; postgres: number; generator: number }
    }) =>
      `CPU (cores busy): server ${r.cpu.server.join(' + ')}${r.cpu.supervisor ? `, supervisor ${r.cpu.supervisor}` : ''}${s.db === 'postgres' ? `, PostgreSQL ${r.cpu.postgres}` : ''}, load generator ${r.cpu.generator}`
    if (s.closed)
      lines.push(
        `- **Closed loop**: ${s.closed.throughput} requests/s (${s.closed.requests} in ${s.closed.seconds} s), ${s.closed.errors} errors; server RSS peak ${s.closed.rssPeakMb} MB (${s.closed.rssPerProcessMb.join(' + ')}); ${cpu(s.closed)}.`,
      )
    if (s.open)
      lines.push(
        `- **Open loop** (${s.open.offered}/s offered): ${s.open.throughput} served/s, ${s.open.errors} errors; reads p95 ${fmt(s.open.reads.p95Ms)} ms (p99 ${fmt(s.open.reads.p99Ms)}), writes p95 ${fmt(s.open.writes.p95Ms)} ms (p99 ${fmt(s.open.writes.p99Ms)}); server RSS peak ${s.open.rssPeakMb} MB; ${cpu(s.open)}.`,
      )
    const errs = Object.entries({ ...s.single, ...s.closed?.kinds, ...s.open?.kinds })
      .filter(([, v]) => v.firstError)
      .map(([k, v]) => `${k}: ${v.firstError}`)
    if (errs.length) lines.push(`- First errors: ${errs.join('; ')}`)
    lines.push('')
  }
  return lines
}

const writeResults = (results: Record<string, SetUp>) => {
  const lines = section(results)
  const file = path.join(root, 'bench/results.md')
  const current = fs.readFileSync(file, 'utf8')
  const start = current.indexOf(TITLE)
  const rest = start >= 0 ? current.slice(start + TITLE.length) : ''
  const next = rest.search(/\n## /)
  const before = start >= 0 ? current.slice(0, start) : current.trimEnd() + '\n\n'
  const after = start >= 0 && next >= 0 ? rest.slice(next + 1) : ''
  fs.writeFileSync(file, before + lines.join('\n') + (after ? '\n' + after : ''))
  console.log('\n' + lines.join('\n'))
}

const main = async () => {
  ensureBuild()
  const store = path.join(tmp, 'load-results.json')
  const results: Record<string, SetUp> = fs.existsSync(store)
    ? (JSON.parse(fs.readFileSync(store, 'utf8')) as Record<string, SetUp>)
    : {}
  for (const db of DBS) {
    const fixtures = await prepareDatabase(db)
    if (env.BENCH_LOAD_PREPARE_ONLY === '1') continue
    const counts = db === 'sqlite' ? [1] : PROCESSES
    for (const processes of PROFILE ? [1] : counts) {
      const result = await runSetUp(db, processes, fixtures)
      if (PROFILE) {
        console.log(JSON.stringify({ closed: result.closed }, null, 1))
        continue
      }
      results[result.key] = result
      fs.writeFileSync(store, JSON.stringify(results, null, 1))
    }
  }
  if (!PROFILE && env.BENCH_LOAD_PREPARE_ONLY !== '1') writeResults(results)
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
