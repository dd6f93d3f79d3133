/**
 * Importing 5,000 residents through `POST /api/import/residents` (Payload's real handler, a
 * property manager's JWT, a UTF-8 CSV as multipart): the dry run, the real run (one transaction;
 * on SQLite other writes wait for it this long), and the same sheet again (nothing to write) —
 * against creating 5,000 other residents of the same shape through the Local API one by one, as
 * the same user (`overrideAccess: false`, each in its own transaction, all hooks and audit).
 */
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { slugs } from '../src/slugs'

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }

export type ImportBench = {
  rows: number
  dryRunMs: number
  importMs: number
  reimportMs: number
  localApiMs: number
  /** The real import's time over the one-by-one creates' time (target ≤ 1). */
  ratio: number
  created: number
  auditEntries: number
  /** Resident set size (MB) before the import, and its peak during the real run and the creates. */
  rssMb: { before: number; importPeak: number; oneByOnePeak: number }
}

const MB = 1024 * 1024

/**
 * Samples the process's RSS every 50 ms while `run` runs, and once after it; the peak in MB. On
 * SQLite the timer may not fire at all (its driver is synchronous): then the RSS at the end.
 */
const peakRss = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  let peak = process.memoryUsage().rss
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 50)
  try {
    const result = await run()
    return [result, Math.max(peak, process.memoryUsage().rss) / MB]
  } finally {
    clearInterval(timer)
  }
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
/** A valid mainland ID number (GB 11643 checksum), one per sequence number below 16,800. */
const idNumber = (n: number) => {
  const year = 1950 + (n % 50)
  const month = String(1 + (Math.floor(n / 50) % 12)).padStart(2, '0')
  const day = String(1 + (Math.floor(n / 600) % 28)).padStart(2, '0')
  const head = `110105${year}${month}${day}001`
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(head[i]), 0)
  return head + '10X98765432'[sum % 11]
}

const UNITS = 100

export const benchImport = async (
  payload: Payload,
  config: SanitizedConfig,
  summarise: (times: number[]) => Summary,
  rows = 5000,
): Promise<ImportBench> => {
  const tag = Date.now() % 100000
  for (let n = 0; n < UNITS; n++) {
    await payload.create({
      collection: slugs.units,
      data: {
        estate: '基准导入',
        building: `导入${tag}-${n % 10}栋`,
        floor: 1 + Math.floor(n / 10),
        number: String(101 + n),
        area: 90,
        use: 'residential',
        status: 'occupied',
      },
    })
  }
  const email = `import-bench-${tag}@bench.local`
  const password = 'bench-password-0123456789'
  const user = await payload.create({
    collection: slugs.users,
    data: { email, password, name: '基准导入', roles: ['property-manager'] },
  })
  const jwt = (await payload.login({ collection: slugs.users, data: { email, password } })).token!

  // Set A is imported; set B (other ID numbers and phones) is created one by one.
  const record = (n: number) => ({
    kind: n % 3 === 0 ? 'tenant' : 'owner',
    name: `住户${n}`,
    building: `导入${tag}-${(n % UNITS) % 10}栋`,
    number: String(101 + (n % UNITS)),
    phone: `139${String(n).padStart(8, '0')}`,
    idNumber: idNumber(n),
  })
  const setA = Array.from({ length: rows }, (_, i) => record(i))
  const setB = Array.from({ length: rows }, (_, i) => record(rows + i))
  const csv = [
    '类别,姓名,楼栋,房号,电话,证件号码',
    ...setA.map((r) =>
      [
        r.kind === 'tenant' ? '租户' : '业主',
        r.name,
        r.building,
        r.number,
        r.phone,
        r.idNumber,
      ].join(','),
    ),
  ].join('\r\n')

  const post = async (dryRun: boolean) => {
    const form = new FormData()
    form.append('file', new Blob([csv]), 'residents.csv')
    const start = performance.now()
    const response = await handleEndpoints({
      config,
      request: new Request(
        `http://localhost:3000/api/import/residents${dryRun ? '?dryRun=true' : ''}`,
        { method: 'POST', headers: { Authorization: `JWT ${jwt}` }, body: form },
      ),
    })
    const body = (await response.json()) as { counts?: Record<string, number>; errors?: unknown }
    const ms = performance.now() - start
    if (response.status !== 200)
      throw new Error(`import answered ${response.status}: ${JSON.stringify(body).slice(0, 500)}`)
    return { ms, counts: body.counts ?? {} }
  }

  const auditBefore = (
    await payload.count({
      collection: slugs.auditLog,
      where: { collectionSlug: { equals: slugs.residents } },
    })
  ).totalDocs
  const dry = await post(true)
  const before = process.memoryUsage().rss / MB
  const [real, importPeak] = await peakRss(() => post(false))
  const auditEntries =
    (
      await payload.count({
        collection: slugs.auditLog,
        where: { collectionSlug: { equals: slugs.residents } },
      })
    ).totalDocs - auditBefore
  const again = await post(false)
  if (real.counts.create !== rows || again.counts.unchanged !== rows) {
    throw new Error(
      `unexpected counts ${JSON.stringify({ real: real.counts, again: again.counts })}`,
    )
  }

  const units = await payload.find({
    collection: slugs.units,
    where: { estate: { equals: '基准导入' }, building: { like: `导入${tag}-` } },
    pagination: false,
    depth: 0,
  })
  const unitId = new Map(units.docs.map((u) => [`${u.building}-${u.number}`, u.id]))
  const sessionUser = { ...user, collection: slugs.users }
  const times: number[] = []
  const start = performance.now()
  let oneByOnePeak = 0
  const timer = setInterval(() => {
    oneByOnePeak = Math.max(oneByOnePeak, process.memoryUsage().rss / MB)
  }, 50)
  for (const r of setB) {
    const t = performance.now()
    await payload.create({
      collection: slugs.residents,
      data: {
        kind: r.kind as 'owner' | 'tenant',
        status: 'active',
        name: r.name,
        phone: r.phone,
        idNumber: r.idNumber,
        units: [unitId.get(`${r.building}-${r.number}`)!],
      },
      depth: 0,
      user: sessionUser as typeof user,
      overrideAccess: false,
    })
    times.push(performance.now() - t)
  }
  const localApiMs = performance.now() - start
  clearInterval(timer)
  // On SQLite (a synchronous driver) the loop may never yield to timers: sample once more.
  oneByOnePeak = Math.max(oneByOnePeak, process.memoryUsage().rss / MB)
  void summarise(times)
  return {
    rows,
    dryRunMs: dry.ms,
    importMs: real.ms,
    reimportMs: again.ms,
    localApiMs,
    ratio: real.ms / localApiMs,
    created: real.counts.create ?? 0,
    auditEntries,
    rssMb: { before, importPeak, oneByOnePeak },
  }
}
