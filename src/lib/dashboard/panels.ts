import { readsAsRole } from '@/access/hasRole'
import { mayReadComplaints } from '@/access/complaints'
import { MANAGER_ROLES } from '@/domain/roles'
import { monthRange, localYearMonth, localParts, zonedTime } from '@/domain/time'
import { complaintStatistics } from '@/lib/reports/complaintStatistics'
import { cube, total } from '@/lib/reports/cube'
import { readsAtOnce } from '@/lib/concurrentReads'
import { slugs } from '@/slugs'

import { monthlyTrend, openComplaintsBySeverity, OPEN_COMPLAINT_STATUSES } from './queries'
import { approvalsPanel, documentsPanel, violationsPanel } from './casePanels'
import { followUpsPanel } from './followUpsPanel'
import { jobsPanel } from './jobsPanel'
import { returnVisitsPanel } from './returnVisitsPanel'
import type { DashboardContext, PanelProvider } from './types'

const asUser = (ctx: DashboardContext) =>
  ({ overrideAccess: false, user: ctx.user, req: ctx.req, depth: 0 }) as const

const NOTHING = { docs: [], totalDocs: 0 }

/** A read as the user; a collection they may not read at all counts as nothing (403 → empty). */
const orNothing = async <T extends { docs: unknown[]; totalDocs: number }>(
  read: () => Promise<T>,
): Promise<T | typeof NOTHING> => {
  try {
    return await read()
  } catch (error) {
    if ((error as { status?: number }).status === 403) return NOTHING
    throw error
  }
}

/** 我的待办: complaints and work orders assigned to me, return visits due. */
export const myWorkPanel: PanelProvider = {
  key: 'my-work',
  title: { zh: '我的待办', en: 'My work' },
  requires: [slugs.complaints, slugs.workOrders, slugs.returnVisits],
  visible: () => true,
  load: async (ctx) => {
    const me = ctx.user.id
    const [complaints, workOrders, visits] = await readsAtOnce(ctx.req, [
      () =>
        orNothing(() =>
          ctx.payload.find({
            collection: slugs.complaints,
            where: {
              and: [{ handler: { equals: me } }, { status: { in: [...OPEN_COMPLAINT_STATUSES] } }],
            },
            sort: 'resolveDueAt',
            limit: 5,
            select: { number: true, status: true, resolveDueAt: true, category: true },
            ...asUser(ctx),
          }),
        ),
      () =>
        orNothing(() =>
          ctx.payload.find({
            collection: slugs.workOrders,
            where: {
              and: [
                { engineer: { equals: me } },
                { status: { in: ['dispatched', 'on-site', 'pending-revisit'] } },
              ],
            },
            sort: 'arrivalDueAt',
            limit: 5,
            select: { number: true, status: true, arrivalDueAt: true, fault: true },
            ...asUser(ctx),
          }),
        ),
      () =>
        orNothing(() =>
          ctx.payload.find({
            collection: slugs.returnVisits,
            where: {
              and: [{ assignee: { equals: me } }, { status: { equals: 'scheduled' } }],
            },
            sort: 'dueBy',
            limit: 5,
            select: { dueBy: true, complaint: true, workOrder: true },
            ...asUser(ctx),
          }),
        ),
    ])
    return {
      complaints: { total: complaints.totalDocs, items: complaints.docs },
      workOrders: { total: workOrders.totalDocs, items: workOrders.docs },
      returnVisits: {
        total: visits.totalDocs,
        overdue: (visits.docs as Array<{ dueBy?: string | null }>).filter(
          (v) => v.dueBy && new Date(v.dueBy).getTime() < ctx.now.getTime(),
        ).length,
        items: visits.docs,
      },
    }
  },
}

/** 今日登记: what the front desk registered today (numbers and status, no residents' details). */
export const todayPanel: PanelProvider = {
  key: 'today',
  title: { zh: '今日登记', en: 'Registered today' },
  requires: [slugs.complaints],
  visible: (user) => mayReadComplaints(user),
  load: async (ctx) => {
    const p = localParts(ctx.now, ctx.office.timezone)
    const from = zonedTime(ctx.office.timezone, p.year, p.month, p.day)
    // Today is one local day: bounded above too, so the count reads that day's rows only.
    const to = zonedTime(ctx.office.timezone, p.year, p.month, p.day + 1)
    const found = await ctx.payload.find({
      collection: slugs.complaints,
      where: {
        and: [
          { registeredAt: { greater_than_equal: from.toISOString() } },
          { registeredAt: { less_than: to.toISOString() } },
        ],
      },
      sort: '-registeredAt',
      limit: 8,
      select: { number: true, status: true, severity: true, category: true, registeredAt: true },
      ...asUser(ctx),
    })
    return { total: found.totalDocs, items: found.docs }
  },
}

