import type { Payload } from 'payload'
import { createLocalReq } from 'payload'

import { localYearMonth, monthRange } from '@/domain/time'
import { approvalsFor } from '@/lib/approvals/pending'
import { loadDashboard } from '@/lib/dashboard'
import type { PanelProvider } from '@/lib/dashboard'
import { complaintStatistics } from '@/lib/reports/complaintStatistics'
import { slugs } from '@/slugs'

import { complaintBody, makeResident, makeUnit } from '../helpers/fixtures'
import type { Booted, ErrorBody } from '../helpers/payload'
import { bootPayload, restClient, tokenCache } from '../helpers/payload'
import type { StaffMember } from '../helpers/staff'
import { createStaff, TEST_PASSWORD } from '../helpers/staff'

type Panel = { key: string; data: Record<string, unknown> }
type Dashboard = { panels: Panel[]; timezone: string } & ErrorBody
type Doc = Record<string, unknown> & { id: number; number: string }

let booted: Booted
let payload: Payload
let rest: ReturnType<typeof restClient>
let staff: Awaited<ReturnType<typeof createStaff>>
let tokenOf: (member: StaffMember) => Promise<string>
const registered: Doc[] = []

const dashboardOf = async (member: StaffMember) =>
  rest.get<Dashboard>('/dashboard', { token: await tokenOf(member) })
const panel = <T = Record<string, unknown>>(d: Dashboard, key: string) =>
  d.panels.find((p) => p.key === key)?.data as T | undefined

beforeAll(async () => {
  booted = await bootPayload('dashboard')
  payload = booted.payload
  rest = restClient(booted.config)
  tokenOf = tokenCache(rest, TEST_PASSWORD)
  staff = await createStaff(payload)
  const units = [await makeUnit(payload, '1栋', '101'), await makeUnit(payload, '2栋', '202')]
  for (const [i, unit] of units.entries()) {
    const resident = await makeResident(payload, unit.id, `业主${i}`)
    const res = await rest.post<{ doc: Doc }>('/complaints', {
      token: await tokenOf(staff['cs-clerk']),
      body: complaintBody({ unit: unit.id, resident: resident.id }),
    })
    expect(res.status).toBe(201)
    registered.push(res.body.doc)
  }
  const dispatched = await rest.post(`/complaints/${registered[0].id}/actions/dispatch`, {
    token: await tokenOf(staff.dispatcher),
    body: {
      department: 'cleaning',
      handler: staff['site-captain'].id,
      deadline: new Date(Date.now() + 4 * 3_600_000).toISOString(),
    },
  })
  expect(dispatched.status).toBe(200)
})

afterAll(async () => {
  await booted?.shutdown()
})

describe('GET /api/dashboard', () => {
  it('should refuse a request without a user', async () => {
    expect((await rest.get('/dashboard')).status).toBe(401)
  })

  it('should show the clerk today’s registrations, the KPIs and a 12-month trend', async () => {
    const res = await dashboardOf(staff['cs-clerk'])
    expect(res.status).toBe(200)
    expect(res.body.panels.map((p) => p.key)).toEqual(
      expect.arrayContaining(['my-work', 'today', 'kpis', 'trend', 'shift-logs']),
    )
    const today = panel<{ total: number; items: Doc[] }>(res.body, 'today')!
    expect(today.items.map((c) => c.number)).toEqual(
      expect.arrayContaining(registered.map((c) => c.number)),
    )
    const kpis = panel<{
      month: string
      openComplaints: { open: number; overdue: number; bySeverity: Record<string, number> }
      resolvedWithin24h: { target: number }
      satisfaction: { target: number }
      returnVisits: { target: number }
    }>(res.body, 'kpis')!
    expect(kpis.openComplaints.open).toBe(2)
    expect(kpis.openComplaints.overdue).toBe(0)
    expect(kpis.openComplaints.bySeverity).toEqual({ general: 2 })
    expect(kpis.resolvedWithin24h.target).toBe(80)
    expect(kpis.satisfaction.target).toBe(95)
    expect(kpis.returnVisits.target).toBe(100)
    const trend = panel<Array<{ month: string; complaints: number }>>(res.body, 'trend')!
    expect(trend).toHaveLength(12)
    expect(trend[11]).toMatchObject({ month: kpis.month, complaints: 2 })
  })

  it('should count this month as the monthly report does', async () => {
    const month = localYearMonth(new Date(), 'Asia/Shanghai')
    const range = monthRange(month, 'Asia/Shanghai')!
    const stats = await complaintStatistics(payload, undefined, { label: month, ...range })
    const res = await dashboardOf(staff.director)
    const kpis = panel<{ resolvedWithin24h: { of: number; count: number } }>(res.body, 'kpis')!
    expect(kpis.resolvedWithin24h.of).toBe(stats.resolution.of)
    expect(kpis.resolvedWithin24h.count).toBe(stats.resolution.within24h)
  })

  it('should list a complaint under “my work” for its handler only', async () => {
    const captain = await dashboardOf(staff['site-captain'])
    const mine = panel<{ complaints: { total: number; items: Doc[] } }>(captain.body, 'my-work')!
    expect(mine.complaints.total).toBe(1)
    expect(mine.complaints.items[0].number).toBe(registered[0].number)
    const clerk = await dashboardOf(staff['cs-clerk'])
    expect(panel<{ complaints: { total: number } }>(clerk.body, 'my-work')!.complaints.total).toBe(
      0,
    )
  })

  it('should show a guard no office figures and no resident’s details', async () => {
    const res = await dashboardOf(staff['security-guard'])
    expect(res.status).toBe(200)
    const keys = res.body.panels.map((p) => p.key)
    expect(keys).not.toContain('kpis')
    expect(keys).not.toContain('today')
    expect(keys).toContain('shift-logs')
    expect(JSON.stringify(res.body)).not.toContain('13800000000')
  })
})

