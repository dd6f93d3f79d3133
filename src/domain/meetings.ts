import type { Role } from './roles'
import { MANAGER_ROLES, SENIOR_MANAGER_ROLES } from './roles'
import type { Weekday } from './time'
import { WEEKDAYS, isClockTime, localDate, localParts, zonedTime } from './time'
import type { Actor, Labels, Plan, Workflow } from './workflow'
import { refuse } from './workflow'

/**
 * Meetings (会议): the weekly office meeting (周例会, Friday 09:00 by default), department
 * meetings (部门会议) and residents' meetings (座谈会, every half year, used by return visits).
 * Each keeps minutes; each decision is followed as a follow-up item with an owner and a deadline.
 * Pure rules: no Payload, no database.
 */

export const MEETING_KINDS = {
  weekly: { zh: '周例会', en: 'Weekly office meeting' },
  department: { zh: '部门会议', en: 'Department meeting' },
  residents: { zh: '业主座谈会', en: "Residents' meeting" },
} as const satisfies Record<string, Labels>
export type MeetingKind = keyof typeof MEETING_KINDS

export const MEETING_STATUSES = {
  planned: { zh: '计划召开', en: 'Planned' },
  held: { zh: '已召开（纪要待审）', en: 'Held (minutes recorded)' },
  closed: { zh: '纪要已审批', en: 'Minutes approved' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
} as const satisfies Record<string, Labels>
export type MeetingStatus = keyof typeof MEETING_STATUSES

/**
 * Who organises meetings — creates them, edits them while planned, records the minutes: the
 * managers and the office staff (the customer-service clerk is also the office assistant,
 * 物业助理, who keeps the minutes). Attendees and the chair read their meetings.
 */
export const MEETING_ORGANISER_ROLES: readonly Role[] = [...MANAGER_ROLES, 'cs-clerk']

/** Who reads every meeting: the organisers, the document controller (files the minutes), admin. */
export const MEETING_READER_ROLES: readonly Role[] = [
  ...MEETING_ORGANISER_ROLES,
  'document-controller',
  'admin',
]

/** Who approves minutes besides the meeting's chair: the property manager and the director. */
export const MINUTES_APPROVER_ROLES: readonly Role[] = SENIOR_MANAGER_ROLES

type Id = number | string

export type MeetingDecision = {
  text?: string | null
  owner?: Id | null
  deadline?: string | null
}

export type MeetingState = {
  status: MeetingStatus | string
  kind?: MeetingKind | string | null
  title?: string | null
  chair?: Id | null
  scheduledAt?: string | null
  minutes?: string | null
  decisions: readonly MeetingDecision[]
}

/** A decision as the hold action turns it into a follow-up (its row, owner and deadline). */
export type PlannedFollowUp = { index: number; title: string; owner: Id; deadline: string }

export type MeetingExtra = { followUps?: PlannedFollowUp[] }

const same = (a: unknown, b: unknown) =>
  a !== null && a !== undefined && b !== null && b !== undefined && String(a) === String(b)

const hasAny = (actor: Actor, roles: readonly Role[]) => actor.roles.some((r) => roles.includes(r))

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** Organisers and the meeting's chair run it (record the minutes, cancel it). */
export const mayRunMeeting = (state: MeetingState, actor: Actor) =>
  hasAny(actor, MEETING_ORGANISER_ROLES) || same(state.chair, actor.id)

/** The chair approves the minutes, or a senior manager (the property manager, the director). */
export const mayApproveMinutes = (state: MeetingState, actor: Actor) =>
  hasAny(actor, MINUTES_APPROVER_ROLES) || same(state.chair, actor.id)

/** A follow-up's title is at most 200 characters: the decision's first line, shortened. */
export const followUpTitle = (meetingTitle: string, decision: string) => {
  const first = decision.split('\n')[0].trim()
  const title = `${meetingTitle ? `【${meetingTitle}】` : ''}${first}`
  return title.length > 200 ? `${title.slice(0, 199)}…` : title
}

/**
 * Checks the decisions to be followed: each needs what was decided, an owner and a deadline not
 * before the meeting. Returns the follow-ups to create, or the first problem naming its row.
 */
export const planDecisionFollowUps = (
  state: Pick<MeetingState, 'decisions' | 'scheduledAt' | 'title'>,
): { ok: true; followUps: PlannedFollowUp[] } | { ok: false; field: string; message: string } => {
  const followUps: PlannedFollowUp[] = []
  const meetingAt = state.scheduledAt ? new Date(state.scheduledAt).getTime() : NaN
  for (const [index, decision] of state.decisions.entries()) {
    const what = text(decision.text)
    if (!what) {
      return {
        ok: false,
        field: `decisions.${index}.text`,
        message: `第 ${index + 1} 项决定未写内容 / Decision ${index + 1} says nothing`,
      }
    }
    if (decision.owner === null || decision.owner === undefined || decision.owner === '') {
      return {
        ok: false,
        field: `decisions.${index}.owner`,
        message: `第 ${index + 1} 项决定须指定负责人 / Decision ${index + 1} needs an owner`,
      }
    }
    const deadline = decision.deadline ? new Date(decision.deadline) : null
    if (!deadline || Number.isNaN(deadline.getTime())) {
      return {
        ok: false,
        field: `decisions.${index}.deadline`,
        message: `第 ${index + 1} 项决定须有完成期限 / Decision ${index + 1} needs a deadline`,
      }
    }
    if (!Number.isNaN(meetingAt) && deadline.getTime() < meetingAt) {
      return {
        ok: false,
        field: `decisions.${index}.deadline`,
        message: `第 ${index + 1} 项决定的期限早于会议 / Decision ${index + 1} is due before the meeting`,
      }
    }
    followUps.push({
      index,
      title: followUpTitle(text(state.title), what),
      owner: decision.owner,
      deadline: deadline.toISOString(),
    })
  }
  return { ok: true, followUps }
}

/**
 * A meeting's life: planned → held (minutes recorded; every decision becomes a follow-up in the
 * same transaction) → closed (the chair or a senior manager approves the minutes). A planned
 * meeting may be cancelled (kept, so the weekly job does not create it again).
 */
export const meetingWorkflow: Workflow<MeetingState, unknown, MeetingExtra> = {
  collection: 'meetings',
  label: { zh: '会议', en: 'Meeting' },
  statuses: MEETING_STATUSES,
  actions: [
    {
      key: 'hold',
      label: { zh: '记录纪要（已召开）', en: 'Record the minutes' },
      roles: MEETING_ORGANISER_ROLES,
      from: ['planned'],
      allowed: mayRunMeeting,
      tone: 'primary',
      inputs: (state) => [
        {
          name: 'minutes',
          type: 'textarea',
          required: true,
          label: { zh: '会议纪要', en: 'Minutes' },
          defaultValue: state.minutes ?? undefined,
          help: {
            zh: '会议决定请先在「决定事项」中填写负责人和期限并保存，记录纪要时将逐项生成跟进事项',
            en: 'Enter each decision with its owner and deadline and save first: recording the minutes makes each one a follow-up',
          },
        },
      ],
      confirm: {
        zh: '记录纪要后会议内容不可再改，各项决定将生成跟进事项。继续？',
        en: 'The meeting is then fixed and each decision becomes a follow-up. Continue?',
      },
    },
    {
      key: 'close',
      label: { zh: '审批纪要', en: 'Approve the minutes' },
      roles: MINUTES_APPROVER_ROLES,
      from: ['held'],
      allowed: mayApproveMinutes,
      tone: 'primary',
      inputs: [{ name: 'note', type: 'textarea', label: { zh: '审批意见', en: 'Comment' } }],
    },
    {
      key: 'cancel',
      label: { zh: '取消会议', en: 'Cancel' },
      roles: MEETING_ORGANISER_ROLES,
      from: ['planned'],
      allowed: mayRunMeeting,
      tone: 'danger',
      inputs: [
        { name: 'reason', type: 'textarea', required: true, label: { zh: '原因', en: 'Reason' } },
      ],
      confirm: { zh: '确认取消此会议？', en: 'Cancel this meeting?' },
    },
  ],
  plan: ({ action, state, body, actor, now }): Plan<MeetingExtra> => {
    const definition = meetingWorkflow.actions.find((a) => a.key === action)
    if (!definition) return refuse(400, `未知操作 / Unknown action: ${action}`, 'action')

    if (action === 'hold' || action === 'cancel') {
      if (!mayRunMeeting(state, actor)) {
        return refuse(
          403,
          '只有经理、办公室人员和会议主持人可以办理 / Only managers, the office staff and the chair run a meeting',
        )
      }
      if (state.status !== 'planned') {
        return refuse(409, '会议已召开或已取消 / The meeting has already been held or cancelled')
      }
      if (action === 'cancel') {
        const reason = text(body.reason)
        if (!reason) return refuse(400, '请说明取消原因 / Give the reason', 'reason')
        return { ok: true, data: { status: 'cancelled', cancelReason: reason } }
      }
      if (state.scheduledAt && new Date(state.scheduledAt).getTime() > now.getTime()) {
        return refuse(
          409,
          '会议尚未开始，不能记录纪要（如已提前召开请先修改时间） / The meeting has not started yet; change its time if it met earlier',
        )
      }
      const minutes = text(body.minutes) || text(state.minutes)
      if (!minutes) return refuse(400, '请填写会议纪要 / Write the minutes', 'minutes')
      const decisions = planDecisionFollowUps(state)
      if (!decisions.ok) return refuse(400, decisions.message, decisions.field)
      return {
        ok: true,
        data: {
          status: 'held',
          minutes,
          heldAt: now.toISOString(),
          recordedBy: actor.id,
        },
        extra: { followUps: decisions.followUps },
      }
    }

    // close
    if (!mayApproveMinutes(state, actor)) {
      return refuse(
        403,
        '纪要由会议主持人或物业经理、总监审批 / The chair or a senior manager approves the minutes',
      )
    }
    if (state.status !== 'held') {
      return refuse(
        409,
        '只有已记录纪要的会议可以审批 / Only held meetings have minutes to approve',
      )
    }
    return {
      ok: true,
      data: {
        status: 'closed',
        closedAt: now.toISOString(),
        closedBy: actor.id,
        closeNote: text(body.note) || null,
      },
    }
  },
}

const JS_DAY: Record<Weekday, number> = { sun: 0, mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6 }

export const isWeekday = (value: unknown): value is Weekday =>
  WEEKDAYS.some(([day]) => day === value)

/**
 * When the next weekly meeting is: the first `weekday` at `time` (local, in `timeZone`) strictly
 * after `now` — so on the meeting's own day, after it has started, it is a week later. Returns the
 * instant and the local date, which names the meeting in its series (`weekly:YYYY-MM-DD`).
 */
export const nextWeeklyMeeting = (
  setting: { weekday: Weekday; time: string; timeZone: string },
  now: Date,
): { at: Date; localDate: string } => {
  if (!isWeekday(setting.weekday)) throw new Error(`Not a weekday: ${String(setting.weekday)}`)
  if (!isClockTime(setting.time)) throw new Error(`Not a clock time: ${setting.time}`)
  const [hour, minute] = setting.time.split(':').map(Number)
  const today = localParts(now, setting.timeZone)
  const todayDay = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay()
  const ahead = (JS_DAY[setting.weekday] - todayDay + 7) % 7
  // Date.UTC inside zonedTime carries a day past the month's end into the next month (and year).
  let at = zonedTime(setting.timeZone, today.year, today.month, today.day + ahead, hour, minute)
  if (at.getTime() <= now.getTime()) {
    at = zonedTime(setting.timeZone, today.year, today.month, today.day + ahead + 7, hour, minute)
  }
  return { at, localDate: localDate(at, setting.timeZone) }
}

/** The key that makes one weekly meeting per date (a unique column). */
export const weeklySeriesKey = (localDateOfMeeting: string) => `weekly:${localDateOfMeeting}`

/** The weekly meeting's default agenda (周例会). */
export const WEEKLY_AGENDA: readonly string[] = [
  '上周会议决定事项落实情况 / Follow-up of last week’s decisions',
  '本周投诉、报修与回访情况 / This week’s complaints, repairs and return visits',
  '违章与安全事项 / Violations and safety',
  '下周工作安排 / Next week’s work',
]
