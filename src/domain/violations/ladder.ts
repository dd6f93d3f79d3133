/**
 * Violations (违章): kinds, the measures ladder, and which measures are handling decisions that
 * take effect only when the director signs (违章处理意见经物业总监签署后生效). Plain data and
 * functions, unit-tested without a database.
 */

import { MANAGER_ROLES, SUPERVISOR_ROLES } from '../roles'

export const VIOLATION_KINDS = {
  renovation: {
    zh: '违章装修',
    en: 'Unauthorised renovation',
    subKinds: {
      'structural-change': { zh: '改动结构', en: 'Structural change' },
      'doors-windows': { zh: '更换门窗', en: 'Replacing doors or windows' },
      rewiring: { zh: '改动线路', en: 'Rewiring' },
      'noisy-hours': { zh: '非规定时间施工噪音', en: 'Noisy work out of hours' },
    },
  },
  'fire-safety': {
    zh: '违反消防安全',
    en: 'Fire-safety breach',
    subKinds: {
      'overloaded-wiring': { zh: '超负荷用电', en: 'Overloaded wiring' },
      'open-flame': { zh: '无证明火作业', en: 'Open flame without permit' },
      'no-extinguisher': { zh: '未配灭火器', en: 'No extinguisher' },
      'blocked-exit': { zh: '堵塞消防通道', en: 'Blocked fire exit' },
      'damaged-equipment': { zh: '损坏消防设施', en: 'Damaged fire equipment' },
    },
  },
  civility: {
    zh: '违反文明公约',
    en: 'Civility breach',
    subKinds: {
      litter: { zh: '乱扔垃圾', en: 'Litter' },
      damage: { zh: '损坏公物', en: 'Damage' },
      hoarding: { zh: '公共区域堆物', en: 'Hoarding in common areas' },
      'throwing-from-height': { zh: '高空抛物', en: 'Throwing from height' },
      noise: { zh: '噪音扰民', en: 'Noise' },
      pets: { zh: '宠物', en: 'Pets' },
    },
  },
  'fee-refusal': {
    zh: '拒交租金或管理费',
    en: 'Refusing to pay rent or fees',
    subKinds: {
      rent: { zh: '租金', en: 'Rent' },
      'service-fee': { zh: '物业管理费', en: 'Service fee' },
    },
  },
  endangering: {
    zh: '危害他人或建筑安全',
    en: 'Endangering others or the building',
    subKinds: {
      'dangerous-goods': { zh: '存放危险品', en: 'Dangerous goods' },
      'load-bearing': { zh: '超载或破坏承重', en: 'Overloading the structure' },
      other: { zh: '其他', en: 'Other' },
    },
  },
} as const

export type ViolationKind = keyof typeof VIOLATION_KINDS

export const MEASURES = {
  talk: { zh: '约谈', en: 'Talk to them', decision: false },
  'payment-reminder': { zh: '发催缴通知书', en: 'Payment reminder notice', decision: false },
  'late-fee': { zh: '收取滞纳金', en: 'Late fee', decision: true },
  'public-notice': { zh: '公告', en: 'Public notice', decision: true },
  'suspend-services': {
    zh: '停止水电及服务',
    en: 'Suspend water, power, services',
    decision: true,
  },
  'terminate-contract': { zh: '终止合同', en: 'Terminate the contract', decision: true },
  persuasion: { zh: '劝阻教育', en: 'Persuasion', decision: false },
  rectification: { zh: '限期整改', en: 'Rectification by a deadline', decision: false },
  compensation: { zh: '赔偿损失', en: 'Compensation', decision: true },
  'public-criticism': { zh: '通报批评', en: 'Public criticism', decision: true },
  'suspend-utilities': { zh: '停止水电', en: 'Suspend utilities', decision: true },
  // The renovation procedure (DOMAIN.md → Violations: "stop work, rectify, deposit withheld").
  'stop-work': { zh: '责令停工', en: 'Stop work', decision: false },
  'withhold-deposit': { zh: '扣除装修押金', en: 'Withhold the deposit', decision: false },
} as const

export type Measure = keyof typeof MEASURES

const FEE_LADDER: readonly Measure[] = [
  'talk',
  'payment-reminder',
  'late-fee',
  'public-notice',
  'suspend-services',
  'terminate-contract',
]
const OTHER_LADDER: readonly Measure[] = [
  'persuasion',
  'rectification',
  'compensation',
  'public-criticism',
  'suspend-utilities',
]

/**
 * A breach of an approved renovation (a violation linked to its `renovations` record) is handled
 * by the renovation procedure, not the generic ladder: "Unauthorised renovation is handled by the
 * renovation procedure (stop work, rectify, deposit withheld)". Withholding the deposit settles
 * the renovation's deposit with the violation's reason.
 */
const RENOVATION_LADDER: readonly Measure[] = ['stop-work', 'rectification', 'withhold-deposit']

