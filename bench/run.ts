/**
 * One benchmark process, on the database DATABASE_URI names. Prints one JSON line of results.
 * Started by bench/index.ts once per database.
 */
import os from 'os'

import type { PayloadRequest, TypedUser } from 'payload'
import { buildConfig, createLocalReq, getPayload, handleEndpoints } from 'payload'

import { createAppConfig } from '../payload.config'
import { emailFromSettings } from '../src/config/email'
import { settings } from '../src/config/settings'
import { startMailbox } from '../test/helpers/smtp'
import { closePayload } from '../src/lib/closePayload'
import { slugs } from '../src/slugs'

import { monthStarts, parsePeriod } from '../src/domain/reportPeriods'
import { localYearMonth } from '../src/domain/time'
import { complaintStatistics } from '../src/lib/reports/complaintStatistics'

import { parseDay } from '../src/domain/reportPeriods'
import { dailyReconciliation } from '../src/lib/reports/workOrderReports'
import { renderDispatchRegister } from '../src/pdf/dispatchRegister'

import { loadDashboard } from '../src/lib/dashboard'
import { DASHBOARD_PANELS, kpiFigures } from '../src/lib/dashboard/panels'
import { refreshClosedMonths } from '../src/lib/dashboard/monthFigures'
import { monthlyTrend } from '../src/lib/dashboard/queries'
import { countTrendMonths } from '../src/lib/dashboard/trendCounts'
import { OFFICE_DEFAULTS } from '../src/lib/officeSettings'
import { approvalsFor } from '../src/lib/approvals/pending'

import { approvalsForBaseline, loadDashboardBaseline } from './dashboardBaseline'

import { benchApprovals } from './approvals'
import { benchApprovalChains } from './approvalChains'
import { benchWorkflow } from './workflow'
import { benchDocumentHistory } from './documents'
import { benchPasswordReset } from './passwordReset'
import { benchExport } from './export'
import { benchImport } from './import'
import { benchVisitStatistics } from './returnVisits'
import { bulkComplaints } from './complaintData'
import { bulkWorkOrders } from './workOrderData'
import { naiveComplaintStatistics } from './naiveStatistics'
import { ResidentsTwin } from './residentsTwin'

