/**
 * Exporting 100,000 complaints to xlsx through `GET /api/export/complaints.xlsx` (Payload's real
 * handler, a manager's JWT, the body read to the end as a browser would): wall time, peak RSS
 * above the idle server (sampled every 50 ms), and the p95 of small reads (`payload.find`, 10
 * complaints, as the same user) offered at a steady rate during the export vs without it; then
 * the export once more with the reads sent back to back.
 */
import type { Payload, SanitizedConfig } from 'payload'
import { createLocalReq, handleEndpoints } from 'payload'

import { adapterPages, findPages } from '../src/lib/xlsx/exportReads'

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
  /** Offered rate of the other staff's reads during `wallMs` (reads a second). */
  readsPerSecond: number
  /** The same export again with reads sent back to back (no pause): the event loop shared. */
  saturated: { wallMs: number; readsDuring: Summary }
  /** The same pages read both ways, in this run: Payload's `find` as the user, and the adapter. */
  pageReads: { rows: number; findMs: number; adapterMs: number; ratio: number }
}

/**
 * 10,000 complaints (20 pages of 500, the list's columns, newest first) read as the export reads
 * them, through Payload's `find` as the user and through the adapter with the access `Where`,
 * alternately twice; each way's better time. Without the writer: the cost of the read alone.
 */
const comparePageReads = async (payload: Payload, user: Record<string, unknown>) => {
  const req = await createLocalReq({ user: { ...user, collection: slugs.users } as never }, payload)
  const collection = payload.collections[slugs.complaints]
  const access = await collection.config.access.read!({ req })
  const columns = collection.config.admin.defaultColumns ?? []
  const select = Object.fromEntries(['id', ...columns].map((c) => [c, true] as const))
  const options = { req, collection, access, sort: ['-registeredAt', 'id'], limit: 500, select }
  const time = async (read: ReturnType<typeof findPages>) => {
    const start = performance.now()
    let rows = 0
    for (let page = 1; page <= 20; page++) rows += (await read({}, page)).length
    return { rows, ms: performance.now() - start }
  }
  const byFind: number[] = []
  const byAdapter: number[] = []
  let rows = 0
  for (let round = 0; round < 2; round++) {
    const viaFind = await time(findPages(options))
    const viaAdapter = await time(adapterPages(options))
    if (viaFind.rows !== viaAdapter.rows) throw new Error('the two reads disagree')
    rows = viaFind.rows
    byFind.push(viaFind.ms)
    byAdapter.push(viaAdapter.ms)
  }
  const findMs = Math.min(...byFind)
  const adapterMs = Math.min(...byAdapter)
  return { rows, findMs, adapterMs, ratio: findMs / adapterMs }
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

  const smallRead = () =>
    payload.find({
      collection: slugs.complaints,
      limit: 10,
      depth: 0,
      sort: '-registeredAt',
      overrideAccess: false,
      user,
    })
  /** Small reads one after another (5 ms apart) until `stop()`; returns their latencies. */
  const reader = () => {
    let running = true
    const times: number[] = []
    const done = (async () => {
      while (running) {
        const t = performance.now()
        await smallRead()
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
  /**
   * Other staff at work: small reads *offered* at a fixed rate (open loop: one starts every
   * 1/rate s whether or not the last has answered), so a slow answer cannot lower the load.
   */
  const pacedReader = (perSecond: number) => {
    const times: number[] = []
    const inFlight = new Set<Promise<void>>()
    const timer = setInterval(() => {
      const t = performance.now()
      const read: Promise<void> = smallRead().then(() => {
        times.push(performance.now() - t)
        inFlight.delete(read)
      })
      inFlight.add(read)
    }, 1000 / perSecond)
    return {
      stop: async () => {
        clearInterval(timer)
        await Promise.all(inFlight)
        return times
      },
    }
  }
  const READS_PER_SECOND = Number(process.env.BENCH_EXPORT_READS_PER_S) || 10
  const download = async () => {
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
    return { bytes, wallMs: performance.now() - start }
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

  const during = pacedReader(READS_PER_SECOND)
  const { bytes, wallMs } = await download()
  const readsDuring = await during.stop()
  clearInterval(sampler)
  peakRss = Math.max(peakRss, process.memoryUsage().rss)
  // The same export with the reads back to back: how the one event loop is shared at saturation.
  const flat = reader()
  const saturatedRun = await download()
  const readsSaturated = await flat.stop()
  const rows = (await payload.count({ collection: slugs.complaints })).totalDocs
  const pageReads = await comparePageReads(payload, user as unknown as Record<string, unknown>)
  return {
    pageReads,
    rows,
    bytes,
    wallMs,
    idleRssMb: idleRss / MB,
    peakAboveIdleMb: (peakRss - idleRss) / MB,
    loadSeconds,
    readsIdle: summarise(readsIdle),
    readsDuring: summarise(readsDuring),
    readsPerSecond: READS_PER_SECOND,
    saturated: { wallMs: saturatedRun.wallMs, readsDuring: summarise(readsSaturated) },
  }
}