/** Which procedure a violation follows: the renovation procedure when linked to a renovation. */
export type Procedure = 'ladder' | 'renovation'

export const procedureOf = (violation: { renovation?: unknown }): Procedure =>
  violation.renovation === undefined || violation.renovation === null ? 'ladder' : 'renovation'

/** The measures for a kind of violation, in the order they are taken. */
export const ladderFor = (
  kind: ViolationKind,
  procedure: Procedure = 'ladder',
): readonly Measure[] =>
  procedure === 'renovation'
    ? RENOVATION_LADDER
    : kind === 'fee-refusal'
      ? FEE_LADDER
      : OTHER_LADDER

/** A handling decision: passes the approval chain and takes effect when the director signs. */
export const isDecision = (measure: Measure): boolean => MEASURES[measure].decision

/** Measures that carry an amount computed by the server. */
export const AMOUNT_MEASURES: readonly Measure[] = ['late-fee', 'compensation']

/** Measures that need a deadline (a date by which to rectify or pay). */
export const DEADLINE_MEASURES: readonly Measure[] = ['rectification', 'payment-reminder']

/** Who may record a measure that is not a decision: persuasion by anyone on staff, notices by those in charge. */
export const RECORDING_ROLES: Record<'anyone' | 'notice', readonly string[]> = {
  anyone: [],
  notice: SUPERVISOR_ROLES,
}

export const mayRecordMeasure = (measure: Measure, roles: readonly string[]): boolean => {
  if (isDecision(measure)) return false
  if (measure === 'withhold-deposit') return MANAGER_ROLES.some((role) => roles.includes(role))
  if (measure === 'talk' || measure === 'persuasion') return roles.length > 0
  return RECORDING_ROLES.notice.some((role) => roles.includes(role))
}

/** The highest rung taken so far, or -1. */
const highestRung = (
  kind: ViolationKind,
  taken: readonly Measure[],
  procedure: Procedure = 'ladder',
): number => Math.max(-1, ...taken.map((m) => ladderFor(kind, procedure).indexOf(m)))

/** The next measure to propose: the rung after the highest one taken (null at the top). */
export const nextMeasure = (
  kind: ViolationKind,
  taken: readonly Measure[],
  procedure: Procedure = 'ladder',
): Measure | null => ladderFor(kind, procedure)[highestRung(kind, taken, procedure) + 1] ?? null

export type LadderCheck =
  { ok: true; skipped: Measure[] } | { ok: false; field: string; message: string }

/**
 * Whether `measure` may be taken now: it belongs to the kind's ladder, and every rung below it was
 * taken — or the rungs skipped are named and a reason is recorded. Repeating a rung is allowed
 * (a second reminder, a second talk).
 */
export const checkLadder = (
  kind: ViolationKind,
  taken: readonly Measure[],
  measure: Measure,
  skipReason?: string | null,
  procedure: Procedure = 'ladder',
): LadderCheck => {
  const ladder = ladderFor(kind, procedure)
  const rung = ladder.indexOf(measure)
  if (rung < 0) {
    return {
      ok: false,
      field: 'measure',
      message:
        procedure === 'renovation'
          ? `装修违章按装修程序处理（责令停工 → 限期整改 → 扣除押金），不适用“${MEASURES[measure].zh}” / A renovation breach follows the renovation procedure (stop work → rectify → withhold the deposit)`
          : `“${MEASURES[measure].zh}”不适用于此类违章 / This measure does not apply to this kind of violation`,
    }
  }
  const skipped = ladder.slice(highestRung(kind, taken, procedure) + 1, rung)
  if (skipped.length > 0 && !(skipReason ?? '').trim()) {
    return {
      ok: false,
      field: 'skipReason',
      message: `跳过“${skipped.map((m) => MEASURES[m].zh).join('、')}”须说明理由 / Skipping ${skipped.join(', ')} needs a recorded reason`,
    }
  }
  return { ok: true, skipped }
}

/** Which notice prints which measure. */
export const NOTICE_TYPES = {
  rectification: { measures: ['rectification'], zh: '限期整改通知书', en: 'Rectification notice' },
  'payment-reminder': {
    measures: ['payment-reminder'],
    zh: '催缴通知书',
    en: 'Payment reminder notice',
  },
  public: { measures: ['public-notice', 'public-criticism'], zh: '公告', en: 'Public notice' },
} as const satisfies Record<string, { measures: readonly Measure[]; zh: string; en: string }>

export type NoticeType = keyof typeof NOTICE_TYPES

export const isNoticeType = (value: unknown): value is NoticeType =>
  typeof value === 'string' && Object.hasOwn(NOTICE_TYPES, value)

export const isMeasure = (value: unknown): value is Measure =>
  typeof value === 'string' && Object.hasOwn(MEASURES, value)

export const isViolationKind = (value: unknown): value is ViolationKind =>
  typeof value === 'string' && Object.hasOwn(VIOLATION_KINDS, value)
