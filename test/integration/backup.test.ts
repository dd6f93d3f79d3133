/**
 * Backups and restore, end to end, on the database the run uses (SQLite or PostgreSQL): data with
 * an issued notice and an uploaded file; a backup taken while a loop of writes runs; `npm run
 * restore` (the real script, in its own process) into a fresh empty database, checked here
 * independently of the script's own verification; a non-empty database refused and left as it
 * was; the daily job with its retention; the last backup in the administrator's health answer.
 */
import { spawn } from 'child_process'
import { createHash } from 'crypto'
import fs from 'fs'
import path from 'path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import PDFDocument from 'pdfkit'
import pg from 'pg'

import { TASKS } from '@/contracts/jobs'
import type { Manifest } from '@/domain/backup'
import { isArchiveName, parseManifest } from '@/domain/backup'
import { LAST_BACKUP_FILE, createBackup } from '@/lib/backup/createBackup'
import type { SnapshotFigures } from '@/lib/backup/snapshot'
import { readFigures } from '@/lib/backup/snapshot'
import { RestoreRefused, restoreArchive } from '@/lib/backup/restoreBackup'
import { extractTarGz } from '@/lib/backup/tar'
import { attachmentDir } from '@/lib/storageDirs'
import { globalSlugs, slugs } from '@/slugs'

import { createResident, createUnit } from '../helpers/factories'
import type { Testbed } from '../helpers/testbed'
import { startTestbed } from '../helpers/testbed'

const tmp = path.resolve('test/.tmp', `backup-${process.pid}`)
const uploadDir = path.join(tmp, 'uploads')
const backupDir = path.join(tmp, 'scheduled')

let tb: Testbed
let payload: Payload
const scratchDatabases: string[] = []

beforeAll(async () => {
  fs.rmSync(tmp, { recursive: true, force: true })
  fs.mkdirSync(tmp, { recursive: true })
  tb = await startTestbed('backup', { env: { UPLOAD_DIR: uploadDir, BACKUP_DIR: backupDir } })
  payload = tb.payload
})

afterAll(async () => {
  await tb?.shutdown()
  for (const uri of scratchDatabases) await dropDatabase(uri).catch(() => undefined)
  delete process.env.BACKUP_DIR
  fs.rmSync(tmp, { recursive: true, force: true })
})

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

const pdfBytes = (text: string) =>
  new Promise<Buffer>((resolve) => {
    const doc = new PDFDocument()
    const chunks: Buffer[] = []
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.text(text)
    doc.end()
  })

/** A violation with its rectification measure, and the notice issued for it (a PDF on disk). */
const issueNotice = async () => {
  const unit = await createUnit(payload, { building: '9栋', number: '0901' })
  const resident = await createResident(payload, { units: [unit.id], name: '钱业主' })
  const created = await tb.rest.post<{ doc: { id: number } }>('/violations', {
    token: await tb.tokenOf(tb.staff['cs-clerk']),
    body: {
      kind: 'civility',
      subKind: 'hoarding',
      severity: 'general',
      unit: unit.id,
      resident: resident.id,
      location: '9栋1楼',
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      description: '楼道堆物',
    },
  })
  expect(created.status).toBe(201)
  const id = created.body.doc.id
  const measure = await tb.act(tb.staff['site-captain'], slugs.violations, id, 'record-measure', {
    measure: 'rectification',
    outcome: '限期处理',
    deadline: new Date(Date.now() + 3 * 86_400_000).toISOString(),
    skipReason: '情节明显',
  })
  expect(measure.status).toBe(200)
  const issued = await tb.rest.post<{ doc: { id: number; sha256: string; filename: string } }>(
    `/violations/${id}/notices`,
    { token: await tb.tokenOf(tb.staff['site-captain']), body: { type: 'rectification' } },
  )
  expect(issued.status).toBe(201)
  return issued.body.doc
}

/**
 * Creates units one after another until told to stop: the writes a backup must not mind.
 * `reached(n)` resolves once n units were made (and rejects if a write fails).
 */
