import type { Payload, PayloadRequest } from 'payload'

import { percent } from '@/domain/reportPeriods'
import { querySql } from '@/lib/sql'
import { slugs } from '@/slugs'

import { onTimeFigures } from './complaintStatistics'
import type { CubeRow } from './cube'
import { cube, total } from './cube'
import { workOrderCube, workOrderRates } from './workOrderReports'

type Req = Partial<PayloadRequest> | undefined
type Id = number | string

export type Ratings = { A: number; B: number; C: number }

export type AppraisalRow = {
  user: Id
  name: string
  department: string | null
  /** 有效投诉 against their work: complaints they handled that the resolver found true (属实). */
  substantiated: number
  /** Complaints they handled (registered in the month), and of those resolved, how many on time. */
  complaints: { handled: number; resolved: number; onTime: number; rate: number | null }
  /** Work orders they were the engineer of: 派工及时 / 到场及时 (the summary's definitions). */
  workOrders: ReturnType<typeof workOrderRates>
  /** Return-visit ratings (回访评价) on the complaints they handled. */
  ratings: Ratings
  /** Follow-up items they own: done in the month, of those done after the deadline, still open past it. */
  followUps: { done: number; doneLate: number; openOverdue: number }
}

export type DepartmentRow = {
  department: string
  complaints: number
  substantiated: number
  resolved: number
  onTime: number
  rate: number | null
}

export type StaffAppraisal = {
  period: string
  from: string
  to: string
  staff: AppraisalRow[]
  departments: DepartmentRow[]
}

const key = (v: unknown) => (v === null || v === undefined ? null : String(v))

/**
 * Return-visit ratings of the complaints each handler handled, recorded in the period: one GROUP
 * BY over visits joined to their complaint. Only complaint visits count: "complaint-handling
 * satisfaction … (repair and other visits never count in it)" (DOMAIN → Return visits, 002 篇3).
 */
const ratingsByHandler = async (payload: Payload, req: Req, from: Date, to: Date) =>
  querySql(
    payload,
    req,
    (sql) => sql`SELECT c.handler_id AS "handler", v.overall AS "overall", COUNT(*) AS n
      FROM return_visits v JOIN complaints c ON c.id = v.complaint_id
      WHERE v.status = 'done' AND v.recorded_at >= ${from.toISOString()}
        AND v.recorded_at < ${to.toISOString()} AND v.overall IN ('A', 'B', 'C')
        AND c.handler_id IS NOT NULL
      GROUP BY c.handler_id, v.overall`,
  )

/**
 * Follow-up items per owner: done in the period, of those done after their deadline (逾期完成), and
 * those still open whose deadline passed before the period's end (or now, if earlier). One GROUP BY.
 */
const followUpsByOwner = async (payload: Payload, req: Req, from: Date, to: Date, now: Date) => {
  const [f, t] = [from.toISOString(), to.toISOString()]
  const cut = new Date(Math.min(to.getTime(), now.getTime())).toISOString()
  return querySql(
    payload,
    req,
    (sql) => sql`SELECT owner_id AS "owner",
        SUM(CASE WHEN status = 'done' AND done_at >= ${f} AND done_at < ${t} THEN 1 ELSE 0 END) AS done,
        SUM(CASE WHEN status = 'done' AND done_at >= ${f} AND done_at < ${t} AND done_at > deadline
          THEN 1 ELSE 0 END) AS late,
        SUM(CASE WHEN status = 'open' AND deadline < ${cut} THEN 1 ELSE 0 END) AS overdue
      FROM follow_ups
      WHERE (status = 'done' AND done_at >= ${f} AND done_at < ${t})
        OR (status = 'open' AND deadline < ${cut})
      GROUP BY owner_id`,
  )
}

/**
 * Input to staff appraisal (员工考核, 003) for one month: per member of staff, the valid complaints
 * against their work, their on-time rates, the ratings of the cases they handled and their late
 * follow-up items. Every figure is a GROUP BY in the database (four queries and a look-up of the
 * names), never loaded records.
 *
 * Whose work a complaint is: its handler's (处理人) — the person the dispatcher named on the handling
 * slip, who is held to its deadline. DOMAIN → Complaints: "Only complaints found true (属实) are
 * valid complaints (有效投诉): they count toward the < 1% target and in staff appraisal", and the
 * slip goes "to the responsible department … with a deadline; the department is held to it" — so
 * the table also totals per department dispatched to (the complaint's 责任部门), and a complaint
 * with no handler counts for its department only. Complaints and work orders count in the month
 * they were registered, as in the monthly table (客户月投诉统计表) and the repair summary.
 */
