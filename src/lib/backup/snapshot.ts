/**
 * A consistent copy of the database, taken while the app runs, with the figures the manifest
 * needs read from that same copy (not from the live database, which moves on meanwhile):
 * - SQLite: `VACUUM INTO` through the adapter's libsql client (a read snapshot in WAL mode:
 *   writers carry on), then the copy is opened on its own and counted.
 * - PostgreSQL: one REPEATABLE READ transaction exports its snapshot; `pg_dump --snapshot` dumps
 *   exactly what that transaction sees, and the counts are read in it.
 */
import { spawn } from 'child_process'

import { createClient } from '@libsql/client'
import type { Payload } from 'payload'
import type pg from 'pg'

import type { DatabaseKind, NoticeDigest } from '@/domain/backup'
import { dialectOf } from '@/lib/sql'
import { slugs } from '@/slugs'

/** What a snapshot yields besides the file: rows per collection and the issued notices. */
export type SnapshotFigures = { counts: Record<string, number>; notices: NoticeDigest[] }

type Rows = (statement: string) => Promise<Record<string, unknown>[]>

/** The SQL table of a collection, as the drizzle adapters name it (`dbName` is not used here). */
export const tableOf = (payload: Payload, slug: string): string => {
  const map = (payload.db as typeof payload.db & { tableNameMap?: Map<string, string> })
    .tableNameMap
  const table = map?.get(slug.replace(/-/g, '_'))
  if (!table) throw new Error(`No table found for the collection ${slug}`)
  return table
}

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`

/** Rows per collection of the configuration and the issued notices, through a query runner. */
export const readFigures = async (payload: Payload, rows: Rows): Promise<SnapshotFigures> => {
  const counts: Record<string, number> = {}
  for (const collection of payload.config.collections) {
    const [row] = await rows(
      `SELECT count(*) AS n FROM ${quote(tableOf(payload, collection.slug))}`,
    )
    counts[collection.slug] = Number(row?.n ?? 0)
  }
  const notices = (
    await rows(
      `SELECT id, filename, sha256 FROM ${quote(tableOf(payload, slugs.issuedNotices))} ORDER BY id`,
    )
  ).map((row) => ({
    id: row.id as number | string,
    filename: String(row.filename ?? ''),
    sha256: String(row.sha256 ?? ''),
  }))
  return { counts, notices }
}

type LibsqlClient = {
  execute: (statement: { sql: string; args: unknown[] } | string) => Promise<unknown>
}

const snapshotSqlite = async (payload: Payload, target: string): Promise<SnapshotFigures> => {
  const client = (payload.db as typeof payload.db & { client?: LibsqlClient }).client
  if (!client) throw new Error('The SQLite adapter has no client')
  await client.execute({ sql: 'VACUUM INTO ?', args: [target] })
  const copy = createClient({ url: `file:${target}` })
  try {
    return await readFigures(payload, async (sql) => (await copy.execute(sql)).rows as never)
  } finally {
    copy.close()
  }
}

/** A connection string without its password, which goes to pg_dump through the environment. */
export const pgConnection = (uri: string): { uri: string; env: Record<string, string> } => {
  const url = new URL(uri)
  const password = decodeURIComponent(url.password)
  url.password = ''
  return { uri: url.toString(), env: password ? { PGPASSWORD: password } : {} }
}

/** Runs a PostgreSQL client program; its stderr becomes the error when it fails. */
export const runPgTool = (
  program: string,
  args: string[],
  env: Record<string, string>,
): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(program, args, {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString()
    })
    child.on('error', (error) => reject(new Error(`${program} could not start: ${error.message}`)))
    child.on('close', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${program} exited with ${code}: ${stderr.trim().slice(0, 2000)}`)),
    )
  })

const snapshotPostgres = async (payload: Payload, target: string): Promise<SnapshotFigures> => {
  const db = payload.db as typeof payload.db & {
    pool?: pg.Pool
    poolOptions?: { connectionString?: string }
  }
  const uri = db.poolOptions?.connectionString ?? process.env.DATABASE_URI
  if (!db.pool || !uri) throw new Error('The PostgreSQL adapter has no pool or connection string')
  const client = await db.pool.connect()
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
    const figures = await readFigures(payload, async (sql) => (await client.query(sql)).rows)
    const connection = pgConnection(uri)
    // The snapshot lives as long as this transaction: pg_dump must finish before COMMIT.
    await runPgTool(
      'pg_dump',
      [
        '--format=custom',
        `--snapshot=${rows[0].id}`,
        '--no-owner',
        '--no-privileges',
        `--file=${target}`,
        `--dbname=${connection.uri}`,
      ],
      connection.env,
    )
    await client.query('COMMIT')
    return figures
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.release()
  }
}

/** Copies the database into `target` and reads the manifest's figures from the copy. */
export const snapshotDatabase = async (
  payload: Payload,
  target: string,
): Promise<SnapshotFigures & { kind: DatabaseKind }> => {
  const dialect = dialectOf(payload)
  if (dialect === 'sqlite') return { kind: 'sqlite', ...(await snapshotSqlite(payload, target)) }
  if (dialect === 'postgres') {
    return { kind: 'postgres', ...(await snapshotPostgres(payload, target)) }
  }
  throw new Error(`Backups support SQLite and PostgreSQL, not ${dialect}`)
}
