import type { Payload } from 'payload'

import type { Rating } from '../src/domain/complaints/returnVisits'
import { householdSatisfaction } from '../src/domain/complaints/returnVisits'
import type { VisitCountRow } from '../src/domain/returnVisits/figures'
import { rollUpVisitCounts, surveyFigures } from '../src/domain/returnVisits/figures'
import type { SurveyAspect, VisitKind } from '../src/domain/returnVisits/kinds'
import { SURVEY_ASPECT_KEYS, VISIT_KINDS } from '../src/domain/returnVisits/kinds'
import { parsePeriod } from '../src/domain/reportPeriods'
import { localYearMonth } from '../src/domain/time'
import { relationId } from '../src/domain/relations'
import { returnVisitFigures } from '../src/lib/dashboard/returnVisitsPanel'
import { OFFICE_DEFAULTS } from '../src/lib/officeSettings'
import { returnVisitStatistics } from '../src/lib/reports/returnVisitStatistics'
import type { ReturnVisit } from '../src/payload-types'
import { slugs } from '../src/slugs'
import { prng } from '../seed/data'

import { bulkComplaints } from './complaintData'

type Summary = { n: number; totalMs: number; meanMs: number; p95Ms: number }
type Drizzle = { insert: (table: unknown) => { values: (rows: unknown[]) => Promise<unknown> } }

const DAY = 86_400_000
const KINDS = Object.keys(VISIT_KINDS) as VisitKind[]
const METHODS = ['face-to-face', 'phone', 'phone', 'written', 'meeting'] as const

/**
 * 100,000 return visits over the last year, straight into the table in batches (the shape the
 * hooks write): every kind, method and five assignees; 85% recorded (A/B/C, the survey's 13
 * aspects), the rest scheduled with a due date. Complaint visits point at real complaints.
 */
const bulkVisits = async (payload: Payload, total: number, assignees: number[]) => {
  const db = payload.db as unknown as { drizzle: Drizzle; tables: Record<string, unknown> }
  const complaints = await payload.find({
    collection: slugs.complaints,
    select: { number: true },
    limit: 2000,
    depth: 0,
  })
  const random = prng(2026)
  const now = Date.now()
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]
  const rating = (): Rating => (random() < 0.8 ? 'A' : random() < 0.7 ? 'B' : 'C')
  for (let start = 0; start < total; start += 500) {
    const rows = []
    for (let i = start; i < Math.min(total, start + 500); i++) {
      const created = now - Math.floor(random() * 365 * DAY)
      const kind = pick(KINDS)
      const done = random() < 0.85
      const overall = done ? rating() : null
      const recorded = done
        ? new Date(created + Math.floor(random() * 6 * DAY)).toISOString()
        : null
      rows.push({
        kind,
        complaint: kind === 'complaint' ? pick(complaints.docs).id : null,
        household: `unit:${Math.floor(random() * 3000)}`,
        status: done ? 'done' : 'scheduled',
        method: kind === 'survey' ? 'written' : pick(METHODS),
        assignee: kind === 'survey' ? null : pick(assignees),
        dueFrom: new Date(created + DAY).toISOString(),
        dueBy: kind === 'survey' ? null : new Date(created + 5 * DAY).toISOString(),
        unreachable: !done && random() < 0.1,
        quality: overall,
        effect: overall,
        overall,
        solved: overall !== 'C',
        ...(kind === 'survey' && done
          ? Object.fromEntries(SURVEY_ASPECT_KEYS.map((a) => [`aspects_${a}`, rating()]))
          : {}),
        recordedAt: recorded,
        createdAt: new Date(created).toISOString(),
        updatedAt: new Date(created).toISOString(),
      })
    }
    await db.drizzle.insert(db.tables.return_visits).values(rows)
  }
}

/**
 * The same statistics written without the database's help: load the month's visits through the
 * Local API (those recorded or due in the month, and the month's surveys) and count in JS with
 * the domain's own rules. The benchmark's baseline, and a check on the real figures.
 */
