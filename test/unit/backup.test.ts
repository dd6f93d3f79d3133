import { execFileSync } from 'child_process'
import { createHash } from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'

import type { Manifest, RestoredNotice } from '@/domain/backup'
import {
  BACKUP_OVERDUE_MS,
  archiveName,
  archivesToDelete,
  backupDue,
  backupState,
  buildManifest,
  checkArchiveFiles,
  compareRestore,
  formatChecks,
  isArchiveName,
  parseLastBackup,
  parseManifest,
} from '@/domain/backup'
import { extractTarGz, writeTarGz } from '@/lib/backup/tar'

const sha = (text: string) => createHash('sha256').update(text).digest('hex')

describe('archive names and retention', () => {
  it('should name an archive by its UTC time, with a suffix when the name is taken', () => {
    const at = new Date('2026-12-01T02:30:05.123Z')
    expect(archiveName(at)).toBe('wuye-backup-2026-12-01T023005Z.tar.gz')
    expect(archiveName(at, 2)).toBe('wuye-backup-2026-12-01T023005Z-2.tar.gz')
    expect(isArchiveName(archiveName(at, 3))).toBe(true)
    expect(isArchiveName('wuye-backup-2026-12-01T023005Z.tar.gz.partial')).toBe(false)
  })

  it('should delete the oldest archives beyond the number kept, and nothing else', () => {
    const names = [
      'wuye-backup-2026-12-03T023000Z.tar.gz',
      'notes.txt',
      'wuye-backup-2026-12-01T023000Z.tar.gz',
      'wuye-backup-2026-12-02T023000Z-2.tar.gz',
      'wuye-backup-2026-12-02T023000Z.tar.gz',
      'last-backup.json',
      'wuye-backup-old.tar.gz',
    ]
    expect(archivesToDelete(names, 2)).toEqual([
      'wuye-backup-2026-12-01T023000Z.tar.gz',
      'wuye-backup-2026-12-02T023000Z.tar.gz',
    ])
    expect(archivesToDelete(names, 14)).toEqual([])
  })

  it('should always keep the newest archive, whatever the number kept says', () => {
    const names = ['wuye-backup-2026-12-01T023000Z.tar.gz', 'wuye-backup-2026-12-02T023000Z.tar.gz']
    expect(archivesToDelete(names, 0)).toEqual(['wuye-backup-2026-12-01T023000Z.tar.gz'])
    expect(archivesToDelete(names, Number.NaN)).toEqual(['wuye-backup-2026-12-01T023000Z.tar.gz'])
  })
})

describe('when the daily backup is due', () => {
  const tz = 'Asia/Shanghai'
  // 02:30 in Shanghai is 18:30 UTC the day before.
  const due = (now: string, lastBackupAt: string | null, backupTime = '02:30') =>
    backupDue({ now: new Date(now), timezone: tz, backupTime, lastBackupAt })

  it('should not be due before the backup time in the office timezone', () => {
    expect(due('2026-12-01T18:29:00Z', null)).toBe(false)
  })

  it('should be due once the time has passed and no backup was made since', () => {
    expect(due('2026-12-01T18:30:00Z', null)).toBe(true)
    expect(due('2026-12-01T18:35:00Z', '2026-11-30T18:31:00Z')).toBe(true)
  })

  it('should not be due again the same day once a backup was made after the time', () => {
    expect(due('2026-12-01T23:00:00Z', '2026-12-01T18:35:00Z')).toBe(false)
  })

  it('should catch up later in the day when the server was down at the time', () => {
    expect(due('2026-12-02T03:00:00Z', '2026-11-30T18:30:00Z')).toBe(true)
  })

  it('should not be due with a malformed time', () => {
    expect(due('2026-12-02T03:00:00Z', null, 'soon')).toBe(false)
  })
})

