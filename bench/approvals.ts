/**
 * The approval chain's cost: one approval action through REST (plan, sealed log entry, state
 * change, queued email, all in one transaction) against a plain field update through REST on the
 * same document, alternating; then 20 approvals arriving at once.
 */
import type { Payload, SanitizedConfig } from 'payload'
import { handleEndpoints } from 'payload'

import { slugs } from '../src/slugs'

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }

export const benchApprovals = async (
  payload: Payload,
  config: SanitizedConfig,
  summarise: (times: number[]) => Summary,
  docs = 100,
) => {
  const password = 'bench-password-2026'
  const token = async (role: string, n = 0) => {
    const email = `bench-${role}-${n}@bench.local`
    await payload.create({
      collection: slugs.users,
      data: { email, password, name: `基准${role}${n}`, roles: [role as never] },
    })
    return (await payload.login({ collection: slugs.users, data: { email, password } })).token!
  }
  const siteManager = await token('site-manager')
  const propertyManager = await token('property-manager')
  const director = await token('director')
  const unit = await payload.create({
    collection: slugs.units,
    data: {
      estate: '基准',
      building: '审批',
      floor: 1,
      number: 'A1',
      area: 80,
      use: 'residential',
      status: 'occupied',
    },
  })
  const ids: number[] = []
  for (let i = 0; i < docs + 10 + 20; i++) {
    const v = await payload.create({
      collection: slugs.violations,
      data: {
        kind: 'civility',
        severity: 'general',
        unit: unit.id,
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        description: `基准违章 ${i}`,
        decision: {
          measure: 'compensation',
          facts: '清运费用',
          damage: 100 + i,
          skipReason: '基准',
        },
      },
    })
    ids.push(v.id)
  }
  const call = async (method: string, path: string, jwt: string, body: unknown) => {
    const t = performance.now()
    const res = await handleEndpoints({
      config,
      request: new Request(`http://localhost:3000/api${path}`, {
        method,
        headers: { Authorization: `JWT ${jwt}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      }),
    })
    const ms = performance.now() - t
    if (res.status !== 200) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    await res.arrayBuffer()
    return ms
  }
  const approve = (id: number, jwt: string) =>
    call('POST', `/approvals/violations/${id}/approve`, jwt, { comment: '同意' })
  const plain = (id: number, jwt: string, i: number) =>
    call('PATCH', `/violations/${id}`, jwt, { location: `位置 ${i}` })

  const action: number[] = []
  const update: number[] = []
  const emailJobs = async () =>
    (
      await payload.count({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'sendEmail' } },
      })
    ).totalDocs
  const jobsBefore = await emailJobs()
  for (let i = 0; i < docs + 10; i++) {
    const id = ids[i]
    // Propose, then review: two approval steps; a plain update before each, on the same record.
    const p1 = await plain(id, siteManager, i)
    const a1 = await approve(id, siteManager)
    const p2 = await plain(id, propertyManager, i + 1)
    const a2 = await approve(id, propertyManager)
    if (i >= 10) {
      update.push(p1, p2)
      action.push(a1, a2)
    }
  }
  const emailsQueued = (await emailJobs()) - jobsBefore
  const entries = (await payload.count({ collection: slugs.approvalLog })).totalDocs

  // 20 documents at the director's step, signed by 20 requests arriving together.
  const burst = ids.slice(docs + 10)
  for (const id of burst) {
    await approve(id, siteManager)
    await approve(id, propertyManager)
  }
  const t = performance.now()
  const concurrent = await Promise.all(burst.map((id) => approve(id, director)))
  const wallMs = performance.now() - t
  const effective = (
    await payload.count({
      collection: slugs.violations,
      where: { and: [{ id: { in: burst } }, { effective: { equals: true } }] },
    })
  ).totalDocs
  const a = summarise(action)
  const u = summarise(update)
  return {
    action: a,
    update: u,
    ratio: a.meanMs / u.meanMs,
    emailsQueued,
    logEntries: entries,
    concurrent: { ...summarise(concurrent), wallMs, effective, requests: burst.length },
  }
}
