import type { Role } from '@/domain/roles'
import { MANAGER_ROLES } from '@/domain/roles'

import type { ApprovalMeaning, Chain, ChainStep, Designation } from './chain'

/**
 * Approval chains as office data (`approval-chains`): which chain a case follows (its conditions)
 * and the procedure's guard rails a chain must keep when the office edits it. Plain functions; the
 * collection's hook calls them with what the database knows (the other chains, who may read).
 */

/** What picks a chain. An empty list or an empty bound means "any". */
export type ChainConditions = {
  /** Violations: 一般 / 重大. */
  severities?: readonly string[] | null
  /** Violations: the kind of violation. */
  violationKinds?: readonly string[] | null
  /** Controlled documents: the kind of document. */
  documentKinds?: readonly string[] | null
  /** The decision's amount (yuan) is above this (exclusive). */
  amountOver?: number | null
  /** The decision's amount (yuan) is at most this (inclusive). */
  amountUpTo?: number | null
}

/** The facts of a case that conditions test. */
export type CaseFacts = {
  severity?: string | null
  violationKind?: string | null
  documentKind?: string | null
  /** Yuan; a decision without an amount counts as 0. */
  amount?: number | null
}

const listed = (list: readonly string[] | null | undefined) => (list ?? []).filter(Boolean)
const bound = (value: number | null | undefined) =>
  value === null || value === undefined || Number.isNaN(Number(value)) ? null : Number(value)

const inList = (list: readonly string[] | null | undefined, value: string | null | undefined) => {
  const values = listed(list)
  return values.length === 0 || (value !== null && value !== undefined && values.includes(value))
}

/** Whether a chain's conditions pick this case. */
export const matchesConditions = (conditions: ChainConditions, facts: CaseFacts): boolean => {
  const amount = Number(facts.amount ?? 0)
  const over = bound(conditions.amountOver)
  const upTo = bound(conditions.amountUpTo)
  return (
    inList(conditions.severities, facts.severity) &&
    inList(conditions.violationKinds, facts.violationKind) &&
    inList(conditions.documentKinds, facts.documentKind) &&
    (over === null || amount > over) &&
    (upTo === null || amount <= upTo)
  )
}

const listsMeet = (
  a: readonly string[] | null | undefined,
  b: readonly string[] | null | undefined,
) => {
  const x = listed(a)
  const y = listed(b)
  return x.length === 0 || y.length === 0 || x.some((v) => y.includes(v))
}

/** The amounts (over, up to] two ranges share: none when one ends at or before the other starts. */
const rangesMeet = (a: ChainConditions, b: ChainConditions) => {
  const lower = Math.max(bound(a.amountOver) ?? -Infinity, bound(b.amountOver) ?? -Infinity)
  const upper = Math.min(bound(a.amountUpTo) ?? Infinity, bound(b.amountUpTo) ?? Infinity)
  return lower < upper
}

/**
 * Whether some case would match both chains' conditions (each condition is a box: lists of values
 * and an amount range, so two chains overlap exactly when every dimension meets).
 */
export const conditionsOverlap = (a: ChainConditions, b: ChainConditions): boolean =>
  listsMeet(a.severities, b.severities) &&
  listsMeet(a.violationKinds, b.violationKinds) &&
  listsMeet(a.documentKinds, b.documentKinds) &&
  rangesMeet(a, b)

/** Which chain of several applies to a case: exactly one must. */
export const pickChain = <T extends { conditions: ChainConditions }>(
  chains: readonly T[],
  facts: CaseFacts,
): { ok: true; chain: T } | { ok: false; reason: 'none' | 'several'; matched: T[] } => {
  const matched = chains.filter((c) => matchesConditions(c.conditions, facts))
  if (matched.length === 1) return { ok: true, chain: matched[0] }
  return { ok: false, reason: matched.length === 0 ? 'none' : 'several', matched }
}

/** A chain as the office stores it. */
export type ChainDraft = {
  collection: string
  key: string
  active: boolean
  conditions: ChainConditions
  steps: ReadonlyArray<{
    key?: string | null
    roles?: readonly string[] | null
    designation?: Designation | null
    meaning?: string | null
  }>
}