describe('backups seen from the health check', () => {
  const now = new Date('2026-12-02T08:00:00Z')
  const last = (ms: number) => ({
    at: new Date(now.getTime() - ms).toISOString(),
    file: 'a',
    bytes: 1,
  })

  it('should say not configured, none yet, ok or overdue', () => {
    expect(backupState(false, last(0), now)).toBe('not configured')
    expect(backupState(true, null, now)).toBe('none yet')
    expect(backupState(true, last(BACKUP_OVERDUE_MS), now)).toBe('ok')
    expect(backupState(true, last(BACKUP_OVERDUE_MS + 1000), now)).toBe('overdue')
  })

  it('should read last-backup.json, and take anything malformed as no backup', () => {
    expect(parseLastBackup('{"at":"2026-12-02T00:00:00Z","file":"f","bytes":3}')).toEqual({
      at: '2026-12-02T00:00:00Z',
      file: 'f',
      bytes: 3,
    })
    for (const bad of [null, '', 'nope', '{"at":1}', '[]']) expect(parseLastBackup(bad)).toBeNull()
  })
})

const manifest = (): Manifest =>
  buildManifest({
    app: { name: 'wuye-cs', version: '0.1.0' },
    database: { kind: 'sqlite', file: 'database/app.db' },
    createdAt: '2026-12-01T18:30:00.000Z',
    counts: { users: 3, complaints: 10, 'issued-notices': 1 },
    files: {
      'database/app.db': { sha256: sha('db'), bytes: 2 },
      'notices/TZ-1.pdf': { sha256: sha('pdf'), bytes: 3 },
    },
    issuedNotices: [{ id: 7, filename: 'TZ-1.pdf', sha256: sha('pdf') }],
  })

describe('the manifest', () => {
  it('should read back what was built, and refuse anything else', () => {
    const built = manifest()
    expect(parseManifest(JSON.stringify(built))).toEqual(built)
    expect(Object.keys(built.counts)).toEqual(['complaints', 'issued-notices', 'users'])
    expect(() => parseManifest('not json')).toThrow('not JSON')
    expect(() => parseManifest('{"format":"other","formatVersion":1}')).toThrow('wuye-backup')
    expect(() => parseManifest(JSON.stringify({ ...built, counts: undefined }))).toThrow('counts')
  })

  it('should pass an archive whose files match, and name a changed, missing or extra file', () => {
    const { files } = manifest()
    expect(checkArchiveFiles(files, { ...files }).every((c) => c.ok)).toBe(true)
    const checks = checkArchiveFiles(files, {
      'database/app.db': { sha256: sha('tampered'), bytes: 2 },
      'uploads/extra.png': { sha256: sha('x'), bytes: 1 },
    })
    expect(checks.filter((c) => !c.ok).map((c) => [c.what, c.actual])).toEqual([
      ['file database/app.db', sha('tampered').slice(0, 16)],
      ['file notices/TZ-1.pdf', 'missing'],
      ['file uploads/extra.png', 'present'],
    ])
  })
})

describe('comparing a restore with the manifest', () => {
  const notice = { id: 7, filename: 'TZ-1.pdf', sha256: sha('pdf'), fileSha256: sha('pdf') }
  const counts = { users: 3, complaints: 10, 'issued-notices': 1 }

  it('should pass when every count and every notice matches', () => {
    const checks = compareRestore(manifest(), { counts, notices: [notice] })
    expect(checks).toHaveLength(4)
    expect(checks.every((c) => c.ok)).toBe(true)
  })

  it('should fail a count that differs, or a collection on one side only', () => {
    const checks = compareRestore(manifest(), {
      counts: { users: 3, complaints: 9, 'issued-notices': 1, 'new-things': 0 },
      notices: [notice],
    })
    expect(checks.filter((c) => !c.ok).map((c) => c.what)).toEqual([
      'count complaints',
      'count new-things',
    ])
  })

  it('should fail a notice whose file is missing or changed, or that is missing or extra', () => {
    const failing = (notices: RestoredNotice[]) =>
      compareRestore(manifest(), { counts, notices })
        .filter((c) => !c.ok)
        .map((c) => c.actual)
    expect(failing([{ ...notice, fileSha256: null }])).toEqual(['file missing'])
    expect(failing([{ ...notice, fileSha256: sha('other') }])).toEqual([
      `file ${sha('other').slice(0, 16)}`,
    ])
    expect(failing([])).toEqual(['missing'])
    expect(failing([notice, { ...notice, id: 8 }])).toEqual([sha('pdf').slice(0, 16)])
  })

  it('should print a table marking the mismatches', () => {
    const table = formatChecks([
      { what: 'count users', expected: '3', actual: '3', ok: true },
      { what: 'count complaints', expected: '10', actual: '9', ok: false },
    ])
    expect(table.split('\n')).toEqual([
      'check             expected  restored',
      '----------------  --------  --------  --------',
      'count users       3         3         ok',
      'count complaints  10        9         MISMATCH',
    ])
  })
})