/** 本月指标: the office's KPIs for this month, each with its target. */
export const kpiPanel: PanelProvider = {
  key: 'kpis',
  title: { zh: '本月指标', en: 'This month’s KPIs' },
  requires: [slugs.complaints, slugs.returnVisits, slugs.workOrders],
  visible: (user) => mayReadComplaints(user),
  load: async (ctx) => kpiFigures(ctx),
}

/** The KPI figures: GROUP BY and COUNT in the database (used by the panel and the benchmark). */
export const kpiFigures = async ({ payload, req, now, office }: Omit<DashboardContext, 'user'>) => {
  const month = localYearMonth(now, office.timezone)
  const range = monthRange(month, office.timezone)!
  // Three independent reads: at once outside a transaction.
  const [open, stats, orders] = await readsAtOnce(req, [
    () => openComplaintsBySeverity(payload, req, now),
    () =>
      complaintStatistics(payload, req, { label: month, from: range.from, to: range.to }, office, {
        breakdowns: false,
      }),
    () =>
      cube(payload, req, {
        table: 'work_orders',
        by: [],
        sums: ['arrived', 'arrivalMet'],
        time: 'registeredAt',
        from: range.from,
        to: range.to,
      }),
  ])
  const arrived = total(orders, 'arrived')
  const onTime = total(orders, 'arrivalMet')
  const arrivalRate = arrived > 0 ? Math.round((onTime / arrived) * 1000) / 10 : null
  return {
    month,
    openComplaints: open,
    resolvedWithin24h: {
      rate: stats.resolution.rate,
      count: stats.resolution.within24h,
      of: stats.resolution.of,
      target: stats.resolution.target,
      met: stats.resolution.met,
    },
    returnVisits: {
      rate: stats.returnVisits.rate,
      count: stats.returnVisits.recorded,
      of: stats.returnVisits.required,
      target: stats.returnVisits.target,
      met: stats.returnVisits.met,
    },
    // 投诉处理满意率 by household, complaint visits only: the monthly table's own figure.
    satisfaction: {
      rate: stats.satisfaction.rate,
      count: stats.satisfaction.satisfied,
      of: stats.satisfaction.households,
      target: stats.satisfaction.target,
      met: stats.satisfaction.met,
    },
    validComplaints: {
      rate: stats.validComplaints.rate,
      count: stats.validComplaints.substantiated,
      of: stats.validComplaints.households,
      target: stats.validComplaints.target,
      met: stats.validComplaints.met,
    },
    workOrdersOnSite: {
      rate: arrivalRate,
      count: onTime,
      of: arrived,
      target: office.arrivalMinutes,
      registered: total(orders),
    },
  }
}

/** 近 12 个月趋势: complaints registered and satisfaction per month. */
export const trendPanel: PanelProvider = {
  key: 'trend',
  title: { zh: '近12个月投诉与满意度', en: 'Complaints and satisfaction, last 12 months' },
  requires: [slugs.complaints, slugs.returnVisits],
  visible: (user) => mayReadComplaints(user),
  load: async (ctx) => monthlyTrend(ctx.payload, ctx.req, ctx.now, ctx.office.timezone),
}

/** 交接班: logs waiting for the manager's signature and refused handovers. */
export const shiftLogPanel: PanelProvider = {
  key: 'shift-logs',
  title: { zh: '交接班', en: 'Shift logs' },
  requires: [slugs.shiftLogs],
  visible: (user) => readsAsRole(user, ...MANAGER_ROLES, 'admin', 'cs-clerk', 'security-guard'),
  load: async (ctx) => {
    const count = async (status: string) =>
      (
        await orNothing(() =>
          ctx.payload
            .count({
              collection: slugs.shiftLogs,
              where: { status: { equals: status } },
              overrideAccess: false,
              user: ctx.user,
              req: ctx.req,
            })
            .then((r) => ({ docs: [], totalDocs: r.totalDocs })),
        )
      ).totalDocs
    return {
      awaitingReview: await count('accepted'),
      awaitingAcceptance: await count('signed'),
      refused: await count('refused'),
    }
  },
}

/**
 * The dashboard's panels, in order. A new area adds its provider here; a panel whose collections
 * do not exist is simply not shown.
 */
export const DASHBOARD_PANELS: PanelProvider[] = [
  myWorkPanel,
  followUpsPanel,
  todayPanel,
  kpiPanel,
  trendPanel,
  returnVisitsPanel,
  shiftLogPanel,
  approvalsPanel,
  violationsPanel,
  documentsPanel,
  jobsPanel,
]
