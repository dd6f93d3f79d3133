import { createHash } from 'crypto'
import fs from 'fs'
import os from 'os'
import path from 'path'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import pg from 'pg'

import type { Check, Manifest, RestoredNotice } from '@/domain/backup'
import {
  ARCHIVE_PATHS,
  MANIFEST_FILE,
  checkArchiveFiles,
  compareRestore,
  formatChecks,
  parseManifest,
} from '@/domain/backup'
import type { DatabaseTarget } from '@/domain/databaseUri'
import { parseDatabaseUri } from '@/domain/databaseUri'
import { slugs } from '@/slugs'

import { pgConnection, runPgTool } from './snapshot'
import { extractTarGz } from './tar'

/** A restore refused before anything was changed; its message says why and what to do. */
export class RestoreRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RestoreRefused'
  }
}

const HOW_TO_EMPTY =
  'Restore needs an empty database: for SQLite name a file that does not exist yet ' +
  '(e.g. --to file:./data/restored.db); for PostgreSQL create one with ' +
  '`createdb -h 127.0.0.1 -U postgres wuye_restored` and pass --to postgres://…/wuye_restored.'

/** What a SQLite database holds besides SQLite's own tables; 0 when the file is missing. */
const sqliteObjects = async (file: string): Promise<number> => {
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) return 0
  const client = createClient({ url: `file:${file}` })
  try {
    const { rows } = await client.execute(
      "SELECT count(*) AS n FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'",
    )
    return Number(rows[0]?.n ?? 0)
  } finally {
    client.close()
  }
}

/** Tables, views, sequences and types in the PostgreSQL database's own schemas. */
const postgresObjects = async (uri: string): Promise<number> => {
  const client = new pg.Client({ connectionString: uri })
  await client.connect().catch((error: Error) => {
    throw new RestoreRefused(
      `Cannot connect to the target database: ${error.message}. ${HOW_TO_EMPTY}`,
    )
  })
  try {
    const { rows } = await client.query<{ n: number }>(`
      SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
               WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
                 AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%')
           + (SELECT count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
               WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
                 AND n.nspname NOT LIKE 'pg_toast%' AND t.typtype IN ('e', 'd', 'c')
                 AND NOT EXISTS (SELECT 1 FROM pg_class c WHERE c.reltype = t.oid))
           AS n`)
    return Number(rows[0]?.n ?? 0)
  } finally {
    await client.end()
  }
}

/** Refuses a target that holds anything: a restore never merges into, or replaces, data. */
export const refuseNonEmpty = async (target: DatabaseTarget): Promise<void> => {
  const objects =
    target.kind === 'sqlite'
      ? await sqliteObjects(path.resolve(target.file))
      : target.kind === 'postgres'
        ? await postgresObjects(target.url)
        : -1
  if (objects < 0)
    throw new RestoreRefused(`Restore supports SQLite and PostgreSQL, not ${target.kind}.`)
  if (objects > 0) {
    throw new RestoreRefused(
      `The target database is not empty (${objects} tables or other objects); nothing was changed. ${HOW_TO_EMPTY}`,
    )
  }
}

export type RestorePlan = {
  manifest: Manifest
  /** The archive's own files against its manifest (all ok, or the restore was refused). */
  archiveChecks: Check[]
}

/**
 * Restores an archive: unpacks it to a scratch folder and checks every file against the
 * manifest; refuses a target database that is not empty, a database of the other kind, and any
 * upload or notice file that already exists (all before anything is written); then loads the
 * database (a copy of the SQLite file; `pg_restore` in one transaction) and copies the files,
 * never over an existing one. Verification against the restored app is `verifyRestore`.
 */
