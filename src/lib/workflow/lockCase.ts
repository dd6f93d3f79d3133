import type { PayloadRequest } from 'payload'

import { dialectOf, querySql } from '@/lib/sql'

/**
 * Locks a case's row for the rest of the request's transaction, so that two actions on one case
 * run one after the other: the second reads what the first wrote, instead of both planning on the
 * same state and the later write silently replacing the earlier (PostgreSQL's READ COMMITTED lets
 * that happen inside transactions too).
 *
 * - PostgreSQL: `SELECT … FOR UPDATE` on the collection's table, in the request's transaction.
 * - SQLite: nothing to do. Payload's transactions there are `BEGIN IMMEDIATE` and queued in-process
 *   (`hardenSqliteClient`), so a transaction that reads the case already holds the only writer.
 * - MongoDB (wired, not tested here): multi-document transactions abort the later of two writers
 *   to one document with a write conflict, which Payload reports as an error: no silent loss.
 */
export const lockCase = async (req: PayloadRequest, collection: string, id: number | string) => {
  if (dialectOf(req.payload) !== 'postgres') return
  if (!req.transactionID) throw new Error('lockCase needs the request to be in a transaction')
  // Payload's drizzle adapters name a collection's table after its slug in snake case.
  const table = collection.replace(/-/g, '_')
  if (!/^[a-z_][a-z0-9_]*$/.test(table)) throw new Error(`Not a table name: ${table}`)
  await querySql(
    req.payload,
    req,
    (sql) => sql`SELECT id FROM ${sql.raw(`"${table}"`)} WHERE id = ${id} FOR UPDATE`,
  )
}
