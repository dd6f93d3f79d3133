import type { Measure } from '../followUps/measures'
import { planMeasures } from '../followUps/measures'
import type { SignOff } from '../designations'
import { isHeadOrAbove } from '../designations'
import type { Role } from '../roles'
import { MANAGER_ROLES, ROLES } from '../roles'
import type { Actor, Labels, Plan, WorkflowAction } from '../workflow'
import { refuse } from '../workflow'

import { DEPARTMENTS } from './categories'
import type { ComplaintStatus } from './statusMachine'

/**
 * 检讨 (001: "A serious complaint gets a review (检讨): cause, measures, the person responsible, a
 * deadline"). A complaint is serious when it is major or found true (属实). The responsible
 * department's head — or a manager above them, as for 销项 — records the cause and the measures;
 * each measure is a follow-up item with an owner and a deadline, and the review is done when all
 * of them are. Pure: no Payload, no database.
 */

export const REVIEW_STATUSES = {
  none: { zh: '无需检讨', en: 'Not needed' },
  needed: { zh: '待检讨', en: 'Review needed' },
  recorded: { zh: '已检讨（整改中）', en: 'Recorded (measures open)' },
  done: { zh: '检讨完成', en: 'Done' },
} as const satisfies Record<string, Labels>
export type ReviewStatus = keyof typeof REVIEW_STATUSES

/** What the review needs of a stored complaint. */
export type ReviewState = {
  status: ComplaintStatus
  severity?: string | null
  verdict?: string | null
  department?: string | null
  reviewedAt?: string | null
  /** Who signs for the department (its head and the managers above); null: none designated. */
  signOff?: SignOff | null
}

/** Serious: major, or found true (属实, a valid complaint). */
export const needsReview = (c: { severity?: string | null; verdict?: string | null }): boolean =>
  c.severity === 'major' || c.verdict === 'substantiated'

/**
 * The review's status as stored: recorded reviews keep theirs (done once every measure is done);
 * otherwise needed when the complaint is serious, none when it is not.
 */
export const reviewStatusOf = (c: {
  severity?: string | null
  verdict?: string | null
  reviewStatus?: string | null
}): ReviewStatus => {
  if (c.reviewStatus === 'recorded' || c.reviewStatus === 'done') return c.reviewStatus
  return needsReview(c) ? 'needed' : 'none'
}

/**
 * Who records the review: the head of the department the complaint was dispatched to, or someone
 * above them (their line of managers, a senior manager); while no head is designated, a manager.
 */
export const mayRecordReview = (state: Pick<ReviewState, 'signOff'>, actor: Actor): boolean =>
  state.signOff
    ? isHeadOrAbove(actor, state.signOff)
    : actor.roles.some((r) => MANAGER_ROLES.includes(r))

/** Statuses a complaint has a responsible department in. */
const REVIEW_FROM: readonly ComplaintStatus[] = [
  'dispatched',
  'in-progress',
  'resolved',
  'return-visit',
  'closed',
  'reopened',
]

const REVIEWER_ROLES: readonly Role[] = MANAGER_ROLES

/** Anyone on the staff may own a measure. */
const OWNER_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'admin')

export const REVIEW_ACTION: WorkflowAction<ReviewState> = {
  key: 'review',
  label: { zh: '检讨（原因与整改措施）', en: 'Review (cause and measures)' },
  roles: REVIEWER_ROLES,
  from: REVIEW_FROM,
  allowed: (state, actor) =>
    needsReview(state) &&
    !state.reviewedAt &&
    Boolean(state.department) &&
    mayRecordReview(state, actor),
  inputs: [
    { name: 'cause', type: 'textarea', required: true, label: { zh: '原因分析', en: 'Cause' } },
    {
      name: 'measures',
      type: 'textarea',
      required: true,
      label: { zh: '整改措施（每行一项）', en: 'Measures (one a line)' },
      help: {
        zh: '每项措施生成一项跟进事项，全部完成后检讨完成',
        en: 'Each measure becomes a follow-up; the review is done when all are',
      },
    },
    {
      name: 'owner',
      type: 'user',
      required: true,
      userRoles: OWNER_ROLES,
      label: { zh: '责任人', en: 'Person responsible' },
    },
    {
      name: 'deadline',
      type: 'datetime',
      required: true,
      label: { zh: '整改期限', en: 'Deadline' },
    },
  ],
}

export type ReviewExtra = { measures?: Measure[] }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

/** What the review writes, or why it is refused: the complaint (409), the person (403), the input (400). */
export const planReview = (args: {
  state: ReviewState
  body: Record<string, unknown>
  actor: Actor
  now: Date
}): Plan<ReviewExtra> => {
  const { state, body, actor, now } = args
  if (!needsReview(state)) {
    return refuse(
      409,
      '只有重大投诉或属实投诉需要检讨 / Only a major or substantiated complaint is reviewed',
    )
  }
  if (state.reviewedAt) return refuse(409, '该投诉已检讨 / The review is already recorded')
  if (!REVIEW_FROM.includes(state.status) || !state.department) {
    return refuse(409, '投诉尚未派至责任部门 / The complaint has no responsible department yet')
  }
  if (!mayRecordReview(state, actor)) {
    const department = DEPARTMENTS[state.department as keyof typeof DEPARTMENTS]
    return refuse(
      403,
      `检讨由${department?.zh ?? state.department}负责人或其上级记录 / The head of ${department?.en ?? state.department} or a manager above them records the review`,
    )
  }
  const cause = text(body.cause)
  if (!cause) return refuse(400, '请填写原因分析 / Write the cause', 'cause')
  const measures = planMeasures(body, now, 'measures', { zh: '整改措施', en: 'measure' })
  if (!measures.ok) return refuse(400, measures.message, measures.field)
  const first = measures.measures[0]
  return {
    ok: true,
    data: {
      reviewStatus: 'recorded',
      reviewCause: cause.slice(0, 5000),
      reviewMeasures: measures.measures.map((m) => ({
        text: m.text,
        owner: m.owner,
        deadline: m.deadline,
      })),
      reviewResponsible: first.owner,
      reviewDeadline: measures.measures
        .map((m) => m.deadline)
        .sort()
        .at(-1),
      reviewedAt: now.toISOString(),
      reviewedBy: actor.id,
    },
    extra: { measures: measures.measures },
  }
}

/** The review's follow-ups settle it: done once none of them is open. */
export const reviewDoneWhen = (openMeasures: number): ReviewStatus =>
  openMeasures === 0 ? 'done' : 'recorded'
