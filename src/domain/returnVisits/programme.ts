import { DAY } from '../time'
import { parsePeriod } from '../reportPeriods'
import { RATINGS } from '../complaints/returnVisits'

import type { SurveyAspect, VisitKind } from './kinds'
import { SURVEY_ASPECT_KEYS, SURVEY_ASPECTS } from './kinds'

/**
 * The return-visit programme (DOMAIN.md → Return visits; 002 篇1, 篇3, 篇4; 000 §2): which
 * subject each kind of visit has, its window, appointments and attempts, what a recorded visit
 * must carry, and the checks a visit plan passes. Pure: no Payload, no database.
 */

type Id = number | string

/** Kinds that follow a case (a complaint, a work order); the others are about a household. */
export const CASE_KINDS: readonly VisitKind[] = ['complaint', 'repair']

/** Kinds a visit plan (回访计划) schedules; service and event visits follow what happened. */
export const PLANNED_KINDS: readonly VisitKind[] = ['periodic', 'departmental', 'survey']

export type SubjectProblem = { field: string; message: string } | null

/**
 * A complaint visit is about its complaint, a repair visit about its work order, every other kind
 * about a household (a unit, or a resident). One subject, never two cases.
 */
export const subjectProblem = (visit: {
  kind: VisitKind | null
  complaint?: Id | null
  workOrder?: Id | null
  unit?: Id | null
  resident?: Id | null
}): SubjectProblem => {
  if (visit.complaint && visit.workOrder) {
    return {
      field: 'complaint',
      message:
        '回访须对应一宗投诉或一张工单 / A return visit is about one complaint or one work order',
    }
  }
  if (!visit.kind) {
    return {
      field: visit.unit || visit.resident ? 'kind' : 'complaint',
      message:
        visit.unit || visit.resident
          ? '请选择回访类别 / Choose the kind of visit'
          : '回访须对应一宗投诉、一张工单或一户住户 / A return visit is about a complaint, a work order or a household',
    }
  }
  if (visit.kind === 'complaint' && !visit.complaint) {
    return { field: 'complaint', message: '投诉回访须选择投诉 / Choose the complaint' }
  }
  if (visit.kind === 'repair' && !visit.workOrder) {
    return { field: 'workOrder', message: '维修回访须选择工单 / Choose the work order' }
  }
  if (!CASE_KINDS.includes(visit.kind)) {
    if (visit.complaint || visit.workOrder) {
      return {
        field: 'kind',
        message:
          '有投诉或工单的回访是投诉或维修回访 / A visit on a complaint or an order is of that kind',
      }
    }
    if (!visit.unit && !visit.resident) {
      return { field: 'unit', message: '请选择回访的住户或房屋 / Choose the household visited' }
    }
  }
  return null
}

/**
 * How long after the service or event the visit is due (DOMAIN.md → Return visits): other
 * services within a week, a special event within 20 days (arranged by the office head).
 */
export const DAYS_AFTER: Partial<Record<VisitKind, number>> = { service: 7, event: 20 }

/** The window of a visit after a service or an event, from when it happened; null for others. */
export const windowAfter = (
  kind: VisitKind,
  occurredAt: string | null | undefined,
): { dueFrom: string; dueBy: string } | null => {
  const days = DAYS_AFTER[kind]
  if (days === undefined || !occurredAt) return null
  const at = new Date(occurredAt)
  if (Number.isNaN(at.getTime())) return null
  return { dueFrom: at.toISOString(), dueBy: new Date(at.getTime() + days * DAY).toISOString() }
}

/** The months a comprehensive survey is made in: July and January (002 篇3). */
export const SURVEY_MONTHS = [1, 7] as const

/**
 * The window of a plan's period (`YYYY-MM` or `YYYY-Qn`, local): the visits are due within it.
 * A comprehensive survey is made in July or January, so its plan is for one of those months.
 */
