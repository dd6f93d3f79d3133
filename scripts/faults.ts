/**
 * `npm run test:faults`: what the production server does when things go wrong, on PostgreSQL,
 * with the built app (`npm run build` first) served by `npm start` as an operator runs it. Not
 * part of `npm test`: it restarts the PostgreSQL cluster it uses (give it one of its own, below),
 * mounts a small tmpfs (needs root) and takes about 15 minutes. It prints a table and writes it
 * to bench/results.md ("Faults"). Exit code 1 when any check fails.
 *
 *   FAULTS_POSTGRES_URI   server to use (default postgres://postgres@127.0.0.1:5432/postgres);
 *                         a database `wuye_faults` is made afresh there, and the Debian cluster
 *                         listening on its port is the one restarted (e.g. a cluster of its own:
 *                         `pg_createcluster 15 faults --port 5433 --start`, trust on 127.0.0.1)
 *   FAULTS_SOAK_MINUTES   length of the soak (default 10)
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import PDFDocument from 'pdfkit'

import { lexicalFromText } from '../src/lib/lexical'
import { startMailbox } from '../test/helpers/smtp'
import type { Mailbox } from '../test/helpers/smtp'
import { TEST_PASSWORD as PASSWORD } from '../test/helpers/staff'

import type { Answer, Server } from './productionServer'
import {
  HUNG,
  NO_CONNECTION,
  requester,
  rss,
  sleep,
  startProductionServer,
} from './productionServer'

const root = process.cwd()
const SERVER = new URL(
  process.env.FAULTS_POSTGRES_URI ?? 'postgres://postgres@127.0.0.1:5432/postgres',
)
const DATABASE = new URL(SERVER)
DATABASE.pathname = '/wuye_faults'
const DATABASE_URI = DATABASE.toString()
const PORT = 3200
const SOAK_MINUTES = Number(process.env.FAULTS_SOAK_MINUTES ?? 10)
const work = path.join(os.tmpdir(), `wuye-faults-${process.pid}`)
/** `FAULTS_SCENARIOS=processes,kill,postgres,volume,soak` (default all) runs some of them. */
const want = (scenario: string) =>
  !process.env.FAULTS_SCENARIOS || process.env.FAULTS_SCENARIOS.split(',').includes(scenario)
const UPLOADS = path.join(work, 'uploads')

type Check = { scenario: string; check: string; figure: string; ok: boolean }
const checks: Check[] = []
const check = (scenario: string, name: string, figure: string | number, ok: boolean) => {
  checks.push({ scenario, check: name, figure: String(figure), ok })
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${scenario} — ${name}: ${figure}`)
}

// HTTP: a new connection per request (scripts/productionServer.ts); 15 s without an answer
// counts as hung.
const request = requester(PORT)

const signIn = async (email: string, password = PASSWORD) => {
  const res = await request('POST', '/api/users/login', { json: { email, password } })
  if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${res.body}`)
  return JSON.parse(res.body).token as string
}

// ---------------------------------------------------------------------------------------------
// The database and the server.

/**
 * The Debian cluster (version, name) that listens on the URI's port: the one the PostgreSQL
 * scenario restarts. Run the script against a cluster of its own (FAULTS_POSTGRES_URI, README →
 * Operating it) and nothing else on the machine sees the restart.
 */
const clusterServing = (uri: URL): [string, string] => {
  const port = uri.port || '5432'
  const listed = spawnSync('pg_lsclusters', ['--no-header'], { encoding: 'utf8' })
  for (const line of listed.stdout.split('\n')) {
    const [version, name, clusterPort] = line.trim().split(/\s+/)
    if (clusterPort === port) return [version, name]
  }
  throw new Error(`no PostgreSQL cluster of this machine listens on port ${port} (pg_lsclusters)`)
}

/**
 * The rows of the last Faults table whose scenario this run did not run (a row without a run
 * time is given the time of the table's "Run on" line).
 */
