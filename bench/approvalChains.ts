/**
 * Approval chains from the database against the code-defined chains (issue 20): the same approval
 * action (`actOnApproval`: propose, then review, each in its own transaction) on twin documents,
 * alternating, once with the chain read from `approval-chains` (the engine's default) and once with
 * the chain the code defined before chains were data. Target: ratio ≤ 1.2.
 */
import type { Payload, TypedUser } from 'payload'
import { createLocalReq } from 'payload'

import { CODE_CHAINS, DATABASE_CHAINS } from '../src/lib/approvals/chains'
import { actOnApproval } from '../src/lib/approvals/act'
import { violationApprovals } from '../src/lib/approvals/violations'
import { slugs } from '../src/slugs'

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }

export const benchApprovalChains = async (
  payload: Payload,
  summarise: (times: number[]) => Summary,
  pairs = 60,
) => {
  const user = async (role: string) =>
    (await payload.create({
      collection: slugs.users,
      data: {
        email: `bench-chains-${role}@bench.local`,
        password: 'bench-password-2026',
        name: `链${role}`,
        roles: [role as never],
      },
    })) as unknown as TypedUser
  const siteManager = { ...(await user('site-manager')), collection: slugs.users } as TypedUser
  const propertyManager = {
    ...(await user('property-manager')),
    collection: slugs.users,
  } as TypedUser
  const unit = await payload.create({
    collection: slugs.units,
    data: {
      estate: '基准',
      building: '审批链',
      floor: 1,
      number: 'B1',
      area: 80,
      use: 'residential',
      status: 'occupied',
    },
  })
  const ids: number[] = []
  for (let i = 0; i < 2 * (pairs + 5); i++) {
    const v = await payload.create({
      collection: slugs.violations,
      data: {
        kind: 'civility',
        severity: i % 4 < 2 ? 'general' : 'major',
        unit: unit.id,
        occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
        description: `基准审批链 ${i}`,
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
  const act = async (id: number, actor: TypedUser, source: typeof DATABASE_CHAINS) => {
    const req = await createLocalReq({ user: actor }, payload)
    const t = performance.now()
    await actOnApproval({
      definition: violationApprovals,
      id: String(id),
      action: 'approve',
      req,
      user: actor,
      chainSource: source,
    })
    return performance.now() - t
  }
  const database: number[] = []
  const code: number[] = []
  for (let i = 0; i < pairs + 5; i++) {
    const [a, b] = [ids[2 * i], ids[2 * i + 1]]
    // A general case: the site manager proposes, the property manager reviews. A major one: the
    // property manager proposes (the director would sign: not timed).
    const proposer = i % 2 === 0 ? siteManager : propertyManager
    const order = i % 2 === 0 ? ['db', 'code'] : ['code', 'db']
    for (const which of order) {
      const id = which === 'db' ? a : b
      const source = which === 'db' ? DATABASE_CHAINS : CODE_CHAINS
      const times = [await act(id, proposer, source)]
      if (proposer === siteManager) times.push(await act(id, propertyManager, source))
      if (i >= 5) (which === 'db' ? database : code).push(...times)
    }
  }
  const db = summarise(database)
  const c = summarise(code)
  return { database: db, code: c, ratio: db.meanMs / c.meanMs }
}