describe('panel providers', () => {
  it('should skip a panel whose collection does not exist yet (the extension point)', async () => {
    const future: PanelProvider = {
      key: 'not-yet',
      title: { zh: '尚未建成', en: 'Not built yet' },
      requires: ['parking-permits' as never],
      visible: () => true,
      load: async () => ({ n: 1 }),
    }
    const extra: PanelProvider = {
      key: 'extra',
      title: { zh: '额外', en: 'Extra' },
      requires: [slugs.complaints],
      visible: () => true,
      load: async () => ({ n: 2 }),
    }
    const user = await payload.findByID({ collection: slugs.users, id: staff.director.id })
    const data = await loadDashboard({ payload, user: { ...user, collection: 'users' } } as never, [
      future,
      extra,
    ])
    expect(data.panels).toEqual([{ key: 'extra', title: extra.title, data: { n: 2 } }])
  })
})

/** A violation with a decision the site manager proposed: at the property manager's step. */
const proposeViolation = async (unitId: number) => {
  const created = await rest.post<{ doc: Doc }>('/violations', {
    token: await tokenOf(staff['security-guard']),
    body: {
      kind: 'civility',
      severity: 'general',
      unit: unitId,
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
      description: '楼道堆物',
    },
  })
  const id = created.body.doc.id
  await rest.patch(`/violations/${id}`, {
    token: await tokenOf(staff['site-manager']),
    body: {
      decision: { measure: 'compensation', facts: '清运费用', damage: 300, skipReason: '紧急' },
    },
  })
  const proposed = await rest.post(`/approvals/violations/${id}/approve`, {
    token: await tokenOf(staff['site-manager']),
  })
  expect(proposed.status).toBe(200)
  return id
}