const startWrites = () => {
  let stop = false
  let made = 0
  let failed: unknown = null
  const waiting: { n: number; resolve: () => void; reject: (e: unknown) => void }[] = []
  const settle = () => {
    for (const w of [...waiting]) {
      if (failed || made >= w.n) {
        waiting.splice(waiting.indexOf(w), 1)
        if (failed) w.reject(failed)
        else w.resolve()
      }
    }
  }
  const done = (async () => {
    try {
      while (!stop) {
        await createUnit(payload, { building: '写入栋', number: `W${made}` })
        made++
        settle()
        // Let I/O in between, as requests arriving over the network would: on SQLite the driver
        // is synchronous and a loop of writes alone would never give the event loop back.
        await new Promise((resolve) => setImmediate(resolve))
      }
    } catch (error) {
      failed = error
      settle()
    }
  })()
  return {
    made: () => made,
    reached: (n: number) =>
      new Promise<void>((resolve, reject) => {
        waiting.push({ n, resolve, reject })
        settle()
      }),
    stop: async () => {
      stop = true
      await done
      if (failed) throw failed
    },
  }
}

/** A fresh, empty database of the kind the run uses. */
const freshDatabase = async (name: string): Promise<string> => {
  if (tb.booted.dialect === 'sqlite') return `file:${path.join(tmp, `${name}.db`)}`
  const base = new URL(process.env.TEST_POSTGRES_URI!)
  const dbName = `wuye_restore_${name}_${process.pid}`
  const admin = new pg.Client({ connectionString: base.toString() })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${dbName}"`)
    await admin.query(`CREATE DATABASE "${dbName}"`)
  } finally {
    await admin.end()
  }
  base.pathname = `/${dbName}`
  scratchDatabases.push(base.toString())
  return base.toString()
}

const dropDatabase = async (uri: string) => {
  const name = new URL(uri).pathname.slice(1)
  const admin = new pg.Client({ connectionString: process.env.TEST_POSTGRES_URI })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
  } finally {
    await admin.end()
  }
}

/** Every collection's rows and the issued notices of a database, read here with plain SQL. */
const figuresOf = async (uri: string): Promise<SnapshotFigures> => {
  if (uri.startsWith('file:')) {
    const client = createClient({ url: uri })
    try {
      return await readFigures(payload, async (sql) => (await client.execute(sql)).rows as never)
    } finally {
      client.close()
    }
  }
  const client = new pg.Client({ connectionString: uri })
  await client.connect()
  try {
    return await readFigures(payload, async (sql) => (await client.query(sql)).rows)
  } finally {
    await client.end()
  }
}

/** The test's environment, less what the restore must learn from its arguments alone. */
const childEnv = (): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: '',
    LOG_LEVEL: 'fatal',
  }
  for (const key of ['DATABASE_URI', 'UPLOAD_DIR', 'NOTICE_DIR', 'BACKUP_DIR']) delete env[key]
  return env
}

/** `npm run restore -- …`: the real script, in a process of its own. */
const runRestore = (args: string[]) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--conditions=development', '--import', 'tsx', 'scripts/restore.ts', ...args],
      {
        cwd: process.cwd(),
        env: childEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    )
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('close', (code) => resolve({ code, stdout, stderr }))
  })

const filesIn = (dir: string) =>
  fs.existsSync(dir) ? (fs.readdirSync(dir, { recursive: true }) as string[]).sort() : []