export const planWindow = (
  period: string,
  kind: VisitKind,
  timeZone: string,
): { ok: true; dueFrom: string; dueBy: string } | { ok: false; message: string } => {
  const parsed = parsePeriod(period, timeZone)
  if (!parsed) {
    return {
      ok: false,
      message: '计划期间应为 YYYY-MM 或 YYYY-Qn / The period is YYYY-MM or YYYY-Qn',
    }
  }
  if (kind === 'survey') {
    const month = Number(period.slice(5, 7))
    if (parsed.kind !== 'month' || !SURVEY_MONTHS.includes(month as 1 | 7)) {
      return {
        ok: false,
        message:
          '综合问卷调查每年七月和一月进行 / The comprehensive survey is made in July and January',
      }
    }
  }
  return {
    ok: true,
    dueFrom: parsed.from.toISOString(),
    // The last instant of the period: `to` is the first of the next.
    dueBy: new Date(parsed.to.getTime() - 1).toISOString(),
  }
}

/** After this many attempts that reached nobody the visit is closed as unreachable. */
export const MAX_FAILED_ATTEMPTS = 3

export type Attempt = { at?: string | null; reached?: boolean | null; note?: string | null }

/** Whether the attempts close the visit as unreachable, and with what reason. */
export const unreachableAfter = (
  attempts: readonly Attempt[] | null | undefined,
): { unreachable: boolean; failed: number; reason: string | null } => {
  const failed = (attempts ?? []).filter((a) => a.reached !== true).length
  if (failed < MAX_FAILED_ATTEMPTS) return { unreachable: false, failed, reason: null }
  const notes = (attempts ?? [])
    .filter((a) => a.reached !== true)
    .map((a) => `${a.at ?? ''} ${a.note ?? ''}`.trim())
  return {
    unreachable: true,
    failed,
    reason: `${failed} 次联系未果 / ${failed} attempts reached nobody: ${notes.join('; ')}`,
  }
}

export type VisitStatus = 'scheduled' | 'done' | 'unreachable'

export type Refusal = { ok: false; status: 400 | 403 | 409; field?: string; message: string }

/** Who may book and record an attempt: the assignee, or a coordinator (dispatcher, managers). */
export type VisitActor = { id: Id; coordinator: boolean }

const mayAct = (visit: { assignee?: Id | null }, actor: VisitActor) =>
  actor.coordinator || (visit.assignee != null && String(visit.assignee) === String(actor.id))

const closedRefusal = (status: VisitStatus): Refusal => ({
  ok: false,
  status: 409,
  field: 'status',
  message:
    status === 'unreachable'
      ? '回访已因无法联系而关闭 / The visit was closed as unreachable'
      : '回访已记录 / The visit is already recorded',
})

/**
 * An attempt to reach the resident (联系记录). A closed visit (recorded, or unreachable) takes
 * none; the third that reaches nobody closes the visit as unreachable, with the reason.
 */
export const planAttempt = (args: {
  visit: { status: VisitStatus; assignee?: Id | null; attempts?: readonly Attempt[] | null }
  actor: VisitActor
  body: Record<string, unknown>
  now: Date
}):
  | {
      ok: true
      attempts: Attempt[]
      unreachable: boolean
      reason: string | null
    }
  | Refusal => {
  const { visit, actor, body, now } = args
  if (!mayAct(visit, actor)) {
    return {
      ok: false,
      status: 403,
      message:
        '只有回访人或调度、经理可记录联系 / Only the assignee or a coordinator records attempts',
    }
  }
  if (visit.status !== 'scheduled') return closedRefusal(visit.status)
  if (typeof body.reached !== 'boolean') {
    return { ok: false, status: 400, field: 'reached', message: '是否联系上？ / Reached or not?' }
  }
  const note = typeof body.note === 'string' ? body.note.trim().slice(0, 500) : ''
  if (!body.reached && !note) {
    return {
      ok: false,
      status: 400,
      field: 'note',
      message: '未联系上须说明原因 / Say why the resident was not reached',
    }
  }
  const attempts = [
    ...(visit.attempts ?? []).map((a) => ({ at: a.at, reached: a.reached, note: a.note })),
    { at: now.toISOString(), reached: body.reached, note: note || null },
  ]
  const outcome = unreachableAfter(attempts)
  return { ok: true, attempts, unreachable: outcome.unreachable, reason: outcome.reason }
}

