/**
 * `npm run bench`: runs bench/run.ts once on a fresh SQLite file and once on a fresh PostgreSQL
 * database (BENCH_POSTGRES_URI, default the local server), and writes bench/results.md.
 * Targets are checked here, in the benchmark, never in a timed test.
 */
import { spawnSync } from 'child_process'
import fs from 'fs'
import os from 'os'
import path from 'path'

import pg from 'pg'

const root = process.cwd()
const tmp = path.join(root, 'bench/.tmp')
fs.mkdirSync(tmp, { recursive: true })

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }
type Result = {
  dialect: string
  residentCreates: { hooked: Summary; twin: Summary; ratio: number; auditEntries: number }
}

const postgresBase = process.env.BENCH_POSTGRES_URI || 'postgres://postgres@127.0.0.1:5432/postgres'

const withDatabase = (base: string, name: string) => {
  const url = new URL(base)
  url.pathname = `/${name}`
  return url.toString()
}

const dropPostgres = async (uri: string) => {
  const admin = new pg.Client({ connectionString: withDatabase(uri, 'postgres') })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS "${new URL(uri).pathname.slice(1)}" WITH (FORCE)`)
  await admin.end()
}

const runOn = (databaseUri: string): Result => {
  const child = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', path.join(root, 'bench/run.ts')],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URI: databaseUri, LOG_LEVEL: 'warn', NODE_OPTIONS: '' },
      maxBuffer: 64 * 1024 * 1024,
    },
  )
  const line = child.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '))
  if (child.status !== 0 || !line) {
    process.stderr.write(child.stdout + child.stderr)
    throw new Error(`benchmark on ${databaseUri.split('://')[0]} failed`)
  }
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as Result
}

const results: Result[] = []
const sqliteFile = path.join(tmp, 'bench.db')
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(sqliteFile + suffix, { force: true })
console.log('SQLite…')
results.push(runOn(`file:${sqliteFile}`))
const pgUri = withDatabase(postgresBase, `wuye_bench_${process.pid}`)
try {
  console.log('PostgreSQL…')
  results.push(runOn(pgUri))
} catch (error) {
  console.error(`PostgreSQL run skipped: ${(error as Error).message}`)
} finally {
  await dropPostgres(pgUri).catch(() => undefined)
}

const ms = (v: number) => v.toFixed(2)
const verdict = (ok: boolean) => (ok ? 'met' : '**not met**')
const lines = [
  '# Benchmark results',
  '',
  `Written by \`npm run bench\` on ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}.`,
  'Ratios compare two measurements taken in the same run, on the same database, so machine noise hits both sides.',
  '',
  '## Creating 1,000 residents: all hooks (audit log included) vs a hook-free twin collection',
  '',
  'Local API `payload.create`, one at a time, alternating blocks of 100 after a warm-up of 20. Target: ratio ≤ 1.5.',
  '',
  '| database | with hooks: total / mean / p95 (ms) | twin: total / mean / p95 (ms) | ratio | target | audit entries written |',
  '|---|---|---|---|---|---|',
  ...results.map((r) => {
    const { hooked, twin, ratio } = r.residentCreates
    return `| ${r.dialect} | ${ms(hooked.totalMs)} / ${ms(hooked.meanMs)} / ${ms(hooked.p95Ms)} | ${ms(twin.totalMs)} / ${ms(twin.meanMs)} / ${ms(twin.p95Ms)} | ${ratio.toFixed(2)} | ${verdict(ratio <= 1.5)} | ${r.residentCreates.auditEntries} |`
  }),
  '',
]
fs.writeFileSync(path.join(root, 'bench/results.md'), lines.join('\n'))
console.log(lines.join('\n'))