describe('the archive format', () => {
  let dir: string
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wuye-tar-'))
  })
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }))

  const longName = `uploads/${'很长的附件名'.repeat(12)}/${'x'.repeat(120)}.pdf`

  it('should write files that tar reads, long names included, and read them back with digests', async () => {
    const big = path.join(dir, 'big.bin')
    fs.writeFileSync(big, Buffer.alloc(300_000, 7))
    const archive = path.join(dir, 'a.tar.gz')
    const written = await writeTarGz(archive, async function* (digests) {
      yield { name: 'database/app.db', file: big }
      yield { name: longName, content: Buffer.from('long') }
      yield { name: 'empty.txt', content: Buffer.alloc(0) }
      yield { name: 'manifest.json', content: Buffer.from(JSON.stringify(Object.keys(digests))) }
    })
    expect(written['database/app.db'].bytes).toBe(300_000)

    const listed = execFileSync('tar', ['-tzf', archive]).toString().trim().split('\n')
    expect(listed).toEqual(['database/app.db', longName, 'empty.txt', 'manifest.json'])

    const out = path.join(dir, 'out')
    fs.mkdirSync(out)
    const read = await extractTarGz(archive, out)
    expect(read).toEqual(written)
    expect(fs.readFileSync(path.join(out, longName), 'utf8')).toBe('long')
    expect(JSON.parse(fs.readFileSync(path.join(out, 'manifest.json'), 'utf8'))).toEqual([
      'database/app.db',
      longName,
      'empty.txt',
    ])
  })

  it('should read an archive made by tar, and refuse one reaching outside its folder', async () => {
    const src = path.join(dir, 'src')
    fs.mkdirSync(path.join(src, 'uploads'), { recursive: true })
    fs.writeFileSync(path.join(src, 'uploads', 'a.txt'), 'hello')
    const made = path.join(dir, 'made.tar.gz')
    execFileSync('tar', ['-czf', made, '-C', src, 'uploads'])
    const out = path.join(dir, 'out')
    fs.mkdirSync(out)
    expect(await extractTarGz(made, out)).toEqual({
      'uploads/a.txt': { sha256: sha('hello'), bytes: 5 },
    })

    fs.writeFileSync(path.join(dir, 'evil.txt'), 'x')
    const evil = path.join(dir, 'evil.tar.gz')
    execFileSync('tar', ['-czf', evil, '-C', out, '--transform', 's,^,../,', 'uploads'])
    const out2 = path.join(dir, 'out2')
    fs.mkdirSync(out2)
    await expect(extractTarGz(evil, out2)).rejects.toThrow('outside')
  })

  it('should refuse a truncated archive', async () => {
    const archive = path.join(dir, 'a.tar.gz')
    await writeTarGz(archive, async function* () {
      yield { name: 'a.bin', content: Buffer.alloc(100_000, 1) }
    })
    const { gzipSync, gunzipSync } = await import('zlib')
    const tar = gunzipSync(fs.readFileSync(archive))
    fs.writeFileSync(archive, gzipSync(tar.subarray(0, 50_000)))
    const out = path.join(dir, 'out')
    fs.mkdirSync(out)
    await expect(extractTarGz(archive, out)).rejects.toThrow('middle of a file')
  })
})