const keptRows = (current: string, heading: string, ran: Check[]): string[] => {
  const start = current.indexOf(heading)
  if (start < 0) return []
  const rest = current.slice(start + heading.length)
  const end = rest.search(/\n## /)
  const section = end >= 0 ? rest.slice(0, end) : rest
  const lastRun =
    /[Rr]un on (\d{4}-\d\d-\d\dT\d\d:\d\d)/.exec(section)?.[1]?.replace('T', ' ') ?? ''
  const scenarios = new Set(ran.map((c) => c.scenario))
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| scenario |'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| | \|$/g, '')))
    .filter((cells) => cells.length >= 4 && !scenarios.has(cells[0]))
    .map(
      (cells) =>
        `| ${cells[0]} | ${cells[1]} | ${cells[2]} | ${cells[3]} | ${cells[4] ?? lastRun} |`,
    )
}

const admin = async <T>(fn: (client: pg.Client) => Promise<T>, uri = SERVER.toString()) => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}
const sql = <R extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
  admin(async (c) => (await c.query<R>(text, values)).rows, DATABASE_URI)

/** What every child process of this script is given besides its own settings. */
const PRODUCTION = {
  NODE_ENV: 'production' as const,
  PAYLOAD_SECRET: 'a-faults-production-secret-of-more-than-32-characters',
  SERVER_URL: `http://localhost:${PORT}`,
  DATABASE_URI,
}

const prepareDatabase = async () => {
  await admin(async (c) => {
    await c.query('DROP DATABASE IF EXISTS wuye_faults WITH (FORCE)')
    await c.query('CREATE DATABASE wuye_faults')
  })
  const migrate = spawnSync('npm', ['run', '--silent', 'migrate'], {
    cwd: root,
    env: { ...process.env, ...PRODUCTION },
    encoding: 'utf8',
  })
  if (migrate.status !== 0) throw new Error(`migrate failed: ${migrate.stderr}`)
  // Staff, units and residents through Payload itself, in a child (it boots the whole config).
  const fixtures = spawnSync(
    process.execPath,
    ['--conditions=development', '--import', 'tsx', path.join(root, 'scripts/faultsFixtures.ts')],
    {
      cwd: root,
      env: { ...process.env, ...PRODUCTION, DISABLE_JOB_RUNNER: 'true', LOG_LEVEL: 'error' },
      encoding: 'utf8',
    },
  )
  if (fixtures.status !== 0) throw new Error(`fixtures failed: ${fixtures.stderr}`)
  return JSON.parse(fixtures.stdout.trim().split('\n').pop()!) as {
    units: number[]
    residents: number[]
  }
}

const startServer = (mailbox: Mailbox, processes: number, uploads = UPLOADS): Promise<Server> =>
  startProductionServer({
    root,
    port: PORT,
    processes,
    env: {
      ...PRODUCTION,
      UPLOAD_DIR: uploads,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(mailbox.port),
      SMTP_SECURE: 'false',
      SMTP_IGNORE_TLS: 'true',
      SMTP_FROM: 'kefu@wuye.test',
      JOBS_STUCK_AFTER_MINUTES: '1',
      LOG_LEVEL: 'fatal',
      DISABLE_JOB_RUNNER: '',
    },
  })

