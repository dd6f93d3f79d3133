/**
 * Exporting 100,000 complaints to xlsx through `GET /api/export/complaints.xlsx` (Payload's real
 * handler, a manager's JWT, the body read to the end as a browser would): wall time, peak RSS
 * above the idle server (sampled every 50 ms), and the p95 of small reads (`payload.find`, 10
 * complaints, as the same user) sent one after another during the export vs without it.
 */
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { slugs } from '../src/slugs'

import { bulkComplaints } from './complaintData'

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }

export type ExportBench = {
  rows: number
  bytes: number
  wallMs: number
  idleRssMb: number
  peakAboveIdleMb: number
  loadSeconds: number
  readsIdle: Summary
  readsDuring: Summary
}

const MB = 1024 * 1024

/**
 * The query the 导出 Excel button sends from the complaints list as it first opens: newest first,
 * the list's columns (the collection's default columns). `BENCH_EXPORT_COLUMNS=all` exports every
 * column instead (44 for a manager).
 */
export const exportQuery = (config: SanitizedConfig) => {
  const query = new URLSearchParams({ sort: '-registeredAt' })
  const columns = config.collections.find((c) => c.slug === slugs.complaints)?.admin.defaultColumns
  if (process.env.BENCH_EXPORT_COLUMNS !== 'all' && columns?.length) {
    query.set('columns', JSON.stringify(columns))
  }
  return query.toString()
}

export const benchExport = async (
  payload: Payload,
  config: SanitizedConfig,
  summarise: (times: number[]) => Summary,
  total = 100_000,
): Promise<ExportBench> => {
  const units: number[] = []
  const buildings: string[] = []
  for (let n = 0; n < 20; n++) {
    const building = `${(n % 5) + 1}栋`
    const unit = await payload.create({
      collection: slugs.units,
      data: {
        estate: '基准',
        building,
        floor: 1,
        number: `X${n}`,
        area: 80,
        use: 'residential',
        status: 'occupied',
      },
    })
    units.push(unit.id)
    buildings.push(building)
  }
  const loadStart = performance.now()
  await bulkComplaints(payload, total, units, buildings)
  const loadSeconds = (performance.now() - loadStart) / 1000

  const email = 'bench-export-manager@bench.local'
  const password = 'bench-password-2026'
  await payload.create({
    collection: slugs.users,
    data: { email, password, name: '基准导出', roles: ['property-manager'] },
  })
  const jwt = (await payload.login({ collection: slugs.users, data: { email, password } })).token!
  const user = (
    await payload.find({ collection: slugs.users, where: { email: { equals: email } } })
  ).docs[0]

  /** Small reads one after another until `stop()`; returns their latencies. */
  const reader = () => {
    let running = true
    const times: number[] = []
    const done = (async () => {
      while (running) {
        const t = performance.now()
        await payload.find({
          collection: slugs.complaints,
          limit: 10,
          depth: 0,
          sort: '-registeredAt',
          overrideAccess: false,
          user,
        })
        times.push(performance.now() - t)
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
    })()
    return {
      stop: async () => {
        running = false
        await done
        return times
      },
    }
  }

  // Warm-up, then the small reads alone for a few seconds.
  const warm = reader()
  await new Promise((resolve) => setTimeout(resolve, 1000))
  await warm.stop()
  const idle = reader()
  await new Promise((resolve) => setTimeout(resolve, 4000))
  const readsIdle = await idle.stop()

  global.gc?.()
  await new Promise((resolve) => setTimeout(resolve, 200))
  const idleRss = process.memoryUsage().rss
  let peakRss = idleRss
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss)
  }, 50)

  const during = reader()
  const start = performance.now()
  const response = await handleEndpoints({
    config,
    request: new Request(
      `http://localhost:3000/api/export/complaints.xlsx?${exportQuery(config)}`,
      {
        headers: { Authorization: `JWT ${jwt}` },
      },
    ),
  })
  if (response.status !== 200) throw new Error(`export answered ${response.status}`)
  let bytes = 0
  const body = response.body!.getReader()
  for (;;) {
    const chunk = await body.read()
    if (chunk.done) break
    bytes += chunk.value.byteLength
  }
  const wallMs = performance.now() - start
  const readsDuring = await during.stop()
  clearInterval(sampler)
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
  const rows = (await payload.count({ collection: slugs.complaints })).totalDocs
  return {
    rows,
    bytes,
    wallMs,
    idleRssMb: idleRss / MB,
    peakAboveIdleMb: (peakRss - idleRss) / MB,
    loadSeconds,
    readsIdle: summarise(readsIdle),
    readsDuring: summarise(readsDuring),
  }
}