const naiveVisitStatistics = async (payload: Payload, from: Date, to: Date, now: Date) => {
  const range = { greater_than_equal: from.toISOString(), less_than: to.toISOString() }
  const found = await payload.find({
    collection: slugs.returnVisits,
    where: {
      or: [
        { recordedAt: range },
        { dueBy: range },
        { and: [{ kind: { equals: 'survey' } }, { createdAt: range }] },
      ],
    },
    pagination: false,
    depth: 0,
  })
  const inMonth = (iso?: string | null) =>
    !!iso && iso >= range.greater_than_equal && iso < range.less_than
  const rows: VisitCountRow[] = []
  for (const v of found.docs as ReturnVisit[]) {
    const recorded = v.status === 'done' && inMonth(v.recordedAt)
    const due = inMonth(v.dueBy)
    if (!recorded && !due) continue
    const open = due && v.status !== 'done'
    const one = (b: boolean) => (b ? 1 : 0)
    rows.push({
      kind: (v.kind ?? (v.complaint ? 'complaint' : v.workOrder ? 'repair' : null)) as VisitKind,
      method: v.method ?? null,
      assignee: v.assignee == null ? null : String(relationId(v.assignee)),
      due: one(due),
      recorded: one(recorded),
      recordedDue: one(recorded && !!v.dueBy),
      A: one(recorded && v.overall === 'A'),
      B: one(recorded && v.overall === 'B'),
      C: one(recorded && v.overall === 'C'),
      onTime: one(recorded && !!v.dueBy && v.recordedAt! <= v.dueBy),
      unreachable: one(open && v.unreachable === true),
      outstanding: one(open && v.unreachable !== true),
      overdue: one(open && v.unreachable !== true && new Date(v.dueBy!) < now),
    })
  }
  const rated = (filter: (v: ReturnVisit) => boolean) =>
    householdSatisfaction(
      (found.docs as ReturnVisit[])
        .filter((v) => v.status === 'done' && inMonth(v.recordedAt) && v.overall && filter(v))
        .map((v) => ({ household: v.household ?? '', overall: v.overall! })),
    )
  const surveys = (found.docs as ReturnVisit[]).filter(
    (v) => v.kind === 'survey' && inMonth(v.createdAt),
  )
  const returned = surveys.filter((v) => v.status === 'done')
  const aspects = Object.fromEntries(
    SURVEY_ASPECT_KEYS.map((a) => {
      const counts = { A: 0, B: 0, C: 0 }
      for (const v of returned) {
        const r = (v.aspects?.[a as SurveyAspect] ??
          (a === 'overall' ? v.overall : null)) as Rating | null
        if (r) counts[r]++
      }
      return [a, counts]
    }),
  )
  return {
    ...rollUpVisitCounts(rows),
    survey: surveyFigures({
      issued: surveys.length,
      returned: returned.length,
      aspects,
      passMark: 95,
    }),
    complaint: rated((v) => Boolean(v.complaint)),
    departmental: rated((v) => v.kind === 'departmental'),
  }
}

/**
 * 回访统计表 for the last full month over 100,000 visits: the database's GROUP BYs
 * (`returnVisitStatistics`) against loading the month's visits and counting in JS; and the
 * dashboard's return-visit panel (one GROUP BY per figure).
 */
export const benchVisitStatistics = async (
  payload: Payload,
  summarise: (times: number[]) => Summary,
  rounds = 5,
) => {
  const assignees: number[] = []
  for (const n of [1, 2, 3, 4, 5]) {
    const user = await payload.create({
      collection: slugs.users,
      data: {
        email: `bench-visitor${n}@bench.local`,
        password: 'bench-password-2026',
        name: `基准回访员${n}`,
        roles: ['site-captain'],
      },
    })
    assignees.push(user.id)
  }
  const unit = await payload.create({
    collection: slugs.units,
    data: {
      estate: '基准',
      building: 'V1',
      floor: 1,
      number: 'V101',
      area: 90,
      use: 'residential',
      status: 'occupied',
    },
  })
  await bulkComplaints(payload, 2000, [unit.id], ['V1'])
  const total = 100_000
  const started = performance.now()
  await bulkVisits(payload, total, assignees)
  const loadSeconds = (performance.now() - started) / 1000
  const count = (await payload.count({ collection: slugs.returnVisits })).totalDocs
  const now = new Date()
  const month = localYearMonth(new Date(Date.now() - 40 * DAY), 'Asia/Shanghai')
  const period = parsePeriod(month, 'Asia/Shanghai')!
  const fast: number[] = []
  const naive: number[] = []
  const panel: number[] = []
  let figures: Awaited<ReturnType<typeof returnVisitStatistics>> | undefined
  let baseline: Awaited<ReturnType<typeof naiveVisitStatistics>> | undefined
  let loaded = 0
  const ctx = {
    payload,
    req: { payload } as never,
    user: {} as never,
    now,
    office: OFFICE_DEFAULTS,
  }
  for (let i = 0; i < rounds + 1; i++) {
    let t = performance.now()
    figures = await returnVisitStatistics(payload, undefined, period, OFFICE_DEFAULTS, now)
    const fastMs = performance.now() - t
    t = performance.now()
    baseline = await naiveVisitStatistics(payload, period.from, period.to, now)
    const naiveMs = performance.now() - t
    t = performance.now()
    await returnVisitFigures(ctx)
    const panelMs = performance.now() - t
    loaded = baseline.total.recorded
    if (i > 0) {
      fast.push(fastMs)
      naive.push(naiveMs)
      panel.push(panelMs)
    }
  }
  const strip = (rows: ReadonlyArray<object>) =>
    JSON.stringify(
      rows
        .map((row) => {
          const { name: _name, ...rest } = row as Record<string, unknown>
          return JSON.stringify(rest)
        })
        .sort(),
    )
  const figuresMatch =
    JSON.stringify(figures!.total) === JSON.stringify(baseline!.total) &&
    strip(figures!.byKind) === strip(baseline!.byKind) &&
    strip(figures!.byAssignee) === strip(baseline!.byAssignee) &&
    JSON.stringify(figures!.survey) === JSON.stringify(baseline!.survey) &&
    figures!.satisfaction.complaint.rate === baseline!.complaint.rate &&
    figures!.satisfaction.complaint.households === baseline!.complaint.households &&
    figures!.satisfaction.departmental.rate === baseline!.departmental.rate
  return {
    visits: count,
    loadSeconds,
    month,
    recordedInMonth: loaded,
    fast: summarise(fast),
    naive: summarise(naive),
    panel: summarise(panel),
    speedup: summarise(naive).meanMs / summarise(fast).meanMs,
    figuresMatch,
  }
}
