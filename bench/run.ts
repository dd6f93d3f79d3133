/**
 * One benchmark process, on the database DATABASE_URI names. Prints one JSON line of results.
 * Started by bench/index.ts once per database.
 */
import { buildConfig, getPayload } from 'payload'

import { createAppConfig } from '../payload.config'
import { closePayload } from '../src/lib/closePayload'
import { slugs } from '../src/slugs'

import { ResidentsTwin } from './residentsTwin'

const appConfig = createAppConfig()
const config = await buildConfig({
  ...appConfig,
  collections: [...(appConfig.collections ?? []), ResidentsTwin],
})
const payload = await getPayload({ config })

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}
const summarise = (times: number[]) => ({
  n: times.length,
  totalMs: times.reduce((a, b) => a + b, 0),
  meanMs: times.reduce((a, b) => a + b, 0) / times.length,
  p95Ms: percentile(times, 95),
})

const unit = await payload.create({
  collection: slugs.units,
  data: {
    estate: '基准',
    building: `B${Date.now()}`,
    floor: 1,
    number: '101',
    area: 90,
    use: 'residential',
    status: 'occupied',
  },
})

const residentData = (i: number) => ({
  kind: 'owner' as const,
  status: 'active' as const,
  name: `基准住户${i}`,
  units: [unit.id],
  phone: `138${String(10_000 + i).padStart(8, '0')}`,
  email: `bench${10_000 + i}@example.cn`,
  idType: 'mainland-id' as const,
  idNumber: '11010519491231002X',
  emergencyContacts: [{ name: '联系人', relation: '配偶', phone: '13900000000' }],
})

/** Creating N residents with all hooks (audit log included) versus the hook-free twin. */
const benchResidentCreates = async (total: number, block: number) => {
  const hooked: number[] = []
  const twin: number[] = []
  // Warm-up: first queries compile statements and fill caches.
  for (let i = 0; i < 20; i++) {
    await payload.create({ collection: slugs.residents, data: residentData(-i) })
    await payload.create({ collection: 'residents-twin' as never, data: residentData(-i) as never })
  }
  // Alternate blocks so that drift in machine load hits both sides alike.
  for (let done = 0; done < total; done += block) {
    for (let i = 0; i < block; i++) {
      const t = performance.now()
      await payload.create({ collection: slugs.residents, data: residentData(done + i) })
      hooked.push(performance.now() - t)
    }
    for (let i = 0; i < block; i++) {
      const t = performance.now()
      await payload.create({
        collection: 'residents-twin' as never,
        data: residentData(done + i) as never,
      })
      twin.push(performance.now() - t)
    }
  }
  const auditEntries = await payload.count({ collection: slugs.auditLog })
  return {
    hooked: summarise(hooked),
    twin: summarise(twin),
    ratio: hooked.reduce((a, b) => a + b, 0) / twin.reduce((a, b) => a + b, 0),
    auditEntries: auditEntries.totalDocs,
  }
}

const results = {
  dialect: process.env.DATABASE_URI?.startsWith('postgres') ? 'postgres' : 'sqlite',
  residentCreates: await benchResidentCreates(1000, 100),
}
process.stdout.write(`BENCH_RESULT ${JSON.stringify(results)}\n`)
await closePayload(payload)
process.exit(0)