/** The server process whose database connection holds the job runner's lock. */
const leaseHolder = async (): Promise<number | null> => {
  const rows = await sql<{ port: number }>(
    `SELECT a.client_port AS port FROM pg_locks l JOIN pg_stat_activity a USING (pid)
     WHERE l.locktype = 'advisory' AND l.granted
       AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
  )
  if (!rows[0]) return null
  const out = spawnSync('ss', ['-tnpH', `( sport = :${rows[0].port} )`], { encoding: 'utf8' })
  const pid = /pid=(\d+)/.exec(out.stdout)?.[1]
  return pid ? Number(pid) : null
}

// ---------------------------------------------------------------------------------------------
// What the clients do.

let fixtures: { units: number[]; residents: number[] }
let n = 0
const register = (token: string, category = 'renovation-noise') => {
  const i = n++
  return request('POST', '/api/complaints', {
    token,
    json: {
      kind: 'complaint',
      channel: 'phone',
      category,
      unit: fixtures.units[i % fixtures.units.length],
      resident: fixtures.residents[i % fixtures.residents.length],
      description: lexicalFromText(`故障演练 ${i}`),
    },
  })
}

const numberOf = (answer: Answer) => {
  try {
    return JSON.parse(answer.body).doc?.number as string | undefined
  } catch {
    return undefined
  }
}

/** A valid PDF of about `kb` kilobytes: uncompressed lines of random words. */
const pdfOf = (kb: number) =>
  new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument({ compress: false })
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    const words = () => Array.from({ length: 12 }, () => Math.random().toString(36).slice(2, 8))
    for (let written = 0; written < kb * 1024;) {
      const line = words().join(' ')
      doc.text(line)
      written += 320 // what one line costs in an uncompressed PDF
    }
    doc.end()
  })

const upload = async (token: string, file: Buffer, name: string) => {
  const boundary = `----faults${Math.random().toString(16).slice(2)}`
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    file,
    Buffer.from(
      `\r\n--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ description: name })}\r\n--${boundary}--\r\n`,
    ),
  ])
  return request('POST', '/api/attachments', {
    token,
    body,
    type: `multipart/form-data; boundary=${boundary}`,
  })
}

/** `clients` loops of `step` until `stop()`; every answer kept. */
const load = (clients: number, step: (client: number) => Promise<Answer>) => {
  let running = true
  const answers: Answer[] = []
  const loops = Array.from({ length: clients }, async (_, c) => {
    while (running) answers.push(await step(c))
  })
  return {
    answers,
    stop: async () => {
      running = false
      await Promise.all(loops)
      return answers
    },
  }
}

const tally = (answers: Answer[]) => ({
  ok: answers.filter((a) => a.status >= 200 && a.status < 300).length,
  unavailable: answers.filter((a) => a.status === 503).length,
  serverErrors: answers.filter((a) => a.status >= 500 && a.status !== 503).length,
  refused: answers.filter((a) => a.status >= 400 && a.status < 500).length,
  dropped: answers.filter((a) => a.status === NO_CONNECTION).length,
  hung: answers.filter((a) => a.status === HUNG).length,
})

/** Mail with this text in its subject, once the urgent queue (every 10 s) has had its turn. */
const mailsAbout = (mailbox: Mailbox, text: string) =>
  mailbox.messages.filter((m) => (m.subject ?? '').includes(text)).length

const waitForMail = async (mailbox: Mailbox, numbers: string[], seconds: number) => {
  const deadline = Date.now() + seconds * 1000
  while (Date.now() < deadline && numbers.some((no) => mailsAbout(mailbox, no) === 0))
    await sleep(2000)
  await sleep(15_000) // one more turn of every queue: a duplicate would arrive now
  return numbers.map((no) => mailsAbout(mailbox, no))
}

const checkComplaints = async (scenario: string, answered: string[]) => {
  const rows = await sql<{ total: number; numbered: number; distinct_numbers: number }>(
    `SELECT count(*)::int AS total, count(number)::int AS numbered,
            count(DISTINCT number)::int AS distinct_numbers FROM complaints`,
  )
  const { total, numbered, distinct_numbers } = rows[0]
  const stored = new Set(
    (await sql<{ number: string }>('SELECT number FROM complaints')).map((r) => r.number),
  )
  check(scenario, 'every complaint has a number', `${numbered} of ${total}`, numbered === total)
  check(
    scenario,
    'numbers unique',
    `${distinct_numbers} distinct of ${numbered}`,
    distinct_numbers === numbered,
  )
  const lost = answered.filter((no) => !stored.has(no))
  check(
    scenario,
    'every 201 answered is stored',
    `${answered.length - lost.length} of ${answered.length}`,
    lost.length === 0,
  )
}

// ---------------------------------------------------------------------------------------------

const main = async () => {
  const loadBefore = os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')
  if (!fs.existsSync(path.join(root, '.next/BUILD_ID')))
    throw new Error('run `npm run build` first')
  fs.mkdirSync(UPLOADS, { recursive: true })
  const mailbox = await startMailbox()
  fixtures = await prepareDatabase()

  // 1. Two processes on one database.
  let server = await startServer(mailbox, 2)
  if (want('processes')) {
    const S1 = 'two processes'
    check(S1, 'processes serving', server.workers().length, server.workers().length === 2)
    const clerk = await signIn('cs-clerk@test.local')
    const me = await Promise.all(
      Array.from({ length: 20 }, () => request('GET', '/api/users/me', { token: clerk })),
    )
    check(
      S1,
      'one sign-in works on every process',
      `${me.filter((a) => a.status === 200 && a.body.includes('cs-clerk')).length} of 20`,
      me.every((a) => a.status === 200 && a.body.includes('cs-clerk')),
    )
    const file = await pdfOf(20)
    const uploaded = await upload(clerk, file, 'shared.pdf')
    const filename =
      uploaded.status === 201 ? (JSON.parse(uploaded.body).doc.filename as string) : ''
    const reads = await Promise.all(
      Array.from({ length: 10 }, () =>
        request('GET', `/api/attachments/file/${encodeURIComponent(filename)}`, { token: clerk }),
      ),
    )
    check(
      S1,
      'a file uploaded through one is served by all',
      `${reads.filter((r) => r.status === 200).length} of 10`,
      uploaded.status === 201 && reads.every((r) => r.status === 200),
    )
    const wrong = []
    for (let i = 0; i < 7; i++)
      wrong.push(
        (
          await request('POST', '/api/users/login', {
            json: { email: 'director@test.local', password: 'wrong-password' },
          })
        ).status,
      )
    check(
      S1,
      'failed sign-ins counted across processes',
      wrong.join(' '),
      wrong.slice(0, 5).every((s) => s === 401) && wrong.slice(5).every((s) => s === 429),
    )
    const majors = await Promise.all(Array.from({ length: 6 }, () => register(clerk, 'flooding')))
    const majorNumbers = majors.map(numberOf).filter((x): x is string => Boolean(x))
    const counts = await waitForMail(mailbox, majorNumbers, 90)
    check(
      S1,
      'each major-complaint report mailed exactly once',
      counts.join(' '),
      counts.length === 6 && counts.every((c) => c === 1),
    )
    const holder = await leaseHolder()
    check(
      S1,
      'one process holds the job runner’s lock',
      holder ?? 'none',
      holder !== null && server.workers().includes(holder),
    )
    if (holder) process.kill(holder, 'SIGKILL')
    await sleep(3000)
    const after = await Promise.all(Array.from({ length: 4 }, () => register(clerk, 'fire')))
    const afterNumbers = after.map(numberOf).filter((x): x is string => Boolean(x))
    const afterCounts = await waitForMail(mailbox, afterNumbers, 90)
    const newHolder = await leaseHolder()
    check(
      S1,
      'the lock holder killed: another takes over, mail still once',
      `${afterCounts.join(' ')} (lock: ${holder} → ${newHolder})`,
      afterCounts.length === 4 &&
        afterCounts.every((c) => c === 1) &&
        newHolder !== null &&
        newHolder !== holder,
    )
  }

  // 2. A process killed during a burst of registrations.
  if (want('kill')) {
    const S2 = 'killed mid-burst'
    const tokens = await Promise.all(Array.from({ length: 4 }, () => signIn('cs-clerk@test.local')))
    const burst = load(20, (c) =>
      register(tokens[c % tokens.length], c % 5 === 0 ? 'power-cut' : 'renovation-noise'),
    )
    await sleep(4000)
    const victim = (await leaseHolder()) ?? server.workers()[0]
    process.kill(victim, 'SIGKILL')
    await sleep(6000)
    const burstAnswers = await burst.stop()
    const b = tally(burstAnswers)
    check(
      S2,
      'answers',
      `${b.ok} ok, ${b.dropped} cut, ${b.serverErrors} 5xx, ${b.hung} hung`,
      b.hung === 0 && b.ok > 0,
    )
    await checkComplaints(
      S2,
      burstAnswers.map(numberOf).filter((x): x is string => Boolean(x)),
    )
    // The job left processing by the killed process goes back to its queue after a minute.
    await sleep(75_000)
    const deadline = Date.now() + 120_000
    let waiting = Infinity
    while (Date.now() < deadline) {
      const rows = await sql<{ n: number }>(
        `SELECT count(*)::int AS n FROM payload_jobs WHERE completed_at IS NULL AND (has_error IS NOT TRUE)
         AND queue IN ('emails-urgent','emails')`,
      )
      waiting = rows[0].n
      if (waiting === 0) break
      await sleep(5000)
    }
    check(
      S2,
      'no mail job lost or stuck (all sent within 3 min)',
      `${waiting} waiting`,
      waiting === 0,
    )
  }

  // 3. PostgreSQL restarted under load.
  if (want('postgres')) {
    const S3 = 'PostgreSQL restarted'
    const token = await signIn('cs-clerk@test.local')
    const busy = load(20, (c) =>
      c % 2 ? register(token) : request('GET', '/api/complaints?limit=10&depth=1', { token }),
    )
    await sleep(4000)
    const [version, name] = clusterServing(SERVER)
    spawnSync('pg_ctlcluster', ['--skip-systemctl-redirect', version, name, 'restart'], {
      stdio: 'inherit',
    })
    const restartedAt = Date.now()
    let recoveredAfter = -1
    while (Date.now() - restartedAt < 60_000) {
      const res = await request('GET', '/api/health')
      if (res.status === 200) {
        recoveredAfter = (Date.now() - restartedAt) / 1000
        break
      }
      await sleep(500)
    }
    await sleep(5000)
    const pgAnswers = await busy.stop()
    const p = tally(pgAnswers)
    check(
      S3,
      // A signed-in clerk is never told to sign in (401) or refused (403) because the database
      // was away: the request fails with 503.
      'in flight: refused cleanly (503), none hung, no other 5xx, no 4xx',
      `${p.ok} ok, ${p.unavailable} 503, ${p.serverErrors} other 5xx, ${p.refused} 4xx, ${p.hung} hung, ${p.dropped} cut`,
      p.hung === 0 && p.serverErrors === 0 && p.refused === 0,
    )
    check(
      S3,
      'recovers by itself',
      recoveredAfter >= 0 ? `${recoveredAfter.toFixed(1)} s after the restart` : 'not in 60 s',
      recoveredAfter >= 0,
    )
    await checkComplaints(
      S3,
      pgAnswers.map(numberOf).filter((x): x is string => Boolean(x)),
    )
  }
  await server.stop()

  // 4. A full upload volume.
  if (want('volume')) {
    const S4 = 'upload volume full'
    const small = path.join(work, 'small')
    fs.mkdirSync(small, { recursive: true })
    const mounted =
      spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', small]).status === 0
    if (!mounted) check(S4, 'a 1 MB tmpfs could be mounted', 'no (needs root)', false)
    else {
      try {
        server = await startServer(mailbox, 1, small)
        const t = await signIn('cs-clerk@test.local')
        const before = (await sql<{ n: number }>('SELECT count(*)::int AS n FROM attachments'))[0].n
        const big = await pdfOf(300)
        const statuses: Answer[] = []
        for (let i = 0; i < 6; i++) statuses.push(await upload(t, big, `big-${i}.pdf`))
        const failed = statuses.filter((s) => s.status >= 400)
        check(
          S4,
          'uploads past the space refused with an answer',
          statuses.map((s) => s.status).join(' '),
          failed.length > 0 &&
            statuses.every((s) => s.status !== HUNG && s.status !== NO_CONNECTION),
        )
        const records = (await sql<{ filename: string }>('SELECT filename FROM attachments')).map(
          (r) => r.filename,
        )
        const added = records.length - before
        const onDisk = fs.readdirSync(small).filter((f) => !f.startsWith('.'))
        const missing = records.filter(
          (f) =>
            statuses.some((s) => s.status === 201) && f.startsWith('big-') && !onDisk.includes(f),
        )
        check(
          S4,
          'nothing half-written (a record per file, a file per record)',
          `${added} records, ${onDisk.length} files, ${missing.length} records without a file`,
          added === statuses.filter((s) => s.status === 201).length &&
            missing.length === 0 &&
            onDisk.length === added,
        )
        await server.stop()
      } finally {
        spawnSync('umount', [small])
      }
    }
  }

  // 5. Soak.
  if (want('soak')) {
    const S5 = `soak, ${SOAK_MINUTES} min at 20 clients`
    server = await startServer(mailbox, 1)
    const soakToken = await signIn('cs-clerk@test.local')
    const pid = server.workers()[0]
    const samples: number[] = []
    const soak = load(20, (c) => {
      switch (c % 4) {
        case 0:
          return register(soakToken)
        case 1:
          return request('GET', '/api/complaints?limit=20&depth=1&sort=-registeredAt', {
            token: soakToken,
          })
        case 2:
          return request('GET', '/api/dashboard', { token: soakToken })
        default:
          return request('GET', '/api/users/me', { token: soakToken })
      }
    })
    const soakEnd = Date.now() + SOAK_MINUTES * 60_000
    while (Date.now() < soakEnd) {
      await sleep(10_000)
      samples.push(rss(pid))
    }
    const soakAnswers = await soak.stop()
    const s = tally(soakAnswers)
    const perMinute = Math.round(60_000 / 10_000)
    const early = Math.max(...samples.slice(perMinute, 2 * perMinute))
    const late = Math.max(...samples.slice(-perMinute))
    check(
      S5,
      'answers',
      `${soakAnswers.length} requests (${(soakAnswers.length / (SOAK_MINUTES * 60)).toFixed(1)}/s), ${s.serverErrors + s.unavailable} 5xx, ${s.hung} hung`,
      s.serverErrors + s.unavailable === 0 && s.hung === 0,
    )
    check(
      S5,
      'memory does not grow (RSS, 2nd minute → last minute)',
      `${early.toFixed(0)} MB → ${late.toFixed(0)} MB (max ${Math.max(...samples).toFixed(0)} MB)`,
      late <= early * 1.15,
    )
  }
  await server.stop()
  await mailbox.close()

  const results = path.join(root, 'bench/results.md')
  const current = fs.readFileSync(results, 'utf8')
  const heading = '## Faults (`npm run test:faults`)'
  const ranAt = new Date().toISOString().slice(0, 16).replace('T', ' ')
  // A run of some scenarios (FAULTS_SCENARIOS) keeps the other scenarios' rows of the last table,
  // each with the time it ran.
  const kept = keptRows(current, heading, checks)
  const lines = [
    heading,
    '',
    'The production build (`npm run build`) served by `npm start` on PostgreSQL, from a fresh database with the committed migrations; an in-process SMTP server receives the mail. Scenarios, in order: two processes on one database (`WEB_CONCURRENCY=2`); a process killed with SIGKILL during 20 clients’ registrations; PostgreSQL restarted (`pg_ctlcluster restart`) under 20 clients; uploads into a 1 MB tmpfs; a soak of one process.',
    '',
    '| scenario | check | figure | | run (UTC) |',
    '|---|---|---|---|---|',
    ...kept,
    ...checks.map(
      (c) =>
        `| ${c.scenario} | ${c.check} | ${c.figure} | ${c.ok ? 'ok' : '**failed**'} | ${ranAt} |`,
    ),
    '',
    `Last run on ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}; scenarios: ${process.env.FAULTS_SCENARIOS ?? 'all'}; load average before ${loadBefore}, after ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' / ')}.`,
    '',
  ]
  const start = current.indexOf(lines[0])
  const rest = start >= 0 ? current.slice(start + lines[0].length) : ''
  const next = rest.search(/\n## /)
  const before = start >= 0 ? current.slice(0, start) : current.trimEnd() + '\n\n'
  const afterSection = start >= 0 && next >= 0 ? rest.slice(next + 1) : ''
  fs.writeFileSync(results, before + lines.join('\n') + (afterSection ? '\n' + afterSection : ''))
  console.log('\n' + lines.join('\n'))
  await admin((c) => c.query('DROP DATABASE IF EXISTS wuye_faults WITH (FORCE)'))
  fs.rmSync(work, { recursive: true, force: true })
  process.exit(checks.every((c) => c.ok) ? 0 : 1)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