/** An appointment with the resident (预约): a date and time, before the visit is recorded. */
export const planAppointment = (args: {
  visit: { status: VisitStatus; assignee?: Id | null }
  actor: VisitActor
  body: Record<string, unknown>
  now: Date
}): { ok: true; appointmentAt: string; note: string | null } | Refusal => {
  const { visit, actor, body, now } = args
  if (!mayAct(visit, actor)) {
    return {
      ok: false,
      status: 403,
      message: '只有回访人或调度、经理可预约 / Only the assignee or a coordinator books the visit',
    }
  }
  if (visit.status !== 'scheduled') return closedRefusal(visit.status)
  const at = new Date(String(body.appointmentAt ?? ''))
  if (!body.appointmentAt || Number.isNaN(at.getTime()) || at.getTime() <= now.getTime()) {
    return {
      ok: false,
      status: 400,
      field: 'appointmentAt',
      message: '预约时间须为将来的日期和时间 / The appointment is a future date and time',
    }
  }
  const note = typeof body.note === 'string' && body.note.trim() ? body.note.trim() : null
  return { ok: true, appointmentAt: at.toISOString(), note }
}

/**
 * What a recorded visit must carry beyond the overall rating: a comprehensive survey rates its
 * aspects A, B or C (002 篇3) and always 综合评议; another item may be left blank, as on paper (an
 * estate without a clubhouse), and then counts against that item's rate, whose base is every
 * questionnaire returned (DOMAIN.md → Rates); a point raised and not answered on the spot has a promised reply time
 * (000 §2.1(3)). Returns the first problem, naming the field.
 */
export const recordingProblem = (visit: {
  kind?: string | null
  aspects?: Partial<Record<SurveyAspect, string | null>> | null
  points?: ReadonlyArray<{
    text?: string | null
    promisedBy?: string | null
    answeredAt?: string | null
  }> | null
}): { field: string; message: string } | null => {
  if (visit.kind === 'survey') {
    for (const aspect of SURVEY_ASPECT_KEYS) {
      const value = visit.aspects?.[aspect]
      const blank = value === null || value === undefined || value === ''
      if ((blank && aspect === 'overall') || (!blank && !(value in RATINGS))) {
        return {
          field: `aspects.${aspect}`,
          message: `综合问卷须评价「${SURVEY_ASPECTS[aspect].zh}」(A/B/C) / Rate ${SURVEY_ASPECTS[aspect].en} A, B or C`,
        }
      }
    }
  }
  for (const [index, point] of (visit.points ?? []).entries()) {
    if (!String(point.text ?? '').trim()) {
      return {
        field: `points.${index}.text`,
        message: '请写明住户提出的问题 / Write the point raised',
      }
    }
    if (!point.answeredAt && !point.promisedBy) {
      return {
        field: `points.${index}.promisedBy`,
        message:
          '当场未能答复的问题须约定答复时间 / A point not answered on the spot needs a promised reply time',
      }
    }
  }
  return null
}

/** How long a department has for a visit's shortcoming or suggestion (follow-up deadline). */
export const FOLLOW_UP_DAYS = 14

export type VisitMeasure = { text: string; owner: Id; deadline: string; ownerField: string }

/**
 * What a recorded visit leaves to be followed until done (000 §2.1(3), (4)): each point promised
 * a reply (owner: who recorded the visit; deadline: the promised time), and the shortcomings and
 * suggestions for the department they name (owner: its head, else the recorder).
 */
