import type { Payload } from 'payload'

import { dialectOf, querySql } from '@/lib/sql'

/**
 * The query planner's statistics, gathered afresh where they are missing or stale. Run when a
 * server starts (onInit) and by the nightly job.
 *
 * SQLite keeps none by itself: without them it chooses an index by its shape alone, and over
 * 100,000 complaints it took `kind, registered_at` for the collective-complaint check of every
 * registration (a whole window of complaints stepped through, 22 ms) where `building, category,
 * registered_at` answers it in 0.05 ms. `ANALYZE` reads every index whole (350 ms over the load
 * benchmark's 100,000 complaints; sampling the first 1,000 rows of each, `analysis_limit`, took
 * 33 ms and still chose the wrong index, and `PRAGMA optimize` in SQLite 3.45 looks only at tables
 * the connection has already queried). Other writes wait their turn meanwhile
 * (src/config/hardenSqlite.ts).
 *
 * PostgreSQL keeps them through autovacuum — when it is on. Where an operator has turned it off
 * (as on the machines this was built on), a table bulk-loaded with 100,000 complaints had none:
 * the planner expected 7 open complaints and got 15,130. So the tables autovacuum would analyse
 * by its own default rule (changed rows since the last ANALYZE above 50 + 10 % of the table) are
 * analysed here; with autovacuum on there is seldom any. A fresh or small database has none.
 */
export const refreshPlannerStatistics = async (payload: Payload): Promise<string[]> => {
  const dialect = dialectOf(payload)
  if (dialect === 'sqlite') {
    await querySql(payload, undefined, (sql) => sql.raw('ANALYZE'))
    return ['*']
  }
  if (dialect !== 'postgres') return []
  const stale = await querySql(
    payload,
    undefined,
    (sql) => sql`SELECT relname AS "table" FROM pg_stat_user_tables
      WHERE schemaname = current_schema() AND n_mod_since_analyze > 50 + 0.1 * n_live_tup
      ORDER BY relname`,
  )
  const tables = stale.map((row) => String(row.table))
  if (tables.length > 0) {
    const names = tables.map((t) => `"${t.replace(/"/g, '""')}"`).join(', ')
    await querySql(payload, undefined, (sql) => sql.raw(`ANALYZE ${names}`))
  }
  return tables
}