export const staffAppraisal = async (
  payload: Payload,
  req: Req,
  period: { label: string; from: Date; to: Date },
  now = new Date(),
): Promise<StaffAppraisal> => {
  const { from, to } = period
  // Queries one after another: inside a transaction they share one connection.
  const complaintRows = await cube(payload, req, {
    table: 'complaints',
    by: ['handler', 'department', 'kind'],
    sums: ['resolved', 'resolvedOnTime', 'substantiated'],
    time: 'registeredAt',
    from,
    to,
  })
  const orderRows = await workOrderCube(payload, req, period)
  const ratingRows = await ratingsByHandler(payload, req, from, to)
  const followUpRows = await followUpsByOwner(payload, req, from, to, now)

  // Only 投诉 (kind complaint): enquiries, suggestions and help requests are not held against anyone.
  const complaintsOnly = complaintRows.filter((r) => r.kind === 'complaint')
  const ids = new Set<string>()
  for (const r of complaintsOnly) if (key(r.handler)) ids.add(key(r.handler)!)
  for (const r of orderRows) if (key(r.engineer)) ids.add(key(r.engineer)!)
  for (const r of ratingRows) if (key(r.handler)) ids.add(key(r.handler)!)
  for (const r of followUpRows) if (key(r.owner)) ids.add(key(r.owner)!)

  const users = ids.size
    ? (
        await payload.find({
          collection: slugs.users,
          where: { id: { in: [...ids] } },
          depth: 0,
          pagination: false,
          select: { name: true, department: true },
          req,
        })
      ).docs
    : []

  const of = (id: string) => (row: CubeRow) => key(row.handler) === id
  const staff = users.map((user): AppraisalRow => {
    const id = String(user.id)
    const onTime = onTimeFigures(complaintsOnly, of(id))
    const rating = (r: string) =>
      ratingRows
        .filter((row) => key(row.handler) === id && row.overall === r)
        .reduce((sum, row) => sum + Number(row.n ?? 0), 0)
    const followUps = followUpRows.find((row) => key(row.owner) === id)
    return {
      user: user.id,
      name: user.name,
      department: user.department ?? null,
      substantiated: total(complaintsOnly, 'substantiated', of(id)),
      complaints: {
        handled: total(complaintsOnly, 'n', of(id)),
        resolved: onTime.of,
        onTime: onTime.onTime,
        rate: onTime.rate,
      },
      workOrders: workOrderRates(orderRows, (row) => key(row.engineer) === id),
      ratings: { A: rating('A'), B: rating('B'), C: rating('C') },
      followUps: {
        done: Number(followUps?.done ?? 0),
        doneLate: Number(followUps?.late ?? 0),
        openOverdue: Number(followUps?.overdue ?? 0),
      },
    }
  })
  staff.sort(
    (a, b) =>
      (a.department ?? '~').localeCompare(b.department ?? '~') ||
      a.name.localeCompare(b.name, 'zh') ||
      String(a.user).localeCompare(String(b.user)),
  )

  const departments = [
    ...new Set(complaintsOnly.map((r) => key(r.department)).filter((d): d is string => !!d)),
  ]
    .sort()
    .map((department): DepartmentRow => {
      const mine = (row: CubeRow) => key(row.department) === department
      const figures = onTimeFigures(complaintsOnly, mine)
      return {
        department,
        complaints: total(complaintsOnly, 'n', mine),
        substantiated: total(complaintsOnly, 'substantiated', mine),
        resolved: figures.of,
        onTime: figures.onTime,
        rate: figures.rate,
      }
    })

  return {
    period: period.label,
    from: from.toISOString(),
    to: to.toISOString(),
    staff,
    departments,
  }
}

/** Satisfied or generally satisfied (A + B) of the ratings, as a percentage. */
export const satisfiedShare = (r: Ratings) => percent(r.A + r.B, r.A + r.B + r.C)