export const visitMeasures = (args: {
  points?: ReadonlyArray<{
    text?: string | null
    promisedBy?: string | null
    answeredAt?: string | null
  }> | null
  shortcomings?: string | null
  suggestions?: string | null
  recorder: Id
  departmentOwner?: Id | null
  recordedAt: string
}): VisitMeasure[] => {
  const measures: VisitMeasure[] = []
  for (const [index, point] of (args.points ?? []).entries()) {
    if (point.answeredAt || !point.promisedBy || !String(point.text ?? '').trim()) continue
    measures.push({
      text: `答复住户：${String(point.text).trim()}`,
      owner: args.recorder,
      deadline: new Date(point.promisedBy).toISOString(),
      ownerField: `points.${index}.promisedBy`,
    })
  }
  const deadline = new Date(
    new Date(args.recordedAt).getTime() + FOLLOW_UP_DAYS * DAY,
  ).toISOString()
  const owner = args.departmentOwner ?? args.recorder
  const shortcomings = String(args.shortcomings ?? '').trim()
  const suggestions = String(args.suggestions ?? '').trim()
  if (shortcomings) {
    measures.push({ text: `整改不足：${shortcomings}`, owner, deadline, ownerField: 'department' })
  }
  if (suggestions) {
    measures.push({ text: `研究建议：${suggestions}`, owner, deadline, ownerField: 'department' })
  }
  return measures
}

/** A visit is overdue when still to be made after its last day. */
export const isVisitOverdue = (
  visit: { status?: string | null; dueBy?: string | null },
  now: Date,
): boolean =>
  visit.status === 'scheduled' && !!visit.dueBy && new Date(visit.dueBy).getTime() < now.getTime()

export type PlanRow = { unit?: Id | null; resident?: Id | null; assignee?: Id | null }

/**
 * Area staff visit the buildings assigned to them (物管员按区域分工): in a plan of periodic
 * visits, each household is in its assignee's buildings. The first row that is not, or null.
 */
export const rowOutsideBuildings = (
  rows: ReadonlyArray<PlanRow & { building?: string | null }>,
  buildingsOf: (assignee: Id) => readonly string[] | null,
): { index: number; message: string } | null => {
  for (const [index, row] of rows.entries()) {
    if (row.assignee == null) continue
    const buildings = buildingsOf(row.assignee)
    // No buildings assigned: not area staff (the office head, a department head) — any household.
    if (!buildings || buildings.length === 0) continue
    if (!row.building || !buildings.includes(row.building)) {
      return {
        index,
        message: `第 ${index + 1} 户（${row.building ?? '?'} 栋）不在回访人负责的楼栋（${buildings.join('、')}）内 / Household ${index + 1} (building ${row.building ?? '?'}) is outside the assignee's buildings (${buildings.join(', ')})`,
      }
    }
  }
  return null
}

/** A plan's progress: visits recorded (or closed as unreachable) of those planned. */
export const planProgress = (
  statuses: ReadonlyArray<string | null | undefined>,
): {
  total: number
  recorded: number
  unreachable: number
  open: number
  percent: number | null
} => {
  const total = statuses.length
  const recorded = statuses.filter((s) => s === 'done').length
  const unreachable = statuses.filter((s) => s === 'unreachable').length
  return {
    total,
    recorded,
    unreachable,
    open: total - recorded - unreachable,
    percent: total === 0 ? null : Math.round(((recorded + unreachable) / total) * 1000) / 10,
  }
}

/**
 * 002 篇3: each functional team samples at least 5% of the households a year, in writing. How
 * many households a department still has to visit this year to reach it.
 */
export const DEPARTMENTAL_SAMPLE_PERCENT = 5

export const departmentalShortfall = (visitedHouseholds: number, totalHouseholds: number): number =>
  Math.max(0, Math.ceil((totalHouseholds * DEPARTMENTAL_SAMPLE_PERCENT) / 100) - visitedHouseholds)