export type RuleContext = {
  /** The other active chains of the same collection (key and conditions). */
  others: ReadonlyArray<{ key: string; conditions: ChainConditions }>
  /** The roles that may read the collection at all (its read access, role by role). */
  readers: readonly Role[]
  /** Office setting: one person may sign two steps of a round. */
  allowSameSigner: boolean
  /** Which kind of chain the collection's procedure demands (`penalty`, `controlled-document`). */
  procedure?: 'penalty' | 'controlled-document' | null
  /** Whether the collection's cases carry a department (a department head can be designated). */
  hasDepartment?: boolean
}

export type RuleResult = { ok: true } | { ok: false; field: string; rule: string; message: string }

const refuse = (field: string, rule: string, message: string): RuleResult => ({
  ok: false,
  field,
  rule,
  message,
})

const MEANINGS: readonly string[] = ['proposed', 'reviewed', 'approved']

/**
 * The procedure's guard rails, checked when a chain is saved. The first broken rule is returned
 * with the field to blame:
 * - no chain is empty, no step is without a role or a designation, and the meanings run
 *   提交 → (审核…) → 批准/签署;
 * - a violation's penalty takes effect only on the director's signature
 *   (违章处理意见经物业总监签署后生效): the last step is the director's alone;
 * - a controlled document is approved by a manager (ISO 9001 7.5.2): the last step's roles are
 *   managers' roles;
 * - a role that may not read the collection cannot act on a step (it could not see what it signs);
 * - separation of duties: one person signs one step per round, so without the office's
 *   `allowSameSigner` no two steps name the same designated person or the same people;
 * - an active chain's conditions may not overlap another active chain's (one chain per case).
 */
export const checkChain = (draft: ChainDraft, context: RuleContext): RuleResult => {
  const steps = draft.steps ?? []
  if (steps.length === 0) {
    return refuse('steps', 'empty', '审批链至少需要一个步骤 / A chain needs at least one step')
  }
  for (const [index, step] of steps.entries()) {
    const roles = listed(step.roles)
    if (roles.length === 0 && !step.designation) {
      return refuse(
        `steps.${index}.roles`,
        'step-without-signer',
        `第 ${index + 1} 步没有岗位或指定人员 / Step ${index + 1} names no role and no designation`,
      )
    }
    if (!step.meaning || !MEANINGS.includes(step.meaning)) {
      return refuse(
        `steps.${index}.meaning`,
        'meaning',
        `第 ${index + 1} 步须说明签署含义 / Step ${index + 1} needs a meaning`,
      )
    }
    if ((index === 0) !== (step.meaning === 'proposed')) {
      return refuse(
        `steps.${index}.meaning`,
        'meaning-order',
        index === 0
          ? '第一步是提交 / The first step is the submission'
          : `只有第一步是提交 / Only the first step submits (step ${index + 1})`,
      )
    }
    const unreadable = roles.find((role) => !context.readers.includes(role as Role))
    if (unreadable) {
      return refuse(
        `steps.${index}.roles`,
        'role-cannot-read',
        `岗位 ${unreadable} 无权查看此类记录，不能审批 / The role ${unreadable} may not read these records, so it cannot sign them`,
      )
    }
    if (step.designation === 'department-head' && context.hasDepartment === false) {
      return refuse(
        `steps.${index}.designation`,
        'no-department',
        '此类记录没有部门，不能指定部门负责人 / These records have no department to take a head from',
      )
    }
  }
  const lastIndex = steps.length - 1
  const last = steps[lastIndex]
  if (steps.length > 1 && last.meaning !== 'approved') {
    return refuse(
      `steps.${lastIndex}.meaning`,
      'meaning-order',
      '最后一步须为批准或签署 / The last step approves or signs',
    )
  }
  const lastRoles = listed(last.roles)
  if (
    context.procedure === 'penalty' &&
    (last.designation || lastRoles.length !== 1 || lastRoles[0] !== 'director')
  ) {
    return refuse(
      `steps.${lastIndex}.roles`,
      'penalty-director-signs',
      '违章处理意见经物业总监签署后生效：最后一步只能由物业总监签署 / A violation decision takes effect on the director’s signature: the last step is the director’s alone',
    )
  }
  if (
    context.procedure === 'controlled-document' &&
    (last.designation ||
      lastRoles.length === 0 ||
      lastRoles.some((role) => !MANAGER_ROLES.includes(role as Role)))
  ) {
    return refuse(
      `steps.${lastIndex}.roles`,
      'document-manager-approves',
      '受控文件须由经理批准：最后一步只能是经理岗位 / A controlled document is approved by a manager: the last step names manager roles only',
    )
  }
  if (!context.allowSameSigner) {
    const signature = (step: ChainDraft['steps'][number]) =>
      step.designation
        ? `designation:${step.designation}`
        : `roles:${[...listed(step.roles)].sort().join(',')}`
    const seen = new Map<string, number>()
    for (const [index, step] of steps.entries()) {
      // A designation names one person; the same role list twice needs the same people twice.
      const key = signature(step)
      if (seen.has(key) && (step.designation || listed(step.roles).length > 0)) {
        return refuse(
          step.designation ? `steps.${index}.designation` : `steps.${index}.roles`,
          'separation-of-duties',
          `第 ${index + 1} 步与第 ${(seen.get(key) ?? 0) + 1} 步由同一人签署，违反职责分离（可在办公设置中允许） / Steps ${(seen.get(key) ?? 0) + 1} and ${index + 1} would be signed by the same person (the office settings may allow it)`,
        )
      }
      seen.set(key, index)
    }
  }
  if (draft.active) {
    const clash = context.others.find((other) =>
      conditionsOverlap(draft.conditions, other.conditions),
    )
    if (clash) {
      return refuse(
        'conditions',
        'overlap',
        `条件与审批链 ${clash.key} 重叠，同一记录会匹配两条审批链 / The conditions overlap chain ${clash.key}: one case would match two chains`,
      )
    }
  }
  return { ok: true }
}

