import fs from 'fs'
import path from 'path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseTarget } from '@/domain/databaseUri'
import { DatabaseUriError, parallelWorkers, parseDatabaseUri } from '@/domain/databaseUri'

import { SQLITE_BUSY_TIMEOUT_MS } from './hardenSqlite'

const root = process.cwd()

/** Builds the adapter for a target. Migrations live in one folder per adapter. */
export const buildDatabaseAdapter = (target: DatabaseTarget): DatabaseAdapterObj => {
  switch (target.kind) {
    case 'sqlite':
      // The embedded default needs no set-up: its folder is made on first start.
      fs.mkdirSync(path.dirname(path.resolve(root, target.file)), { recursive: true })
      return sqliteAdapter({
        client: { url: target.url },
        // Never reuse an id of a deleted row: audit entries and printed numbers point at ids.
        autoIncrement: true,
        wal: true,
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        // Writers take the lock when they begin: a deferred transaction that reads and then
        // writes cannot wait for the lock and fails with SQLITE_BUSY under concurrency.
        transactionOptions: { behavior: 'immediate' },
        migrationDir: path.resolve(root, 'migrations/sqlite'),
      })
    case 'postgres':
      return postgresAdapter({
        pool: {
          connectionString: target.url,
          max: Number(process.env.DATABASE_POOL_MAX) || 10,
          // How long a query waits for a free connection before the request is answered 503.
          connectionTimeoutMillis: Number(process.env.DATABASE_POOL_TIMEOUT_MS) || 10_000,
          idleTimeoutMillis: 30_000,
          // No parallel query for the app's own statements: its lists read 10–50 rows by an
          // index, and starting two parallel workers for such a read cost 120–170 ms of a
          // 3 ms statement on this 2-core machine under load (a complaints page of 10 with
          // Payload's sort, measured with EXPLAIN ANALYZE). DATABASE_PARALLEL_WORKERS sets it.
          options: `-c max_parallel_workers_per_gather=${parallelWorkers(process.env)}`,
        },
        migrationDir: path.resolve(root, 'migrations/postgres'),
      })
    case 'mongodb':
      return mongooseAdapter({
        url: target.url,
        migrationDir: path.resolve(root, 'migrations/mongodb'),
      })
  }
}

/**
 * The adapter chosen by `DATABASE_URI`. An unsupported value stops the process at start with one
 * line naming the variable and the accepted forms, rather than a stack trace from deep inside.
 */
export const databaseFromEnv = (
  env: Record<string, string | undefined> = process.env,
): DatabaseAdapterObj => {
  try {
    return buildDatabaseAdapter(parseDatabaseUri(env.DATABASE_URI))
  } catch (error) {
    if (error instanceof DatabaseUriError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}
