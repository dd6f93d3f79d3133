/**
 * The load benchmark's data (bench/load.ts runs this in a child process on the freshly migrated
 * database, as production): the demo estate (seed/, every hook), then 100,000 complaints by the
 * bulk insert of bench/complaintData.ts over the estate's units, and the dashboard's closed months
 * as the nightly job keeps them. Prints the ids the clients need as one JSON line.
 */
import { createLocalReq, getPayload } from 'payload'

import { closePayload } from '../src/lib/closePayload'
import { refreshClosedMonths } from '../src/lib/dashboard/monthFigures'
import { officeSettings } from '../src/lib/officeSettings'
import { dialectOf, querySql } from '../src/lib/sql'
import { slugs } from '../src/slugs'
import { seed } from '../seed/seed'

import { bulkComplaints } from './complaintData'

const COMPLAINTS = Number(process.env.BENCH_LOAD_COMPLAINTS ?? 100_000)

const { default: config } = await import('../payload.config')
const payload = await getPayload({ config: await config })
const started = Date.now()
const report = await seed(payload, process.env.SEED_PASSWORD)
const seeded = Date.now()
const units = await payload.find({
  collection: slugs.units,
  pagination: false,
  depth: 0,
  select: { building: true },
})
await bulkComplaints(
  payload,
  COMPLAINTS,
  units.docs.map((u) => u.id),
  units.docs.map((u) => u.building),
)
const loaded = Date.now()
const req = await createLocalReq({}, payload)
const office = await officeSettings(req)
await refreshClosedMonths(req, office.timezone)
// After a bulk load an operator vacuums and analyses (PostgreSQL's autovacuum would, in its own
// time — and it is off on these machines: without it the planner expected 7 open complaints of
// 15,130, and counts read every row from the table for want of a visibility map). SQLite's
// statistics are gathered when the server starts (src/config/plannerStatistics.ts).
if (dialectOf(payload) === 'postgres')
  await querySql(payload, undefined, (sql) => sql.raw('VACUUM ANALYZE'))

const users = await payload.find({
  collection: slugs.users,
  pagination: false,
  depth: 0,
  select: { email: true, roles: true },
})
const ids = async (status: string | null, limit: number) =>
  (
    await payload.find({
      collection: slugs.complaints,
      where: status
        ? { and: [{ status: { equals: status } }, { number: { like: 'TS-BENCH' } }] }
        : { number: { like: 'TS-BENCH' } },
      sort: 'id',
      limit,
      depth: 0,
      select: { number: true },
    })
  ).docs.map((d) => d.id)
const residents = await payload.find({
  collection: slugs.residents,
  limit: 50,
  depth: 0,
  select: { units: true },
})
const total = (await payload.count({ collection: slugs.complaints })).totalDocs
// Reads spread over the table (every 20th of the first 4,000 bulk rows); registered complaints
// for the dispatch action, one each.
const readable = (await ids(null, 4000)).filter((_, i) => i % 20 === 0)
const registered = await ids('registered', 5000)
await closePayload(payload)
console.log(
  JSON.stringify({
    seedSeconds: (seeded - started) / 1000,
    bulkSeconds: (loaded - seeded) / 1000,
    seeded: report,
    complaints: total,
    users: Object.fromEntries(users.docs.map((u) => [u.email, u.id])),
    readable,
    registered,
    residents: residents.docs
      .map((r) => ({
        resident: r.id,
        unit: (r.units as Array<number | { id: number }> | undefined)?.map((u) =>
          typeof u === 'object' ? u.id : u,
        )[0],
      }))
      .filter((r) => r.unit !== undefined),
  }),
)
process.exit(0)
