import { sql as pgSql } from '@payloadcms/db-postgres'
import { sql as sqliteSql } from '@payloadcms/db-sqlite'
import type { Payload, PayloadRequest } from 'payload'

/** The drizzle `sql` tag of the adapter in use (each adapter bundles its own drizzle). */
export type SqlTag = typeof pgSql
export type SqlFragment = ReturnType<SqlTag>

export type Dialect = 'sqlite' | 'postgres' | 'mongoose'

export const dialectOf = (payload: Payload): Dialect => payload.db.name as Dialect

type DrizzleLike = {
  execute?: (query: unknown) => Promise<{ rows: Record<string, unknown>[] }>
  all?: (query: unknown) => Promise<Record<string, unknown>[]>
}

/**
 * Runs one SQL statement on SQLite or PostgreSQL, inside the request's transaction when there is
 * one, and returns its rows. The statement must be written in SQL both databases accept. For
 * aggregates and atomic counters that Payload's Local API does not express; never for plain reads.
 */
export const querySql = async (
  payload: Payload,
  req: Partial<PayloadRequest> | undefined,
  build: (sql: SqlTag) => SqlFragment,
): Promise<Record<string, unknown>[]> => {
  const dialect = dialectOf(payload)
  if (dialect === 'mongoose') throw new Error('querySql is for SQL databases')
  // The drizzle instance and its per-transaction sessions are the SQL adapters' own.
  const adapter = payload.db as typeof payload.db & {
    drizzle: DrizzleLike
    sessions?: Record<string, { db: DrizzleLike }>
  }
  const transactionID = req?.transactionID ? await req.transactionID : undefined
  const db = (transactionID && adapter.sessions?.[String(transactionID)]?.db) || adapter.drizzle
  if (dialect === 'postgres') {
    const result = await db.execute!(build(pgSql))
    return result.rows
  }
  // Each adapter bundles its own drizzle: the two `sql` tags differ in type only.
  return db.all!(build(sqliteSql as unknown as SqlTag))
}