// Mail goes to a real SMTP server in this process, so that password reset is timed with delivery.
const mailbox = await startMailbox()
process.env.SMTP_IGNORE_TLS = 'true'
const appConfig = createAppConfig()
const config = await buildConfig({
  ...appConfig,
  email: emailFromSettings({
    ...settings,
    smtp: {
      host: '127.0.0.1',
      port: mailbox.port,
      secure: false,
      from: 'bench@wuye.local',
      fromName: '基准',
    },
  }),
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

const timed = async <T>(fn: () => Promise<T>): Promise<[number, T]> => {
  const t = performance.now()
  const value = await fn()
  return [performance.now() - t, value]
}

/** Listing 50 of 100,000 complaints: a clerk through REST vs the Local API without access checks. */
const benchComplaintList = async (rounds: number) => {
  const email = 'bench-clerk@bench.local'
  const password = 'bench-password-2026'
  await payload.create({
    collection: slugs.users,
    data: { email, password, name: '基准客服', roles: ['cs-clerk'] },
  })
  const login = await payload.login({ collection: slugs.users, data: { email, password } })
  const statuses = ['registered', 'dispatched', 'closed']
  const categories = ['renovation-noise', 'pests', 'parking', 'fees']
  const rest: number[] = []
  const local: number[] = []
  for (let i = 0; i < rounds + 20; i++) {
    const status = statuses[i % statuses.length]
    const category = categories[i % categories.length]
    const query = `where[status][equals]=${status}&where[category][equals]=${category}&sort=-registeredAt&limit=50&depth=0`
    const [restMs, response] = await timed(() =>
      handleEndpoints({
        config,
        request: new Request(`http://localhost:3000/api/complaints?${query}`, {
          headers: { Authorization: `JWT ${login.token}` },
        }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as { docs: unknown[] } })),
    )
    const [localMs, found] = await timed(() =>
      payload.find({
        collection: slugs.complaints,
        where: { and: [{ status: { equals: status } }, { category: { equals: category } }] },
        sort: '-registeredAt',
        limit: 50,
        depth: 0,
        overrideAccess: true,
      }),
    )
    if (response.status !== 200 || response.body.docs.length !== found.docs.length) {
      throw new Error(`REST and Local API disagree: ${response.status}`)
    }
    if (i >= 20) {
      rest.push(restMs)
      local.push(localMs)
    }
  }
  return { rest: summarise(rest), local: summarise(local), docsPerPage: 50 }
}

/** The monthly report over 100,000 complaints: database aggregates vs loading and counting in JS. */
const benchMonthlyReport = async (rounds: number) => {
  const month = localYearMonth(new Date(Date.now() - 40 * 86_400_000), 'Asia/Shanghai')
  const period = parsePeriod(month, 'Asia/Shanghai')!
  const fast: number[] = []
  const naive: number[] = []
  let figures: Awaited<ReturnType<typeof complaintStatistics>> | undefined
  let baseline: Awaited<ReturnType<typeof naiveComplaintStatistics>> | undefined
  for (let i = 0; i < rounds + 1; i++) {
    const [fastMs, f] = await timed(() => complaintStatistics(payload, undefined, period))
    const [naiveMs, n] = await timed(() =>
      naiveComplaintStatistics(payload, period.from, period.to),
    )
    if (i > 0) {
      fast.push(fastMs)
      naive.push(naiveMs)
    }
    figures = f
    baseline = n
  }
  const same =
    figures!.registered === baseline!.registered &&
    figures!.complaints === baseline!.complaints &&
    figures!.resolution.within24h === baseline!.within24h &&
    JSON.stringify(sortKeys(figures!.byCategory)) ===
      JSON.stringify(sortKeys(baseline!.byCategory)) &&
    figures!.satisfaction.rate === baseline!.satisfaction.rate &&
    figures!.satisfaction.households === baseline!.satisfaction.households
  return {
    month,
    complaintsInMonth: figures!.registered,
    fast: summarise(fast),
    naive: summarise(naive),
    speedup: summarise(naive).meanMs / summarise(fast).meanMs,
    figuresMatch: same,
  }
}

/** The day's dispatch register PDF for 500 orders: fetch + render vs rendering the same rows alone. */
const benchDailyRegister = async (rounds: number) => {
  const day = parseDay('2026-11-20', 'Asia/Shanghai')!
  const engineers: number[] = []
  for (const n of [1, 2, 3]) {
    const user = await payload.create({
      collection: slugs.users,
      data: {
        email: `bench-engineer${n}@bench.local`,
        password: 'bench-password-2026',
        name: `基准维修员${n}`,
        roles: ['engineer'],
      },
    })
    engineers.push(user.id)
  }
  await bulkWorkOrders(payload, 500, day, units, engineers)
  const full: number[] = []
  const bare: number[] = []
  let pages = 0
  let rows = 0
  const BENCH_HEAD = {
    companyName: '基准物业',
    logo: null,
    control: { controlled: false } as const,
    printedAt: '2026-01-01 00:00',
  }
  for (let i = 0; i < rounds + 1; i++) {
    const [fullMs, bytes] = await timed(async () => {
      const report = await dailyReconciliation(payload, undefined, day, 'Asia/Shanghai')
      return renderDispatchRegister(report, BENCH_HEAD, 'Asia/Shanghai')
    })
    const report = await dailyReconciliation(payload, undefined, day, 'Asia/Shanghai')
    const [bareMs] = await timed(() => renderDispatchRegister(report, BENCH_HEAD, 'Asia/Shanghai'))
    rows = report.opened.length + report.returned.length + report.unfinished.length
    pages = (bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length
    if (i > 0) {
      full.push(fullMs)
      bare.push(bareMs)
    }
  }
  return {
    orders: 500,
    rows,
    pages,
    full: summarise(full),
    bare: summarise(bare),
    ratio: summarise(full).meanMs / summarise(bare).meanMs,
  }
}

/**
 * The dashboard's data request (`GET /api/dashboard` through Payload's real handler, as the
 * director: authentication, every panel, JSON) against the raw aggregate queries alone (the KPI
 * and trend GROUP BYs called directly). 20,000 work orders are added first.
 */
const benchDashboard = async (rounds: number, orders: number) => {
  const engineer = await payload.create({
    collection: slugs.users,
    data: {
      email: 'bench-dash-engineer@bench.local',
      password: 'bench-password-2026',
      name: '基准维修员',
      roles: ['engineer'],
    },
  })
  const yesterday = new Date(Date.now() - 86_400_000)
  await bulkWorkOrders(payload, orders, { from: yesterday }, units, [engineer.id], 'WX-DASH')
  const email = 'bench-director@bench.local'
  const password = 'bench-password-2026'
  const director = await payload.create({
    collection: slugs.users,
    data: { email, password, name: '基准总监', roles: ['director'] },
  })
  const login = await payload.login({ collection: slugs.users, data: { email, password } })
  // Mid-month: the 15th of last month, whose figures cover a whole month of complaints.
  const last = localYearMonth(new Date(Date.now() - 20 * 86_400_000), 'Asia/Shanghai')
  const midMonth = new Date(`${last}-15T04:00:00.000Z`)
  const asDirector = {
    payload,
    user: { ...director, collection: 'users' },
  } as never as PayloadRequest & {
    user: TypedUser
  }
  const mid: number[] = []
  const office = { ...OFFICE_DEFAULTS, timezone: 'Asia/Shanghai' }
  // The closed months as the nightly job keeps them (changes keep them current after that): as
  // of today, and as of the mid-month the bench reads the dashboard at.
  const [refreshMs] = await timed(async () => {
    const req = await createLocalReq({}, payload)
    await refreshClosedMonths(req, office.timezone, midMonth)
    await refreshClosedMonths(req, office.timezone)
  })
  const full: number[] = []
  const raw: number[] = []
  const keptTrend: number[] = []
  const freshTrend: number[] = []
  const before: number[] = []
  const approvalsNow: number[] = []
  const approvalsBefore: number[] = []
  const byPanel: Record<string, number[]> = {}
  const loadBefore = os.loadavg()
  let panels = 0
  for (let i = 0; i < rounds + 2; i++) {
    const [fullMs, body] = await timed(() =>
      handleEndpoints({
        config,
        request: new Request('http://localhost:3000/api/dashboard', {
          headers: { Authorization: `JWT ${login.token}` },
        }),
      }).then(async (r) => {
        if (r.status !== 200) throw new Error(`dashboard: ${r.status}`)
        return (await r.json()) as { panels: unknown[] }
      }),
    )
    const now = new Date()
    const [rawMs] = await timed(async () => {
      await kpiFigures({ payload, req: undefined as never, now, office })
      await monthlyTrend(payload, undefined, now, office.timezone)
    })
    const [midMs, now2] = await timed(() => loadDashboard(asDirector, DASHBOARD_PANELS, midMonth))
    // The same, as it was read before (the baseline, same run): panels one after another, the
    // approvals panel reading whole documents.
    const [beforeMs, then] = await timed(() => loadDashboardBaseline(asDirector, midMonth))
    if (JSON.stringify(then.panels) !== JSON.stringify(now2.panels)) {
      throw new Error('dashboard: the baseline and the request disagree')
    }
    // Each panel alone, one after another, as of mid-month.
    const ctx = { payload, req: asDirector, user: asDirector.user, now: midMonth, office }
    for (const panel of DASHBOARD_PANELS) {
      if (!panel.visible(ctx.user)) continue
      const [ms] = await timed(() => panel.load(ctx as never))
      if (i >= 2) (byPanel[panel.key] ??= []).push(ms)
    }
    const [newApprovalsMs] = await timed(() => approvalsFor(asDirector, ctx.user, office))
    const [oldApprovalsMs] = await timed(() => approvalsForBaseline(asDirector, ctx.user))
    // The 12-month trend at mid-month: closed months as kept vs all twelve counted afresh.
    const [keptMs] = await timed(() => monthlyTrend(payload, undefined, midMonth, office.timezone))
    const [freshMs] = await timed(() =>
      countTrendMonths(payload, undefined, monthStarts(midMonth, office.timezone), office.timezone),
    )
    panels = body.panels.length
    if (i >= 2) {
      full.push(fullMs)
      raw.push(rawMs)
      mid.push(midMs)
      before.push(beforeMs)
      approvalsNow.push(newApprovalsMs)
      approvalsBefore.push(oldApprovalsMs)
      keptTrend.push(keptMs)
      freshTrend.push(freshMs)
    }
  }
  const workOrders = (await payload.count({ collection: slugs.workOrders })).totalDocs
  return {
    workOrders,
    panels,
    full: summarise(full),
    raw: summarise(raw),
    midMonth: { at: midMonth.toISOString(), ...summarise(mid) },
    baseline: summarise(before),
    approvals: { now: summarise(approvalsNow), before: summarise(approvalsBefore) },
    panelMeans: Object.fromEntries(
      Object.entries(byPanel).map(([key, times]) => [key, summarise(times).meanMs]),
    ),
    loadAverage: { before: loadBefore[0], after: os.loadavg()[0] },
    trend: { kept: summarise(keptTrend), fresh: summarise(freshTrend), refreshMs },
    ratio: summarise(full).meanMs / summarise(raw).meanMs,
  }
}

const sortKeys = (record: Record<string, number>) =>
  Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))

const dialect = process.env.DATABASE_URI?.startsWith('postgres') ? 'postgres' : 'sqlite'
const SMALL_SECTIONS: Record<string, () => Promise<Record<string, unknown>>> = {
  approvals: async () => ({ approvals: await benchApprovals(payload, config, summarise) }),
  chains: async () => ({ approvalChains: await benchApprovalChains(payload, summarise) }),
  workflow: async () => ({ workflow: await benchWorkflow(payload, config, summarise) }),
  documents: async () => ({
    documentHistory: await benchDocumentHistory(payload, config, summarise),
  }),
  passwords: async () => ({
    passwordReset: await benchPasswordReset(payload, config, mailbox, summarise),
  }),
  export: async () => ({ export: await benchExport(payload, config, summarise) }),
  import: async () => ({ import: await benchImport(payload, config, summarise) }),
  visits: async () => ({ visits: await benchVisitStatistics(payload, summarise) }),
}
const small = SMALL_SECTIONS[process.env.BENCH_ONLY ?? '']
if (small) {
  process.stdout.write(`BENCH_RESULT ${JSON.stringify({ dialect, ...(await small()) })}\n`)
  await closePayload(payload)
  await mailbox.close()
  process.exit(0)
}
/** `BENCH_ONLY=dashboard` runs the dashboard section alone (it still loads the 100,000 complaints). */
const only = process.env.BENCH_ONLY
const approvals = only ? null : await benchApprovals(payload, config, summarise)
const approvalChains = only ? null : await benchApprovalChains(payload, summarise)
const workflow = only ? null : await benchWorkflow(payload, config, summarise)
const documentHistory = only ? null : await benchDocumentHistory(payload, config, summarise)
const residentCreates = only ? null : await benchResidentCreates(1000, 100)
const passwordReset = only ? null : await benchPasswordReset(payload, config, mailbox, summarise)

const buildings = ['1栋', '2栋', '3栋', '4栋', '商业街', '写字楼A座']
const units: number[] = []
const unitBuildings: string[] = []
for (let n = 0; n < 60; n++) {
  const building = buildings[n % buildings.length]
  const created = await payload.create({
    collection: slugs.units,
    data: {
      estate: '基准',
      building,
      floor: 1,
      number: `C${n}`,
      area: 80,
      use: 'residential',
      status: 'occupied',
    },
  })
  units.push(created.id)
  unitBuildings.push(building)
}
const [bulkMs] = await timed(() => bulkComplaints(payload, 100_000, units, unitBuildings))
const complaintCount = (await payload.count({ collection: slugs.complaints })).totalDocs
const complaintList = only ? null : await benchComplaintList(200)
/** `BENCH_ONLY=monthly,dashboard`: the heavy sections can run together on one load of data. */
const wants = (key: string) => !only || only.split(',').includes(key)
const monthlyReport = wants('monthly') ? await benchMonthlyReport(5) : null
const dailyRegister = only ? null : await benchDailyRegister(5)
const dashboard = wants('dashboard') ? await benchDashboard(30, 20_000) : null
// The 100,000 complaints are loaded already: the export bench adds none.
const exportBench = only ? null : await benchExport(payload, config, summarise, 0)
const importBench = only ? null : await benchImport(payload, config, summarise)
const visits = only ? null : await benchVisitStatistics(payload, summarise)

const results = {
  dialect,
  residentCreates,
  complaints: { count: complaintCount, loadSeconds: bulkMs / 1000 },
  complaintList,
  monthlyReport,
  dailyRegister,
  dashboard,
  approvals,
  approvalChains,
  workflow,
  documentHistory,
  passwordReset,
  export: exportBench,
  import: importBench,
  visits,
}
process.stdout.write(`BENCH_RESULT ${JSON.stringify(results)}\n`)
await closePayload(payload)
await mailbox.close()
process.exit(0)
