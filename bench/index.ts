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

import type { ExportBench } from './export'
import type { ImportBench } from './import'

const root = process.cwd()
const tmp = path.join(root, 'bench/.tmp')
fs.mkdirSync(tmp, { recursive: true })

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }
type Approvals = {
  action: Summary
  update: Summary
  ratio: number
  emailsQueued: number
  logEntries: number
  concurrent: Summary & { wallMs: number; effective: number; requests: number }
}
type WorkflowCost = { action: Summary; update: Summary; ratio: number }
type History = Summary & { approved: number; versions: number }
type PasswordReset = {
  known: Summary
  unknown: Summary
  reset: Summary
  mails: number
  sameAnswer: boolean
}
type Result = {
  dialect: string
  approvals: Approvals
  approvalChains?: { database: Summary; code: Summary; ratio: number } | null
  workflow: WorkflowCost | null
  documentHistory: { small: History; large: History; ratio: number }
  residentCreates: { hooked: Summary; twin: Summary; ratio: number; auditEntries: number }
  complaints: { count: number; loadSeconds: number }
  complaintList: { rest: Summary; local: Summary; docsPerPage: number }
  monthlyReport: {
    month: string
    complaintsInMonth: number
    fast: Summary
    naive: Summary
    speedup: number
    figuresMatch: boolean
  }
  dailyRegister: {
    orders: number
    rows: number
    pages: number
    full: Summary
    bare: Summary
    ratio: number
  }
  passwordReset: PasswordReset | null
  dashboard: {
    workOrders: number
    panels: number
    full: Summary
    raw: Summary
    /** Every panel the director sees, loaded for the 15th of last month (a whole month's data). */
    midMonth?: Summary & { at: string }
    /** The same mid-month load as before the change (panels in turn, approvals whole documents). */
    baseline?: Summary
    approvals?: { now: Summary; before: Summary }
    /** Each panel loaded alone at mid-month: mean (ms). */
    panelMeans?: Record<string, number>
    loadAverage?: { before: number; after: number }
    trend?: { kept: Summary; fresh: Summary; refreshMs: number }
    ratio: number
  } | null
  export?: ExportBench | null
  import?: ImportBench | null
  visits?: {
    visits: number
    loadSeconds: number
    month: string
    recordedInMonth: number
    fast: Summary
    naive: Summary
    panel: Summary
    speedup: number
    figuresMatch: boolean
  } | null
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
const DASHBOARD_HEADING =
  '## The dashboard’s data over 100,000 complaints and 20,000 work orders: the request vs its aggregates'
const dashboardSection = (results: Result[]) => [
  DASHBOARD_HEADING,
  '',
  '`GET /api/dashboard` through Payload’s real handler as the director (authentication, every panel the director sees: my work, follow-ups, today, the month’s KPIs, the 12-month trend, return visits, shift logs, approvals waiting, violations, documents; JSON) against the raw aggregate queries alone (the KPI and trend GROUP BYs called directly, no request). 30 rounds after two warm-up. Targets: ratio ≤ 1.5, request ≤ 1 s; at mid-month (the 15th of last month: a whole month of data), p95 ≤ 150 ms.',
  '',
  'Mid-month “before” is the baseline kept in the bench (bench/dashboardBaseline.ts), timed in the same rounds: the panels one after another and the approvals panel reading whole documents, one query per status and collection in turn, the office settings three times; it must return the same panels (checked every round). The load average (1 min) is the shared machine’s, read before and after the rounds.',
  '',
  '| database | complaints | work orders | panels | request mean / p95 (ms) | aggregates alone mean / p95 (ms) | ratio | ≤ 1.5 | ≤ 1 s | mid-month, all panels: mean / p95 (ms) | ≤ 150 ms | mid-month before: mean / p95 (ms) | after ÷ before (mean) | approvals panel after / before: mean (ms) | mid-month trend, closed months kept / all counted afresh: mean (ms) | load average before / after |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ...results
    .filter((r) => r.dashboard)
    .map((r) => {
      const d = r.dashboard!
      return `| ${r.dialect} | ${r.complaints.count} | ${d.workOrders} | ${d.panels} | ${ms(d.full.meanMs)} / ${ms(d.full.p95Ms)} | ${ms(d.raw.meanMs)} / ${ms(d.raw.p95Ms)} | ${d.ratio.toFixed(2)} | ${verdict(d.ratio <= 1.5)} | ${verdict(d.full.p95Ms <= 1000)} | ${d.midMonth ? `${ms(d.midMonth.meanMs)} / ${ms(d.midMonth.p95Ms)}` : '—'} | ${d.midMonth ? verdict(d.midMonth.p95Ms <= 150) : '—'} | ${d.baseline ? `${ms(d.baseline.meanMs)} / ${ms(d.baseline.p95Ms)}` : '—'} | ${d.baseline && d.midMonth ? (d.midMonth.meanMs / d.baseline.meanMs).toFixed(2) : '—'} | ${d.approvals ? `${ms(d.approvals.now.meanMs)} / ${ms(d.approvals.before.meanMs)}` : '—'} | ${d.trend ? `${ms(d.trend.kept.meanMs)} / ${ms(d.trend.fresh.meanMs)} (${(d.trend.fresh.meanMs / d.trend.kept.meanMs).toFixed(1)}×)` : '—'} | ${d.loadAverage ? `${d.loadAverage.before.toFixed(2)} / ${d.loadAverage.after.toFixed(2)}` : '—'} |`
    }),
  '',
  'Each panel loaded alone at mid-month, one after another, mean (ms):',
  '',
  ...(() => {
    const rows = results.filter((r) => r.dashboard?.panelMeans)
    if (rows.length === 0) return []
    const keys = Object.keys(rows[0].dashboard!.panelMeans!)
    return [
      `| database | ${keys.join(' | ')} |`,
      `|---|${keys.map(() => '---').join('|')}|`,
      ...rows.map(
        (r) =>
          `| ${r.dialect} | ${keys.map((k) => ms(r.dashboard!.panelMeans![k] ?? NaN)).join(' | ')} |`,
      ),
      '',
    ]
  })(),
]

const MONTHLY_HEADING =
  '## The monthly complaint report over 100,000 complaints: database aggregates vs loading and counting in JS'
const monthlyLines = (results: Result[]) => [
  MONTHLY_HEADING,
  '',
  'The report of the last full month (COUNT and GROUP BY in the database) against a baseline that loads that month’s complaints and visits through the Local API and counts in JavaScript (already kinder than loading all 100,000). 5 rounds after one warm-up. Targets: ≤ 300 ms and ≥ 10× faster. “Figures match” compares the two results.',
  '',
  '| database | month | complaints in month | report mean / p95 (ms) | naive mean (ms) | speed-up | ≤ 300 ms | ≥ 10× | figures match |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results
    .filter((r) => r.monthlyReport)
    .map((r) => {
      const m = r.monthlyReport
      return `| ${r.dialect} | ${m.month} | ${m.complaintsInMonth} | ${ms(m.fast.meanMs)} / ${ms(m.fast.p95Ms)} | ${ms(m.naive.meanMs)} | ${m.speedup.toFixed(1)}× | ${verdict(m.fast.p95Ms <= 300)} | ${verdict(m.speedup >= 10)} | ${m.figuresMatch ? 'yes' : '**no**'} |`
    }),
  '',
]

const full = (results: Result[]) => [
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
  '## Listing 50 complaints out of 100,000: a clerk through REST vs the Local API',
  '',
  'Two filters (status, category) and a sort (newest first), `limit=50&depth=0`. REST: Payload’s real handler called in-process with the clerk’s JWT (authentication, access control, field access); Local API: `overrideAccess: true`, `depth: 0`. 200 rounds after 20 warm-up, alternating. Targets: REST p95 ≤ 150 ms, ratio ≤ 2.',
  '',
  '| database | complaints | REST mean / p95 (ms) | Local API mean / p95 (ms) | ratio (mean) | p95 target | ratio target |',
  '|---|---|---|---|---|---|---|',
  ...results.map((r) => {
    const { rest, local } = r.complaintList
    const ratio = rest.meanMs / local.meanMs
    return `| ${r.dialect} | ${r.complaints.count} | ${ms(rest.meanMs)} / ${ms(rest.p95Ms)} | ${ms(local.meanMs)} / ${ms(local.p95Ms)} | ${ratio.toFixed(2)} | ${verdict(rest.p95Ms <= 150)} | ${verdict(ratio <= 2)} |`
  }),
  '',
  ...monthlyLines(results),
  '## The daily dispatch register (派工单统计表) PDF for a day with 500 work orders',
  '',
  'Fetching the day’s orders (opened, returned, unfinished; unit and engineer populated) and drawing the PDF, against drawing the same rows with pdfkit alone (the same renderer, data already in memory). 5 rounds after one warm-up. Target: ratio ≤ 1.5.',
  '',
  '| database | orders | rows printed | pages | fetch + PDF mean / p95 (ms) | PDF alone mean (ms) | ratio | target |',
  '|---|---|---|---|---|---|---|---|',
  ...results.map((r) => {
    const d = r.dailyRegister
    return `| ${r.dialect} | ${d.orders} | ${d.rows} | ${d.pages} | ${ms(d.full.meanMs)} / ${ms(d.full.p95Ms)} | ${ms(d.bare.meanMs)} | ${d.ratio.toFixed(2)} | ${verdict(d.ratio <= 1.5)} |`
  }),
  '',
  ...dashboardSection(results),
  `Loading the 100,000 complaints (batched inserts, not measured against anything): ${results.map((r) => `${r.dialect} ${r.complaints.loadSeconds.toFixed(1)} s`).join(', ')}.`,
  '',
]

const APPROVALS_HEADING = '## An approval action vs a plain field update on the same violation'
const approvalLines = (results: Result[]) => [
  APPROVALS_HEADING,
  '',
  'Both through Payload’s REST handler in-process with a JWT. The approval (`POST /api/approvals/violations/:id/approve`) plans the step, appends the sealed log entry, writes the new state and queues an email, in one transaction; the plain update (`PATCH /api/violations/:id`, the location) runs the collection’s hooks and audit entry. Alternating, 100 documents × 2 steps after 10 warm-up documents. Then 20 documents at the director’s step signed by 20 requests sent at once. Target: ratio ≤ 2.',
  '',
  '| database | approval mean / p95 (ms) | plain update mean / p95 (ms) | ratio | target | emails queued | log entries | 20 at once: p95 / wall (ms) | signed |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results
    .filter((r) => r.approvals)
    .map((r) => {
      const a = r.approvals
      return `| ${r.dialect} | ${ms(a.action.meanMs)} / ${ms(a.action.p95Ms)} | ${ms(a.update.meanMs)} / ${ms(a.update.p95Ms)} | ${a.ratio.toFixed(2)} | ${verdict(a.ratio <= 2)} | ${a.emailsQueued} | ${a.logEntries} | ${ms(a.concurrent.p95Ms)} / ${ms(a.concurrent.wallMs)} | ${a.concurrent.effective}/${a.concurrent.requests} |`
    }),
  '',
]

const CHAINS_HEADING = '## An approval action: chains from the database vs the code-defined chains'
const chainLines = (results: Result[]) => [
  CHAINS_HEADING,
  '',
  'The same `actOnApproval` (Local, a request per action, each in its own transaction) on twin violations, alternating: the chain read from `approval-chains` (the active chains of the collection, matched by their conditions; the stored version for a case in flight), against the chain the code defined before chains were data (`CODE_CHAINS`, the baseline only). General cases: propose and review; major: propose. 60 pairs after 5 warm-up. Target: ratio ≤ 1.2.',
  '',
  '| database | database chains mean / p95 (ms) | code chains mean / p95 (ms) | ratio | target |',
  '|---|---|---|---|---|',
  ...results
    .filter((r) => r.approvalChains)
    .map((r) => {
      const c = r.approvalChains!
      return `| ${r.dialect} | ${ms(c.database.meanMs)} / ${ms(c.database.p95Ms)} | ${ms(c.code.meanMs)} / ${ms(c.code.p95Ms)} | ${c.ratio.toFixed(2)} | ${verdict(c.ratio <= 1.2)} |`
    }),
  '',
]

const WORKFLOW_HEADING = '## A workflow action vs a plain update of the same fields'
const workflowLines = (results: Result[]) => [
  WORKFLOW_HEADING,
  '',
  'The action (`POST /api/complaints/:id/actions/severity` through Payload’s REST handler in-process with a manager’s JWT: authentication, one transaction, the row lock on PostgreSQL, the read as the user, the pure planner, the write as the user with its hooks and audit entry) against `payload.update` of the same two fields through the Local API as the same user (the same hooks and audit entry; no request, no lock, no plan). Alternating on two complaints, 200 rounds after 20 warm-up. Target: ratio ≤ 1.5.',
  '',
  '| database | action mean / p95 (ms) | plain update mean / p95 (ms) | ratio | target |',
  '|---|---|---|---|---|',
  ...results
    .filter((r) => r.workflow)
    .map((r) => {
      const w = r.workflow!
      return `| ${r.dialect} | ${ms(w.action.meanMs)} / ${ms(w.action.p95Ms)} | ${ms(w.update.meanMs)} / ${ms(w.update.p95Ms)} | ${w.ratio.toFixed(2)} | ${verdict(w.ratio <= 1.5)} |`
    }),
  '',
]

const DOCUMENTS_HEADING = '## A controlled document’s version history: 500 approved revisions vs 10'
const documentLines = (results: Result[]) => [
  DOCUMENTS_HEADING,
  '',
  'The first page (10 versions that took effect, newest first) of `GET /api/archived-documents/:id/history` through REST as the document controller; each revision is a draft save and its publication, so the larger document has over a thousand stored versions. Paginated in the database. 50 rounds after 5 warm-up, alternating. Target: ratio ≤ 3.',
  '',
  '| database | 10 revisions: versions stored, mean / p95 (ms) | 500 revisions: versions stored, mean / p95 (ms) | ratio | target |',
  '|---|---|---|---|---|',
  ...results
    .filter((r) => r.documentHistory)
    .map((r) => {
      const { small, large, ratio } = r.documentHistory
      return `| ${r.dialect} | ${small.versions}, ${ms(small.meanMs)} / ${ms(small.p95Ms)} | ${large.versions}, ${ms(large.meanMs)} / ${ms(large.p95Ms)} | ${ratio.toFixed(2)} | ${verdict(ratio <= 3)} |`
    }),
  '',
]

const PASSWORDS_HEADING =
  '## Password reset: forgot-password and reset-password through REST, with mail delivered'
const passwordLines = (results: Result[]) => [
  PASSWORDS_HEADING,
  '',
  '`POST /api/users/forgot-password` for a known email (token stored, mail delivered to a real SMTP server in the process) and for an unknown one (the same answer, nothing sent), then `POST /api/users/reset-password` with the mailed token (the new password hashed with PBKDF2, 600,000 rounds). 20 rounds after 2 warm-up, a fresh account each. Target: p95 ≤ 1 s. Before issue #11 forgot-password took 20 s on SQLite and failed with 500.',
  '',
  '| database | forgot, known: mean / p95 (ms) | forgot, unknown: mean / p95 (ms) | reset: mean / p95 (ms) | mails | same answer | ≤ 1 s |',
  '|---|---|---|---|---|---|---|',
  ...results
    .filter((r) => r.passwordReset)
    .map((r) => {
      const p = r.passwordReset!
      const worst = Math.max(p.known.p95Ms, p.unknown.p95Ms, p.reset.p95Ms)
      return `| ${r.dialect} | ${ms(p.known.meanMs)} / ${ms(p.known.p95Ms)} | ${ms(p.unknown.meanMs)} / ${ms(p.unknown.p95Ms)} | ${ms(p.reset.meanMs)} / ${ms(p.reset.p95Ms)} | ${p.mails} | ${p.sameAnswer ? 'yes' : '**no**'} | ${verdict(worst <= 1000)} |`
    }),
  '',
]

const EXPORT_HEADING =
  '## Exporting 100,000 complaints to xlsx: time, memory, and other users’ reads meanwhile'
const exportLines = (results: Result[]) => [
  EXPORT_HEADING,
  '',
  '`GET /api/export/complaints.xlsx?sort=-registeredAt&columns=[…the list’s 7 default columns…]` (what the 导出 Excel button sends from the complaints list; `BENCH_EXPORT_COLUMNS=all` for all 44) through Payload’s real handler with a property manager’s JWT (collection and field access, `overrideAccess: false`), pages of 500 rows (keyset: each page starts after the last row of the one before) written into exceljs’s streaming writer 100 rows a turn, with a yield between, and read to the end as a download. Peak RSS is sampled every 50 ms and taken above the idle server just before the export. Meanwhile the other staff work: small reads (`payload.find`, 10 complaints, as the same user) offered at a steady rate (`BENCH_EXPORT_READS_PER_S`, default 10 a second, open loop: one starts on time whether or not the last has answered) are timed, against the same reads one after another with no export running. Targets: under 20 s and under 300 MB above idle. Then the same export once more with the small reads sent back to back (5 ms apart, whatever their answer time), the bench’s earlier shape: it measures how the one event loop is shared at saturation, not an office’s load.',
  '',
  '| database | rows | file (MB) | wall (s) | idle RSS (MB) | peak above idle (MB) | small reads alone: mean / p95 (ms) | during the export: rate, mean / p95 (ms), n | < 20 s | < 300 MB | saturated: wall (s), reads mean / p95 (ms), n |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...results
    .filter((r) => r.export)
    .map((r) => {
      const e = r.export!
      const sat = e.saturated
        ? `${(e.saturated.wallMs / 1000).toFixed(1)}, ${ms(e.saturated.readsDuring.meanMs)} / ${ms(e.saturated.readsDuring.p95Ms)}, ${e.saturated.readsDuring.n}`
        : '—'
      return `| ${r.dialect} | ${e.rows} | ${(e.bytes / 1024 / 1024).toFixed(1)} | ${(e.wallMs / 1000).toFixed(1)} | ${e.idleRssMb.toFixed(0)} | ${e.peakAboveIdleMb.toFixed(0)} | ${ms(e.readsIdle.meanMs)} / ${ms(e.readsIdle.p95Ms)} | ${e.readsPerSecond ?? '—'}/s, ${ms(e.readsDuring.meanMs)} / ${ms(e.readsDuring.p95Ms)}, ${e.readsDuring.n} | ${verdict(e.wallMs < 20_000)} | ${verdict(e.peakAboveIdleMb < 300)} | ${sat} |`
    }),
  '',
  'How each page is read, in the same run: 10,000 of the complaints (20 pages of 500, the list’s columns, newest first) through Payload’s `find` as the user, as the export read them before, and through the database adapter with the user’s access `Where` and per-row field access, as it reads them now (src/lib/xlsx/exportReads.ts); each way twice, the better time.',
  '',
  '| database | rows | Payload `find` (ms) | adapter (ms) | find ÷ adapter |',
  '|---|---|---|---|---|',
  ...results
    .filter((r) => r.export?.pageReads)
    .map((r) => {
      const p = r.export!.pageReads
      return `| ${r.dialect} | ${p.rows} | ${p.findMs.toFixed(0)} | ${p.adapterMs.toFixed(0)} | ${p.ratio.toFixed(2)} |`
    }),
  '',
]

const IMPORT_HEADING =
  '## Importing 5,000 residents from a CSV: dry run, one-transaction import, and the Local API one by one'
const importLines = (results: Result[]) => [
  IMPORT_HEADING,
  '',
  '`POST /api/import/residents` through Payload’s real handler with a property manager’s JWT: a UTF-8 CSV of 5,000 residents (kind, name, building, unit, phone, ID number) over 100 units, as a dry run, as the real run (one transaction: read, plan, 5,000 creates with validation, hooks and audit — on SQLite other writes wait this long), and the same sheet again (5,000 unchanged). Against 5,000 other residents of the same shape created through the Local API one by one as the same user (`overrideAccess: false`, a transaction each). Run alone with `BENCH_ONLY=import`. Target: import ÷ one by one ≤ 1.',
  '',
  '| database | rows | dry run (s) | import (s) | same sheet again (s) | one by one (s) | ratio | ≤ 1 | audit entries |',
  '|---|---|---|---|---|---|---|---|---|',
  ...results
    .filter((r) => r.import)
    .map((r) => {
      const i = r.import!
      const s = (v: number) => (v / 1000).toFixed(1)
      return `| ${r.dialect} | ${i.rows} | ${s(i.dryRunMs)} | ${s(i.importMs)} | ${s(i.reimportMs)} | ${s(i.localApiMs)} | ${i.ratio.toFixed(2)} | ${verdict(i.ratio <= 1)} | ${i.auditEntries} |`
    }),
  '',
]

const VISITS_HEADING =
  '## The monthly return-visit statistics (回访统计表) over 100,000 visits: database aggregates vs loading and counting in JS'
const visitLines = (results: Result[]) => [
  VISITS_HEADING,
  '',
  '`returnVisitStatistics` for the last full month (one GROUP BY by kind, method and assignee, the survey’s aggregate, satisfaction by household for complaints, the departmental sample and repairs) against loading the month’s visits through the Local API (recorded or due in the month, and the month’s surveys) and counting in JavaScript with the same domain rules. Also the dashboard’s return-visit panel (open visits per assignee, this month’s rates by kind, the survey). 5 rounds after one warm-up. Targets: ≤ 300 ms and ≥ 10× faster. “Figures match” compares the two results.',
  '',
  '| database | visits | month | recorded in month | statistics mean / p95 (ms) | naive mean (ms) | speed-up | ≤ 300 ms | ≥ 10× | figures match | dashboard panel mean / p95 (ms) |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...results
    .filter((r) => r.visits)
    .map((r) => {
      const v = r.visits!
      return `| ${r.dialect} | ${v.visits} | ${v.month} | ${v.recordedInMonth} | ${ms(v.fast.meanMs)} / ${ms(v.fast.p95Ms)} | ${ms(v.naive.meanMs)} | ${v.speedup.toFixed(1)}× | ${verdict(v.fast.p95Ms <= 300)} | ${verdict(v.speedup >= 10)} | ${v.figuresMatch ? 'yes' : '**no**'} | ${ms(v.panel.meanMs)} / ${ms(v.panel.p95Ms)} |`
    }),
  '',
]

/** Sections that `BENCH_ONLY=<key>` runs alone, replacing just that section of bench/results.md. */
const SECTIONS: Record<string, { heading: string; lines: (results: Result[]) => string[] }> = {
  monthly: { heading: MONTHLY_HEADING, lines: monthlyLines },
  dashboard: { heading: DASHBOARD_HEADING, lines: dashboardSection },
  approvals: { heading: APPROVALS_HEADING, lines: approvalLines },
  chains: { heading: CHAINS_HEADING, lines: chainLines },
  workflow: { heading: WORKFLOW_HEADING, lines: workflowLines },
  documents: { heading: DOCUMENTS_HEADING, lines: documentLines },
  passwords: { heading: PASSWORDS_HEADING, lines: passwordLines },
  export: { heading: EXPORT_HEADING, lines: exportLines },
  import: { heading: IMPORT_HEADING, lines: importLines },
  visits: { heading: VISITS_HEADING, lines: visitLines },
}

const only = process.env.BENCH_ONLY
const file = path.join(root, 'bench/results.md')
if (only) {
  // `BENCH_ONLY=monthly,dashboard`: each section named is replaced in place.
  for (const key of only.split(',')) {
    const chosen = SECTIONS[key]
    if (!chosen) throw new Error(`BENCH_ONLY must name ${Object.keys(SECTIONS).join(', ')}`)
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Benchmark results\n'
    const start = current.indexOf(chosen.heading)
    const rest = start >= 0 ? current.slice(start + chosen.heading.length) : ''
    const next = rest.search(/\n## /)
    const before = start >= 0 ? current.slice(0, start) : current.trimEnd() + '\n\n'
    const after = start >= 0 && next >= 0 ? rest.slice(next + 1) : ''
    const section = [
      ...chosen.lines(results),
      `Run alone with \`BENCH_ONLY=${only} npm run bench\` on ${new Date().toISOString()} — ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, Node ${process.version}.`,
      '',
    ].join('\n')
    fs.writeFileSync(file, before + section + (after ? '\n' + after : ''))
    console.log(section)
  }
} else {
  const lines = [
    ...full(results),
    ...approvalLines(results),
    ...chainLines(results),
    ...workflowLines(results),
    ...documentLines(results),
    ...passwordLines(results),
    ...exportLines(results),
    ...importLines(results),
    ...visitLines(results),
  ]
  fs.writeFileSync(file, lines.join('\n'))
  console.log(lines.join('\n'))
}