describe('approvals, violations and documents panels', () => {
  it('should show a proposed violation decision to the property manager, and not to the clerk', async () => {
    const unit = await makeUnit(payload, '9栋', '901')
    const id = await proposeViolation(unit.id)

    const pm = (await dashboardOf(staff['property-manager'])).body
    const waiting = panel<{ waiting: { total: number; items: Array<{ id: number }> } }>(
      pm,
      'approvals',
    )
    expect(waiting?.waiting.items.map((i) => i.id)).toContain(id)
    expect(panel<{ awaitingApproval: number }>(pm, 'violations')?.awaitingApproval).toBe(1)
    expect(panel(pm, 'documents')).toBeDefined()

    const clerk = (await dashboardOf(staff['cs-clerk'])).body
    expect(panel<{ waiting: { total: number } }>(clerk, 'approvals')?.waiting.total).toBe(0)
    expect(panel(clerk, 'violations')).toBeUndefined()
    expect(panel(clerk, 'documents')).toBeUndefined()
  })

  it('should list under 待我审批 exactly the cases at the user’s step, and their rejected proposals to the proposer', async () => {
    const unit = await makeUnit(payload, '9栋', '902')
    const proposedCase = () => proposeViolation(unit.id)
    const atManager = await proposedCase()
    // Passed on by the property manager: no longer at their step, so not theirs to act on.
    const passedOn = await proposedCase()
    expect(
      (
        await rest.post(`/approvals/violations/${passedOn}/approve`, {
          token: await tokenOf(staff['property-manager']),
        })
      ).status,
    ).toBe(200)
    // Rejected by the property manager: back with its proposer, the site manager.
    const rejected = await proposedCase()
    expect(
      (
        await rest.post(`/approvals/violations/${rejected}/reject`, {
          token: await tokenOf(staff['property-manager']),
          body: { comment: '金额依据不足' },
        })
      ).status,
    ).toBe(200)

    type Item = { collection: string; id: number }
    type Approvals = { waiting: { total: number; items: Item[] }; returned: { items: Item[] } }
    const violationsOf = (items: Item[]) =>
      items.filter((i) => i.collection === slugs.violations).map((i) => i.id)
    const reread = async (id: number) =>
      (await payload.findByID({ collection: slugs.violations, id, depth: 0 })) as unknown as Doc & {
        approval: { lastActionAt: string; round: number }
      }

    const pm = panel<Approvals>((await dashboardOf(staff['property-manager'])).body, 'approvals')!
    const atStep = await reread(atManager)
    // The item as listed: the number, the step's label, the round and since when it waits.
    expect(
      pm.waiting.items.find((i) => i.id === atManager && i.collection === slugs.violations),
    ).toEqual({
      collection: slugs.violations,
      kind: { zh: expect.any(String), en: expect.any(String) },
      id: atManager,
      title: atStep.number,
      step: 1,
      stepLabel: { zh: '物业管理经理审核', en: expect.any(String) },
      round: 1,
      since: atStep.approval.lastActionAt,
    })
    expect(violationsOf(pm.waiting.items)).toContain(atManager)
    expect(violationsOf(pm.waiting.items)).not.toContain(passedOn)
    expect(violationsOf(pm.waiting.items)).not.toContain(rejected)
    expect(violationsOf(pm.returned.items)).not.toContain(rejected)
    // The dashboard lists what the list of what waits for the user lists.
    const mine = await rest.get<{ waiting: Item[]; returned: Item[] }>('/approvals/mine', {
      token: await tokenOf(staff['property-manager']),
    })
    expect(pm.waiting.items).toEqual(mine.body.waiting.slice(0, 8))
    expect(pm.waiting.total).toBe(mine.body.waiting.length)

    const proposer = panel<Approvals>((await dashboardOf(staff['site-manager'])).body, 'approvals')!
    expect(violationsOf(proposer.returned.items)).toContain(rejected)
    expect(violationsOf(proposer.returned.items)).not.toContain(atManager)
    expect(violationsOf(proposer.waiting.items)).not.toContain(atManager)
    // Nothing was changed by reading.
    expect(await reread(atManager)).toEqual(atStep)
  })

  it('should list as many cases per collection when both lists are read at once as when read apart', async () => {
    const unit = await makeUnit(payload, '9栋', '903')
    // Two proposals back with the site manager, two waiting at the property manager.
    for (let i = 0; i < 2; i++) {
      const id = await proposeViolation(unit.id)
      const back = await rest.post(`/approvals/violations/${id}/reject`, {
        token: await tokenOf(staff['property-manager']),
        body: { comment: '依据不足' },
      })
      expect(back.status).toBe(200)
      await proposeViolation(unit.id)
    }
    type Listed = Awaited<ReturnType<typeof approvalsFor>>
    const firstOf = (items: Listed['waiting'], n: number) => {
      const byCollection = new Map<string, number[]>()
      for (const item of items) {
        const ids = byCollection.get(item.collection) ?? []
        if (ids.length < n) ids.push(Number(item.id))
        byCollection.set(item.collection, ids)
      }
      return Object.fromEntries(byCollection)
    }
    const signedIn = async (member: StaffMember) => {
      const user = {
        ...(await payload.findByID({ collection: slugs.users, id: member.id })),
        collection: slugs.users,
      }
      return { user, req: await createLocalReq({ user }, payload) }
    }
    const pm = await signedIn(staff['property-manager'])
    const sm = await signedIn(staff['site-manager'])
    const violationsIn = (items: Listed['waiting']) =>
      items.filter((i) => i.collection === slugs.violations).length
    // The case the test is about: more than one case in a collection for each of them.
    expect(violationsIn((await approvalsFor(pm.req, pm.user)).waiting)).toBeGreaterThanOrEqual(2)
    expect(violationsIn((await approvalsFor(sm.req, sm.user)).returned)).toBeGreaterThanOrEqual(2)
    for (const { user, req } of [pm, sm]) {
      const full = await approvalsFor(req, user)
      // One per collection and list: where a collection has two or more cases for the user the
      // combined read (limit 2) is full and the lists are read apart; elsewhere it is not.
      const one = await approvalsFor(req, user, undefined, 1)
      expect(firstOf(one.waiting, 1)).toEqual(firstOf(full.waiting, 1))
      expect(firstOf(one.returned, 1)).toEqual(firstOf(full.returned, 1))
      const two = await approvalsFor(req, user, undefined, 2)
      expect(firstOf(two.waiting, 2)).toEqual(firstOf(full.waiting, 2))
      expect(firstOf(two.returned, 2)).toEqual(firstOf(full.returned, 2))
    }
  })
})
