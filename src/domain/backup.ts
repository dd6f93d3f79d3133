/**
 * Backups as plain functions: the archive's name, which archives to keep, when the daily backup is
 * due, the manifest written into every archive, and how a restored database is checked against
 * it. No Payload, no files: src/lib/backup/ does the copying and calls these.
 */
import { localParts, zonedTime } from './time'

export const MANIFEST_FILE = 'manifest.json'
export const MANIFEST_FORMAT = 'wuye-backup'
export const MANIFEST_VERSION = 1

/** Where each part lies inside the archive. */
export const ARCHIVE_PATHS = {
  sqlite: 'database/app.db',
  postgres: 'database/postgres.dump',
  uploads: 'uploads/',
  notices: 'notices/',
} as const

export type DatabaseKind = 'sqlite' | 'postgres'

export type FileDigest = { sha256: string; bytes: number }

export type NoticeDigest = { id: number | string; filename: string; sha256: string }

export type Manifest = {
  format: typeof MANIFEST_FORMAT
  formatVersion: typeof MANIFEST_VERSION
  app: { name: string; version: string }
  database: { kind: DatabaseKind; file: string }
  createdAt: string
  /** Rows of every collection in the configuration, read from the copy that was archived. */
  counts: Record<string, number>
  /** Every file in the archive but the manifest itself, by its path in the archive. */
  files: Record<string, FileDigest>
  /** Every issued notice's stored SHA-256 (its PDF is under `notices/`). */
  issuedNotices: NoticeDigest[]
}

/** The last successful backup, as written beside the archives and read by the health check. */
export type LastBackup = { at: string; file: string; bytes: number }

const NAME = /^wuye-backup-(\d{4}-\d{2}-\d{2}T\d{6}Z)(?:-(\d+))?\.tar\.gz$/

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** `wuye-backup-2026-12-01T023000Z.tar.gz` (UTC; `-2`, `-3`… when a name is taken). */
export const archiveName = (at: Date, attempt = 1): string => {
  const stamp =
    `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}-${pad(at.getUTCDate())}` +
    `T${pad(at.getUTCHours())}${pad(at.getUTCMinutes())}${pad(at.getUTCSeconds())}Z`
  return `wuye-backup-${stamp}${attempt > 1 ? `-${attempt}` : ''}.tar.gz`
}

/** Whether a file name is one of our archives (nothing else in the folder is ever deleted). */
export const isArchiveName = (name: string): boolean => NAME.test(name)

/**
 * The archives to delete so that the newest `keep` remain, oldest first. Only names of our own
 * archives count; anything else in the folder is left alone. `keep` below 1 keeps one: the
 * retention never deletes the backup that was just made.
 */
export const archivesToDelete = (names: readonly string[], keep: number): string[] => {
  const ours = names
    .map((name) => ({ name, match: NAME.exec(name) }))
    .filter((a): a is { name: string; match: RegExpExecArray } => a.match !== null)
    .sort(
      (a, b) =>
        a.match[1].localeCompare(b.match[1]) ||
        Number(a.match[2] ?? 1) - Number(b.match[2] ?? 1) ||
        a.name.localeCompare(b.name),
    )
  const kept = Math.max(1, Math.floor(keep) || 1)
  return ours.slice(0, Math.max(0, ours.length - kept)).map((a) => a.name)
}

/**
 * Whether the daily backup is due: the office's clock has passed today's backup time and no
 * backup has been made since that moment. A server that was down at the time catches up when it
 * next looks; a backup made by hand after the time counts for the day.
 */
export const backupDue = ({
  now,
  timezone,
  backupTime,
  lastBackupAt,
}: {
  now: Date
  timezone: string
  /** HH:MM, the office's local time. */
  backupTime: string
  lastBackupAt: string | null
}): boolean => {
  const [hour, minute] = backupTime.split(':').map(Number)
  if (!Number.isInteger(hour) || !Number.isInteger(minute)) return false
  const today = localParts(now, timezone)
  const scheduled = zonedTime(timezone, today.year, today.month, today.day, hour, minute)
  if (now.getTime() < scheduled.getTime()) return false
  const last = lastBackupAt ? new Date(lastBackupAt).getTime() : NaN
  return !Number.isFinite(last) || last < scheduled.getTime()
}

/** Backups seen from the health check: none configured, none yet, recent, or overdue. */
export type BackupState = 'not configured' | 'none yet' | 'ok' | 'overdue'

/** A daily backup older than this is overdue (a day plus slack for a slow run). */
export const BACKUP_OVERDUE_MS = 26 * 60 * 60 * 1000

export const backupState = (
  configured: boolean,
  last: LastBackup | null,
  now: Date,
): BackupState => {
  if (!configured) return 'not configured'
  if (!last) return 'none yet'
  const at = new Date(last.at).getTime()
  return Number.isFinite(at) && now.getTime() - at <= BACKUP_OVERDUE_MS ? 'ok' : 'overdue'
}

/** Reads `last-backup.json`'s text; anything malformed is no backup. */
export const parseLastBackup = (text: string | null): LastBackup | null => {
  if (!text) return null
  try {
    const value = JSON.parse(text) as Partial<LastBackup>
    if (
      typeof value.at === 'string' &&
      typeof value.file === 'string' &&
      typeof value.bytes === 'number'
    ) {
      return { at: value.at, file: value.file, bytes: value.bytes }
    }
  } catch {
    // not JSON
  }
  return null
}