export const restoreArchive = async ({
  archive,
  to,
  uploadsDir,
  noticesDir,
}: {
  archive: string
  to: string
  uploadsDir: string
  noticesDir: string
}): Promise<RestorePlan> => {
  if (!fs.existsSync(archive)) throw new RestoreRefused(`No archive at ${archive}.`)
  const target = parseDatabaseUri(to)
  const work = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'wuye-restore-'))
  try {
    const found = await extractTarGz(archive, work).catch((error: Error) => {
      throw new RestoreRefused(`The archive cannot be read: ${error.message}`)
    })
    if (!(MANIFEST_FILE in found)) throw new RestoreRefused('The archive has no manifest.json.')
    let manifest: Manifest
    try {
      manifest = parseManifest(await fs.promises.readFile(path.join(work, MANIFEST_FILE), 'utf8'))
    } catch (error) {
      throw new RestoreRefused((error as Error).message)
    }
    const { [MANIFEST_FILE]: _manifest, ...files } = found
    const archiveChecks = checkArchiveFiles(manifest.files, files)
    if (archiveChecks.some((c) => !c.ok)) {
      throw new RestoreRefused(
        `The archive does not match its manifest; nothing was changed.\n${formatChecks(archiveChecks.filter((c) => !c.ok))}`,
      )
    }
    if (target.kind !== manifest.database.kind) {
      throw new RestoreRefused(
        `The archive holds a ${manifest.database.kind} database; --to names a ${target.kind} one.`,
      )
    }
    await refuseNonEmpty(target)

    const copies: { from: string; to: string }[] = []
    for (const name of Object.keys(files)) {
      for (const [prefix, dir] of [
        [ARCHIVE_PATHS.uploads, uploadsDir],
        [ARCHIVE_PATHS.notices, noticesDir],
      ] as const) {
        if (name.startsWith(prefix)) {
          copies.push({
            from: path.join(work, name),
            to: path.resolve(dir, name.slice(prefix.length)),
          })
        }
      }
    }
    const taken = copies.filter((c) => fs.existsSync(c.to)).map((c) => c.to)
    if (taken.length > 0) {
      throw new RestoreRefused(
        `${taken.length} file(s) already exist where the uploads would go (${taken.slice(0, 3).join(', ')}${taken.length > 3 ? ', …' : ''}); nothing was changed. Restore into empty folders (--uploads <dir>).`,
      )
    }

    const dbFile = path.join(work, manifest.database.file)
    if (target.kind === 'sqlite') {
      const file = path.resolve(target.file)
      await fs.promises.mkdir(path.dirname(file), { recursive: true })
      // An empty file (or one with no tables) and its journal are replaced by the copy.
      for (const suffix of ['-wal', '-shm', '-journal'])
        await fs.promises.rm(file + suffix, { force: true })
      await fs.promises.copyFile(dbFile, file)
    } else {
      const connection = pgConnection(target.url)
      await runPgTool(
        'pg_restore',
        [
          '--no-owner',
          '--no-privileges',
          '--single-transaction',
          '--exit-on-error',
          `--dbname=${connection.uri}`,
          dbFile,
        ],
        connection.env,
      )
    }
    for (const copy of copies) {
      await fs.promises.mkdir(path.dirname(copy.to), { recursive: true })
      await fs.promises.copyFile(copy.from, copy.to, fs.constants.COPYFILE_EXCL)
    }
    return { manifest, archiveChecks }
  } finally {
    await fs.promises.rm(work, { recursive: true, force: true })
  }
}

const sha256Of = async (file: string): Promise<string | null> => {
  if (!fs.existsSync(file)) return null
  const hash = createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/**
 * The restored app against the manifest, through Payload booted on the restored database: each
 * collection's rows (the adapter's count, every row as the backup counted them, trashed ones
 * too) and each issued notice, its stored SHA-256 and the SHA-256 of its restored PDF.
 */
export const verifyRestore = async (
  payload: Payload,
  manifest: Pick<Manifest, 'counts' | 'issuedNotices'>,
  noticesDir: string,
): Promise<Check[]> => {
  const counts: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    counts[collection.slug] = (await payload.db.count({ collection: collection.slug })).totalDocs
  }
  const found = await payload.find({
    collection: slugs.issuedNotices,
    pagination: false,
    depth: 0,
    trash: true,
    overrideAccess: true,
  })
  const notices: RestoredNotice[] = []
  for (const doc of found.docs as {
    id: number | string
    filename?: string | null
    sha256?: string | null
  }[]) {
    const filename = doc.filename ?? ''
    notices.push({
      id: doc.id,
      filename,
      sha256: doc.sha256 ?? '',
      fileSha256: filename ? await sha256Of(path.resolve(noticesDir, filename)) : null,
    })
  }
  return compareRestore(manifest, { counts, notices })
}