/** A stored chain's steps, as the engine reads them. */
export const chainFromRecord = (record: {
  key: string
  id?: number | string
  version?: number | null
  steps?: ReadonlyArray<{
    key?: string | null
    roles?: readonly string[] | null
    designation?: Designation | null
    meaning?: string | null
    labelZh?: string | null
    labelEn?: string | null
  }> | null
}): Chain => ({
  key: record.key,
  id: record.id,
  version: Number(record.version ?? 1),
  steps: (record.steps ?? []).map((step, index): ChainStep => ({
    key: step.key || `step-${index + 1}`,
    roles: listed(step.roles) as Role[],
    designation: step.designation ?? null,
    meaning: (step.meaning ?? 'reviewed') as Exclude<ApprovalMeaning, 'rejected'>,
    label: { zh: step.labelZh ?? step.key ?? '', en: step.labelEn ?? step.key ?? '' },
  })),
})

const yuan = (value: number) => `¥${value.toLocaleString('en-US')}`

/**
 * The conditions in words, for the chain's view: "重大 · 金额大于 ¥1,000" / "major · amount over
 * ¥1,000". `names` gives the labels of the values (severity, kinds).
 */
export const describeConditions = (
  conditions: ChainConditions,
  names: (value: string) => { zh: string; en: string },
): { zh: string; en: string } => {
  const zh: string[] = []
  const en: string[] = []
  for (const list of [conditions.severities, conditions.violationKinds, conditions.documentKinds]) {
    const values = listed(list)
    if (values.length === 0) continue
    zh.push(values.map((v) => names(v).zh).join('、'))
    en.push(values.map((v) => names(v).en).join(', '))
  }
  const over = bound(conditions.amountOver)
  const upTo = bound(conditions.amountUpTo)
  if (over !== null) {
    zh.push(`金额大于 ${yuan(over)}`)
    en.push(`amount over ${yuan(over)}`)
  }
  if (upTo !== null) {
    zh.push(`金额不超过 ${yuan(upTo)}`)
    en.push(`amount up to ${yuan(upTo)}`)
  }
  return zh.length === 0
    ? { zh: '所有记录', en: 'every case' }
    : { zh: zh.join(' · '), en: en.join(' · ') }
}

/** The case a preview describes, in words: "重大违章，金额 ¥2,000" / "a major case with ¥2,000". */
export const describeFacts = (
  facts: CaseFacts,
  names: (value: string) => { zh: string; en: string },
): { zh: string; en: string } => {
  const values = [facts.severity, facts.violationKind, facts.documentKind].filter(
    (v): v is string => Boolean(v),
  )
  const amount = facts.amount ? Number(facts.amount) : 0
  return {
    zh: [values.map((v) => names(v).zh).join('、') || '记录', amount ? `金额 ${yuan(amount)}` : '']
      .filter(Boolean)
      .join('，'),
    en: [
      `a ${values.map((v) => names(v).en.toLowerCase()).join(', ') || ''} case`.replace(
        'a  ',
        'a ',
      ),
      amount ? `with ${yuan(amount)}` : '',
    ]
      .filter(Boolean)
      .join(' '),
  }
}
