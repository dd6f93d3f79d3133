import fs from 'fs'
import path from 'path'

import type { Payload } from 'payload'

import type { FileDigest, LastBackup, Manifest } from '@/domain/backup'
import {
  ARCHIVE_PATHS,
  MANIFEST_FILE,
  archiveName,
  archivesToDelete,
  buildManifest,
  parseLastBackup,
} from '@/domain/backup'
import { attachmentDir, noticeDir } from '@/lib/storageDirs'

import { snapshotDatabase } from './snapshot'
import type { TarEntry } from './tar'
import { writeTarGz } from './tar'

/** Written beside the archives after each successful backup; the health check reads it. */
export const LAST_BACKUP_FILE = 'last-backup.json'

/** The folder scheduled backups go to, or null: `BACKUP_DIR` unset means none are scheduled. */
export const backupDirFromEnv = (env: Record<string, string | undefined> = process.env) =>
  env.BACKUP_DIR?.trim() ? path.resolve(env.BACKUP_DIR.trim()) : null

/** The app's name and version, from the package.json of the folder the app runs in. */
const appIdentity = (): Manifest['app'] => {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(process.cwd(), 'package.json'), 'utf8'))
    return { name: String(pkg.name ?? 'unknown'), version: String(pkg.version ?? 'unknown') }
  } catch {
    return { name: 'unknown', version: 'unknown' }
  }
}

/** Every regular file under `root`, as paths relative to it with `/` separators, sorted. */
export const filesUnder = async (root: string): Promise<string[]> => {
  if (!fs.existsSync(root)) return []
  const found: string[] = []
  const walk = async (dir: string) => {
    for (const entry of await fs.promises.readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.isFile()) found.push(path.relative(root, full).split(path.sep).join('/'))
    }
  }
  await walk(root)
  return found.sort()
}

/** A name in `dir` not taken yet (two backups in one second get `-2`). */
const freeName = (dir: string, at: Date): string => {
  for (let attempt = 1; ; attempt++) {
    const name = archiveName(at, attempt)
    if (!fs.existsSync(path.join(dir, name)) && !fs.existsSync(path.join(dir, `.${name}.partial`)))
      return name
  }
}

export type BackupResult = { file: string; bytes: number; manifest: Manifest }

/**
 * One backup: the database copied consistently, then the uploads and the issued notices'
 * files, into one gzipped tar in `outDir` with `manifest.json` last (it lists the SHA-256 of
 * every file before it). Files are read after the database was copied: every file a copied row
 * points at already exists (uploads are written before their rows commit, and never changed).
 * The archive appears under its final name only when complete; `last-backup.json` is updated.
 */
export const createBackup = async (
  payload: Payload,
  { outDir, now = new Date() }: { outDir: string; now?: Date },
): Promise<BackupResult> => {
  const dir = path.resolve(outDir)
  await fs.promises.mkdir(dir, { recursive: true })
  const name = freeName(dir, now)
  const partial = path.join(dir, `.${name}.partial`)
  const staging = await fs.promises.mkdtemp(path.join(dir, '.staging-'))
  try {
    const dbFile = path.join(staging, 'database')
    const snapshot = await snapshotDatabase(payload, dbFile)
    const dbEntry = ARCHIVE_PATHS[snapshot.kind]
    const uploads = path.resolve(attachmentDir())
    const notices = path.resolve(noticeDir())
    const uploadFiles = await filesUnder(uploads)
    const noticeFiles = await filesUnder(notices)
    let manifest: Manifest | undefined
    const entries = async function* (
      written: Readonly<Record<string, FileDigest>>,
    ): AsyncGenerator<TarEntry> {
      yield { name: dbEntry, file: dbFile }
      for (const file of uploadFiles) {
        yield { name: ARCHIVE_PATHS.uploads + file, file: path.join(uploads, file) }
      }
      for (const file of noticeFiles) {
        yield { name: ARCHIVE_PATHS.notices + file, file: path.join(notices, file) }
      }
      manifest = buildManifest({
        app: appIdentity(),
        database: { kind: snapshot.kind, file: dbEntry },
        createdAt: now.toISOString(),
        counts: snapshot.counts,
        files: { ...written },
        issuedNotices: snapshot.notices,
      })
      yield { name: MANIFEST_FILE, content: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }
    }
    await writeTarGz(partial, entries)
    const file = path.join(dir, name)
    await fs.promises.rename(partial, file)
    const { size: bytes } = await fs.promises.stat(file)
    await writeLastBackup(dir, { at: now.toISOString(), file: name, bytes })
    payload.logger.info({ msg: `Backup written: ${file} (${bytes} bytes)` })
    return { file, bytes, manifest: manifest! }
  } finally {
    await fs.promises.rm(staging, { recursive: true, force: true })
    await fs.promises.rm(partial, { force: true })
  }
}

const writeLastBackup = async (dir: string, last: LastBackup) => {
  const tmp = path.join(dir, `.${LAST_BACKUP_FILE}.tmp`)
  await fs.promises.writeFile(tmp, `${JSON.stringify(last, null, 2)}\n`)
  await fs.promises.rename(tmp, path.join(dir, LAST_BACKUP_FILE))
}

/** The last successful backup recorded in `dir`, or null. */
export const readLastBackup = async (dir: string): Promise<LastBackup | null> =>
  parseLastBackup(
    await fs.promises.readFile(path.join(dir, LAST_BACKUP_FILE), 'utf8').catch(() => null),
  )

/** Deletes the oldest archives in `dir` beyond `keep`; returns the names deleted. */
export const pruneArchives = async (dir: string, keep: number): Promise<string[]> => {
  const doomed = archivesToDelete(await fs.promises.readdir(dir), keep)
  for (const name of doomed) await fs.promises.rm(path.join(dir, name), { force: true })
  return doomed
}