export const buildManifest = (input: Omit<Manifest, 'format' | 'formatVersion'>): Manifest => ({
  format: MANIFEST_FORMAT,
  formatVersion: MANIFEST_VERSION,
  app: input.app,
  database: input.database,
  createdAt: input.createdAt,
  counts: Object.fromEntries(Object.entries(input.counts).sort(([a], [b]) => a.localeCompare(b))),
  files: Object.fromEntries(Object.entries(input.files).sort(([a], [b]) => a.localeCompare(b))),
  issuedNotices: [...input.issuedNotices].sort((a, b) => String(a.id).localeCompare(String(b.id))),
})

/** A manifest read back from an archive, or the reason it is not one. */
export const parseManifest = (text: string): Manifest => {
  let value: Partial<Manifest>
  try {
    value = JSON.parse(text) as Partial<Manifest>
  } catch {
    throw new Error('manifest.json is not JSON')
  }
  if (value.format !== MANIFEST_FORMAT || value.formatVersion !== MANIFEST_VERSION) {
    throw new Error(
      `manifest.json is not a ${MANIFEST_FORMAT} manifest of version ${MANIFEST_VERSION}`,
    )
  }
  if (
    !value.database ||
    (value.database.kind !== 'sqlite' && value.database.kind !== 'postgres') ||
    !value.counts ||
    !value.files ||
    !Array.isArray(value.issuedNotices)
  ) {
    throw new Error('manifest.json lacks the database, counts, files or issued notices')
  }
  return value as Manifest
}

/** One line of the verification table. */
export type Check = { what: string; expected: string; actual: string; ok: boolean }

/**
 * The archive's files against the manifest: each listed file present with its size and SHA-256,
 * nothing unlisted. Run before anything is restored.
 */
export const checkArchiveFiles = (
  listed: Manifest['files'],
  found: Record<string, FileDigest>,
): Check[] => {
  const checks: Check[] = []
  for (const [file, want] of Object.entries(listed)) {
    const got = found[file]
    checks.push({
      what: `file ${file}`,
      expected: want.sha256.slice(0, 16),
      actual: got ? got.sha256.slice(0, 16) : 'missing',
      ok: !!got && got.sha256 === want.sha256 && got.bytes === want.bytes,
    })
  }
  for (const file of Object.keys(found)) {
    if (!(file in listed)) {
      checks.push({ what: `file ${file}`, expected: 'not listed', actual: 'present', ok: false })
    }
  }
  return checks
}

/** An issued notice as found in the restored database, with the SHA-256 of its restored file. */
export type RestoredNotice = {
  id: number | string
  filename: string
  /** The SHA-256 the database stores. */
  sha256: string
  /** The SHA-256 recomputed from the restored PDF; null when the file is missing. */
  fileSha256: string | null
}

/**
 * The restored database against the manifest: every collection's count (those in the manifest and
 * those in the restored configuration), and every issued notice — in the database, with the
 * SHA-256 the manifest recorded, and its restored PDF hashing to it.
 */
export const compareRestore = (
  manifest: Pick<Manifest, 'counts' | 'issuedNotices'>,
  restored: { counts: Record<string, number>; notices: RestoredNotice[] },
): Check[] => {
  const checks: Check[] = []
  const collections = [
    ...new Set([...Object.keys(manifest.counts), ...Object.keys(restored.counts)]),
  ].sort()
  for (const slug of collections) {
    const expected = manifest.counts[slug]
    const actual = restored.counts[slug]
    checks.push({
      what: `count ${slug}`,
      expected: expected === undefined ? 'absent' : String(expected),
      actual: actual === undefined ? 'absent' : String(actual),
      ok: expected !== undefined && expected === actual,
    })
  }
  const byId = new Map(restored.notices.map((n) => [String(n.id), n]))
  for (const want of manifest.issuedNotices) {
    const got = byId.get(String(want.id))
    byId.delete(String(want.id))
    const actual = !got
      ? 'missing'
      : got.fileSha256 === null
        ? 'file missing'
        : got.fileSha256 !== got.sha256
          ? `file ${got.fileSha256.slice(0, 16)}`
          : got.sha256.slice(0, 16)
    checks.push({
      what: `notice ${want.id} ${want.filename}`,
      expected: want.sha256.slice(0, 16),
      actual,
      ok: !!got && got.sha256 === want.sha256 && got.fileSha256 === want.sha256,
    })
  }
  for (const extra of byId.values()) {
    checks.push({
      what: `notice ${extra.id} ${extra.filename}`,
      expected: 'not in manifest',
      actual: extra.sha256.slice(0, 16),
      ok: false,
    })
  }
  return checks
}

/** The checks as a plain-text table, failures marked. */
export const formatChecks = (checks: readonly Check[]): string => {
  const header: [string, string, string, string] = ['check', 'expected', 'restored', '']
  const rows = checks.map((c): [string, string, string, string] => [
    c.what,
    c.expected,
    c.actual,
    c.ok ? 'ok' : 'MISMATCH',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)))
  const line = (r: readonly string[]) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]))
      .join('  ')
      .trimEnd()
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