describe('a backup taken while writes run, restored into a fresh database', () => {
  let archive: string
  let manifest: Manifest
  let notice: { id: number; sha256: string; filename: string }
  let restoredUri: string
  const restoredUploads = path.join(tmp, 'restored-uploads')

  beforeAll(async () => {
    notice = await issueNotice()
    await payload.create({
      collection: slugs.attachments,
      data: { description: '合同扫描件' },
      file: await pdfFile('合同扫描件'),
      overrideAccess: true,
    })
  })

  const pdfFile = async (text: string) => {
    const data = await pdfBytes(text)
    return { data, mimetype: 'application/pdf', name: `${text}.pdf`, size: data.length }
  }

  it('should write one archive with the database, the files and a manifest of counts and checksums', async () => {
    const unitsBefore = (await payload.count({ collection: slugs.units })).totalDocs
    const writes = startWrites()
    let result: Awaited<ReturnType<typeof createBackup>>
    let madeBefore: number
    let madeDuring: number
    try {
      // Mid-loop: the backup starts once the writes are under way, and they go on after it.
      await writes.reached(5)
      madeBefore = writes.made()
      result = await createBackup(payload, { outDir: path.join(tmp, 'manual') })
      madeDuring = writes.made()
      await writes.reached(madeDuring + 3)
    } finally {
      await writes.stop()
    }

    archive = result.file
    manifest = result.manifest
    expect(isArchiveName(path.basename(archive))).toBe(true)
    expect(fs.readdirSync(path.join(tmp, 'manual'))).toEqual([
      LAST_BACKUP_FILE,
      path.basename(archive),
    ])

    // The archive holds what the manifest lists, and the manifest is the one returned.
    const unpacked = path.join(tmp, 'unpacked')
    fs.mkdirSync(unpacked)
    const found = await extractTarGz(archive, unpacked)
    const read = parseManifest(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'))
    expect(read).toEqual(manifest)
    const { ['manifest.json']: _m, ...files } = found
    expect(files).toEqual(manifest.files)
    expect(manifest.database.kind).toBe(tb.booted.dialect)
    expect(Object.keys(manifest.files)).toEqual(
      expect.arrayContaining([
        manifest.database.file,
        `notices/${notice.filename}`,
        ...filesIn(attachmentDir()).map((f) => `uploads/${f}`),
      ]),
    )
    expect(manifest.files[`notices/${notice.filename}`].sha256).toBe(notice.sha256)
    expect(manifest.issuedNotices).toEqual([
      { id: notice.id, filename: notice.filename, sha256: notice.sha256 },
    ])
    expect(Object.keys(manifest.counts).sort()).toEqual(
      payload.config.collections.map((c) => c.slug).sort(),
    )
    expect(manifest.counts[slugs.issuedNotices]).toBe(1)
    expect(manifest.counts[slugs.attachments]).toBe(1)
    // A snapshot of one moment of the loop: somewhere between its start and its end.
    const units = await payload.count({
      collection: slugs.units,
      where: { building: { equals: '写入栋' } },
    })
    const writtenUnits = manifest.counts[slugs.units] - unitsBefore
    expect(writtenUnits).toBeGreaterThanOrEqual(madeBefore)
    expect(writtenUnits).toBeLessThanOrEqual(units.totalDocs)
    expect(units.totalDocs).toBeGreaterThan(madeDuring)
  })

  it('should restore into a fresh empty database and verify every count and notice SHA-256', async () => {
    restoredUri = await freshDatabase('fresh')
    const res = await runRestore([archive, '--to', restoredUri, '--uploads', restoredUploads])
    expect({ code: res.code, stderr: res.stderr }).toEqual({ code: 0, stderr: '' })
    expect(res.stdout).toContain('Restore verified')
    expect(res.stdout).not.toContain('MISMATCH')

    // Checked here too, without the script: the restored rows and files are the manifest's.
    const restored = await figuresOf(restoredUri)
    expect(restored.counts).toEqual(manifest.counts)
    expect(restored.notices).toEqual(manifest.issuedNotices)
    const pdf = fs.readFileSync(path.join(`${restoredUploads}-notices`, notice.filename))
    expect(sha256(pdf)).toBe(notice.sha256)
    expect(filesIn(restoredUploads)).toEqual(filesIn(attachmentDir()))
    for (const file of filesIn(restoredUploads)) {
      expect(sha256(fs.readFileSync(path.join(restoredUploads, file)))).toBe(
        manifest.files[`uploads/${file}`].sha256,
      )
    }
  })

  it('should refuse a database that is not empty, with a clear message, and change nothing', async () => {
    const before = await figuresOf(restoredUri)
    const elsewhere = path.join(tmp, 'other-uploads')
    const res = await runRestore([archive, '--to', restoredUri, '--uploads', elsewhere])
    expect(res.code).toBe(1)
    expect(res.stderr).toContain('Restore refused: The target database is not empty')
    expect(res.stderr).toContain('createdb')
    expect(await figuresOf(restoredUri)).toEqual(before)
    expect(fs.existsSync(elsewhere)).toBe(false)
  })

  it('should refuse to write over existing upload files, leaving the empty database empty', async () => {
    const empty = await freshDatabase('collide')
    await expect(
      restoreArchive({
        archive,
        to: empty,
        uploadsDir: restoredUploads,
        noticesDir: `${restoredUploads}-notices`,
      }),
    ).rejects.toThrow(RestoreRefused)
    await expect(
      restoreArchive({
        archive,
        to: empty,
        uploadsDir: restoredUploads,
        noticesDir: `${restoredUploads}-notices`,
      }),
    ).rejects.toThrow('already exist')
    if (empty.startsWith('file:')) expect(fs.existsSync(empty.slice(5))).toBe(false)
    else {
      const client = new pg.Client({ connectionString: empty })
      await client.connect()
      const { rows } = await client.query(
        "SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'",
      )
      await client.end()
      expect(rows[0].n).toBe(0)
    }
  })

  it('should refuse a tampered archive before touching the database', async () => {
    const unpacked = path.join(tmp, 'unpacked')
    const tampered = path.join(tmp, 'tampered.tar.gz')
    const { writeTarGz } = await import('@/lib/backup/tar')
    const names = Object.keys(manifest.files)
    await writeTarGz(tampered, async function* () {
      for (const name of names) {
        const bytes = fs.readFileSync(path.join(unpacked, name))
        yield {
          name,
          content:
            name === manifest.database.file ? Buffer.concat([bytes, Buffer.from('x')]) : bytes,
        }
      }
      yield {
        name: 'manifest.json',
        content: fs.readFileSync(path.join(unpacked, 'manifest.json')),
      }
    })
    const empty =
      tb.booted.dialect === 'sqlite' ? `file:${path.join(tmp, 'tampered.db')}` : restoredUri
    await expect(
      restoreArchive({
        archive: tampered,
        to: empty,
        uploadsDir: path.join(tmp, 't-up'),
        noticesDir: path.join(tmp, 't-no'),
      }),
    ).rejects.toThrow('does not match its manifest')
    expect(fs.existsSync(path.join(tmp, 't-up'))).toBe(false)
  })
})

describe('the daily backup job', () => {
  it('should back up into BACKUP_DIR once the time has passed, once a day, keeping the newest', async () => {
    fs.mkdirSync(backupDir, { recursive: true })
    const old = [
      'wuye-backup-2020-01-01T000000Z.tar.gz',
      'wuye-backup-2020-01-02T000000Z.tar.gz',
      'wuye-backup-2020-01-03T000000Z.tar.gz',
    ]
    for (const name of old) fs.writeFileSync(path.join(backupDir, name), 'old')
    fs.writeFileSync(path.join(backupDir, 'README.txt'), 'not an archive')
    // Midnight has always passed today: the job is due until it has run.
    await payload.updateGlobal({
      slug: globalSlugs.officeSettings,
      data: { backupTime: '00:00', backupKeep: 2 },
    })

    const runOnce = async () => {
      const job = await payload.jobs.queue({ task: TASKS.backupDatabase, input: {} })
      await payload.jobs.runByID({ id: job.id })
      return payload.findByID({ collection: 'payload-jobs', id: job.id, depth: 0 })
    }
    const first = await runOnce()
    expect(first.hasError).toBeFalsy()
    expect(first.completedAt).toBeTruthy()
    const archives = fs.readdirSync(backupDir).filter(isArchiveName).sort()
    expect(archives).toHaveLength(2)
    expect(archives[0]).toBe(old[2])
    expect(fs.existsSync(path.join(backupDir, 'README.txt'))).toBe(true)
    const last = JSON.parse(fs.readFileSync(path.join(backupDir, LAST_BACKUP_FILE), 'utf8'))
    expect(last).toEqual({
      at: expect.any(String),
      file: archives[1],
      bytes: fs.statSync(path.join(backupDir, archives[1])).size,
    })

    // Not due again today: nothing new.
    const second = await runOnce()
    expect(second.hasError).toBeFalsy()
    expect(fs.readdirSync(backupDir).filter(isArchiveName).sort()).toEqual(archives)

    // The administrator's health answer reports it; nobody else sees it.
    const health = await tb.rest.get<{ lastBackup?: unknown; backups?: string }>('/health', {
      token: await tb.tokenOf(tb.staff.admin),
    })
    expect(health.status).toBe(200)
    expect(health.body.lastBackup).toEqual(last)
    expect(health.body.backups).toBe('ok')
    const clerk = await tb.rest.get('/health', { token: await tb.tokenOf(tb.staff['cs-clerk']) })
    expect(clerk.body).toEqual({ status: 'up' })
  })
})
