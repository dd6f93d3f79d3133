import type { Role } from '../roles'
import { MANAGER_ROLES, SUPERVISOR_ROLES } from '../roles'
import { VIOLATION_KINDS } from '../violations/ladder'
import type { Actor, Labels, Plan, Workflow } from '../workflow'
import { refuse } from '../workflow'

import type { RenovationRules } from './hours'
import { localDay, workTimeBreach } from './hours'

/**
 * 装修 (DOMAIN.md → Residents; issue 18 item 4): a household applies (contractor, scope, dates,
 * hours, workers), signs the renovation agreement (装修管理服务协议) and pays the deposit (装修押金);
 * the site manager approves; the front desk issues the workers' temporary passes from the approved
 * renovation; inspections during the work and at completion; the deposit is then returned, or
 * withheld with the reason. Work seen outside the permitted hours is a breach, handled as a
 * violation on the renovation procedure (stop work → rectify → withhold the deposit). Pure.
 */

export const RENOVATION_STATUSES = {
  applied: { zh: '申请中', en: 'Applied' },
  approved: { zh: '已批准（施工中）', en: 'Approved (in progress)' },
  rejected: { zh: '不批准', en: 'Rejected' },
  completed: { zh: '竣工验收合格', en: 'Completed' },
  closed: { zh: '押金已结清', en: 'Deposit settled' },
} as const satisfies Record<string, Labels>
export type RenovationStatus = keyof typeof RENOVATION_STATUSES

export const DEPOSIT_STATUSES = {
  none: { zh: '未收', en: 'Not received' },
  held: { zh: '已收', en: 'Held' },
  returned: { zh: '已退还', en: 'Returned' },
  withheld: { zh: '已扣除', en: 'Withheld' },
} as const satisfies Record<string, Labels>

export const INSPECTION_STAGES = {
  during: { zh: '施工中检查', en: 'During the work' },
  completion: { zh: '竣工验收', en: 'At completion' },
} as const satisfies Record<string, Labels>

export const INSPECTION_RESULTS = {
  pass: { zh: '合格', en: 'Pass' },
  fail: { zh: '不合格', en: 'Fail' },
} as const satisfies Record<string, Labels>

export const WORK_OBSERVED = {
  none: { zh: '未在施工', en: 'No work going on' },
  quiet: { zh: '一般施工', en: 'Quiet work' },
  noisy: { zh: '噪音作业', en: 'Noisy work' },
} as const satisfies Record<string, Labels>

/** Who records applications, deposits and issues passes: the front desk and the managers. */
export const RENOVATION_RECORDER_ROLES: readonly Role[] = ['cs-clerk', ...MANAGER_ROLES]
/** Who approves: the site manager (现场经理). */
export const RENOVATION_APPROVER_ROLES: readonly Role[] = ['site-manager']
/** Who inspects: the site captain, the managers and engineering. */
export const RENOVATION_INSPECTOR_ROLES: readonly Role[] = [...SUPERVISOR_ROLES, 'engineer']
/** Who reports a breach: whoever sees it on the estate's behalf (guards on patrol included). */
export const RENOVATION_BREACH_ROLES: readonly Role[] = [
  ...RENOVATION_INSPECTOR_ROLES,
  'security-guard',
]
/** Who settles the deposit: the managers. */
export const DEPOSIT_SETTLER_ROLES: readonly Role[] = MANAGER_ROLES
/** Who reads renovations: everyone who works on them, and the administrator. */
export const RENOVATION_READER_ROLES: readonly Role[] = [
  ...new Set<Role>([...RENOVATION_RECORDER_ROLES, ...RENOVATION_BREACH_ROLES, 'admin']),
]

export type RenovationWorker = {
  id?: string | null
  name: string
}

export type InspectionRow = {
  at: string
  stage: keyof typeof INSPECTION_STAGES
  result: keyof typeof INSPECTION_RESULTS
  workObserved: keyof typeof WORK_OBSERVED
  inspector: number | string
  note?: string | null
  breach?: string | null
}

export type RenovationDeposit = {
  amount?: number | null
  receivedAt?: string | null
  receivedBy?: number | string | null
  status?: string | null
  settledAt?: string | null
  settledBy?: number | string | null
  withheldAmount?: number | null
  reason?: string | null
}

export type RenovationState = {
  status: RenovationStatus | string
  startDate?: string | null
  endDate?: string | null
  workers: readonly RenovationWorker[]
  agreementSignedAt?: string | null
  deposit: RenovationDeposit
  inspections: readonly InspectionRow[]
}

export type RenovationContext = { rules: RenovationRules; timeZone: string }

/** A breach to record as a violation on the renovation procedure. */
export type RenovationBreach = { at: string; subKind: string; description: string }

/** A pass to issue for one of the renovation's workers. */
export type RenovationPass = { worker: RenovationWorker; validFrom: string; validUntil: string }

export type RenovationExtra = { breach?: RenovationBreach; pass?: RenovationPass }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')
const has = (actor: Actor, roles: readonly Role[]) => actor.roles.some((r) => roles.includes(r))

const parseDate = (value: unknown): Date | null => {
  if (typeof value !== 'string' || !value) return null
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

/** A time given in the body, or now; never in the future (a minute of clock skew allowed). */
const pastTime = (value: unknown, now: Date): Date | null => {
  if (value === undefined || value === null || value === '') return now
  const date = parseDate(value)
  return date && date.getTime() <= now.getTime() + 60_000 ? date : null
}

const depositStatus = (d: RenovationDeposit) => d.status ?? (d.receivedAt ? 'held' : 'none')

const RENOVATION_SUB_KINDS = VIOLATION_KINDS.renovation.subKinds

const subKindOptions = Object.entries(RENOVATION_SUB_KINDS).map(([value, l]) => ({
  value,
  label: { zh: l.zh, en: l.en },
}))

const money = (value: unknown) =>
  typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value * 100) : null

/**
 * The validity of a pass for a worker of this renovation: its first day not before the
 * renovation's start, its last not after the renovation's end (a pass never outlives its
 * renovation: refused, not clamped, so the desk sees what it hands over).
 */
export const passWindowProblem = (
  renovation: { startDate?: string | null; endDate?: string | null },
  validFrom: unknown,
  validUntil: unknown,
  timeZone: string,
): { path: 'validFrom' | 'validUntil'; message: string } | null => {
  const from = localDay(validFrom, timeZone)
  const until = localDay(validUntil, timeZone)
  const start = localDay(renovation.startDate, timeZone)
  const end = localDay(renovation.endDate, timeZone)
  if (!from)
    return { path: 'validFrom', message: '请填写有效期起始日期 / Give the first valid day' }
  if (!until)
    return { path: 'validUntil', message: '请填写有效期截止日期 / Give the last valid day' }
  if (until < from) {
    return {
      path: 'validUntil',
      message: '有效期截止日期不能早于起始日期 / validUntil must not be before validFrom',
    }
  }
  if (start && from < start) {
    return {
      path: 'validFrom',
      message: `出入证不能早于开工日期 ${start} 生效 / The pass cannot start before the renovation (${start})`,
    }
  }
  if (end && until > end) {
    return {
      path: 'validUntil',
      message: `出入证有效期不能超过装修完工日期 ${end} / The pass cannot outlive the renovation (ends ${end})`,
    }
  }
  return null
}

export const renovationWorkflow: Workflow<RenovationState, RenovationContext, RenovationExtra> = {
  collection: 'renovations',
  label: { zh: '装修', en: 'Renovation' },
  statuses: RENOVATION_STATUSES,
  actions: [
    {
      key: 'record-deposit',
      label: { zh: '登记押金', en: 'Record the deposit' },
      roles: RENOVATION_RECORDER_ROLES,
      from: ['applied', 'approved'],
      allowed: (state, actor) =>
        has(actor, RENOVATION_RECORDER_ROLES) && depositStatus(state.deposit) === 'none',
      inputs: [
        {
          name: 'amount',
          type: 'money',
          required: true,
          label: { zh: '金额（元）', en: 'Amount (CNY)' },
        },
        { name: 'receivedAt', type: 'datetime', label: { zh: '收取日期', en: 'Received on' } },
      ],
    },
    {
      key: 'approve',
      label: { zh: '批准装修', en: 'Approve' },
      roles: RENOVATION_APPROVER_ROLES,
      from: ['applied'],
      tone: 'primary',
      inputs: [{ name: 'note', type: 'textarea', label: { zh: '审批意见', en: 'Comment' } }],
    },
    {
      key: 'reject',
      label: { zh: '不批准', en: 'Reject' },
      roles: RENOVATION_APPROVER_ROLES,
      from: ['applied'],
      tone: 'danger',
      inputs: [
        { name: 'reason', type: 'textarea', required: true, label: { zh: '理由', en: 'Reason' } },
      ],
    },
    {
      key: 'issue-pass',
      label: { zh: '发放工人临时出入证', en: 'Issue a worker pass' },
      roles: RENOVATION_RECORDER_ROLES,
      from: ['approved'],
      inputs: (state) => [
        {
          name: 'worker',
          type: 'select',
          required: true,
          label: { zh: '工人', en: 'Worker' },
          options: state.workers
            .filter((w) => w.id)
            .map((w) => ({ value: String(w.id), label: { zh: w.name, en: w.name } })),
        },
        {
          name: 'validFrom',
          type: 'datetime',
          required: true,
          label: { zh: '有效期自', en: 'Valid from' },
        },
        {
          name: 'validUntil',
          type: 'datetime',
          required: true,
          label: { zh: '有效期至', en: 'Valid until' },
          help: { zh: '不得超过装修完工日期', en: 'Not after the renovation ends' },
        },
      ],
    },
    {
      key: 'inspect',
      label: { zh: '记录检查', en: 'Record an inspection' },
      roles: RENOVATION_INSPECTOR_ROLES,
      from: ['approved'],
      inputs: [
        { name: 'at', type: 'datetime', label: { zh: '检查时间', en: 'When' } },
        {
          name: 'stage',
          type: 'select',
          required: true,
          label: { zh: '检查类别', en: 'Stage' },
          options: Object.entries(INSPECTION_STAGES).map(([value, label]) => ({ value, label })),
        },
        {
          name: 'result',
          type: 'select',
          required: true,
          label: { zh: '结果', en: 'Result' },
          options: Object.entries(INSPECTION_RESULTS).map(([value, label]) => ({ value, label })),
        },
        {
          name: 'workObserved',
          type: 'select',
          label: { zh: '现场施工情况', en: 'Work going on' },
          defaultValue: 'none',
          options: Object.entries(WORK_OBSERVED).map(([value, label]) => ({ value, label })),
        },
        { name: 'note', type: 'textarea', label: { zh: '记录', en: 'Note' } },
      ],
    },
    {
      key: 'report-breach',
      label: { zh: '记录装修违章', en: 'Report a breach' },
      roles: RENOVATION_BREACH_ROLES,
      from: ['approved'],
      tone: 'danger',
      inputs: [
        {
          name: 'subKind',
          type: 'select',
          required: true,
          label: { zh: '违章细类', en: 'What' },
          options: subKindOptions,
        },
        { name: 'at', type: 'datetime', label: { zh: '发现时间', en: 'When' } },
        {
          name: 'description',
          type: 'textarea',
          required: true,
          label: { zh: '违章事实', en: 'What happened' },
        },
      ],
    },
    {
      key: 'return-deposit',
      label: { zh: '退还押金', en: 'Return the deposit' },
      roles: DEPOSIT_SETTLER_ROLES,
      from: ['completed'],
      inputs: [{ name: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' } }],
      confirm: { zh: '确认退还全部押金？', en: 'Return the whole deposit?' },
    },
    {
      key: 'withhold-deposit',
      label: { zh: '扣除押金', en: 'Withhold the deposit' },
      roles: DEPOSIT_SETTLER_ROLES,
      from: ['approved', 'completed'],
      tone: 'danger',
      inputs: [
        {
          name: 'reason',
          type: 'textarea',
          required: true,
          label: { zh: '扣除理由', en: 'Reason' },
        },
        {
          name: 'amount',
          type: 'money',
          label: { zh: '扣除金额（元，默认全部）', en: 'Amount withheld (CNY, all by default)' },
        },
      ],
    },
  ],
  plan: ({ action, state, body, actor, now, context }): Plan<RenovationExtra> => {
    const definition = renovationWorkflow.actions.find((a) => a.key === action)
    if (!definition) return refuse(400, `未知操作 / Unknown action: ${action}`, 'action')
    if (!has(actor, definition.roles)) {
      return refuse(
        403,
        action === 'approve' || action === 'reject'
          ? '只有现场经理可以审批装修申请 / Only the site manager approves a renovation'
          : `无权进行此操作 / Your role may not ${definition.label.en.toLowerCase()}`,
      )
    }
    if (!definition.from.includes(String(state.status))) {
      const status = RENOVATION_STATUSES[state.status as RenovationStatus]
      return refuse(
        409,
        `装修状态为“${status?.zh ?? state.status}”，不能${definition.label.zh} / Not while the renovation is ${status?.en ?? state.status}`,
      )
    }
    const deposit = state.deposit
    switch (action) {
      case 'record-deposit': {
        if (depositStatus(deposit) !== 'none') {
          return refuse(409, '押金已登记 / The deposit is already recorded')
        }
        const fen = money(body.amount)
        if (fen === null)
          return refuse(400, '金额必须大于 0 / The amount must be positive', 'amount')
        const receivedAt = pastTime(body.receivedAt, now)
        if (!receivedAt) {
          return refuse(
            400,
            '日期无效或在将来 / The date is invalid or in the future',
            'receivedAt',
          )
        }
        return {
          ok: true,
          data: {
            deposit: {
              ...deposit,
              amount: fen / 100,
              receivedAt: receivedAt.toISOString(),
              receivedBy: actor.id,
              status: 'held',
            },
          },
        }
      }
      case 'approve': {
        if (!state.agreementSignedAt) {
          return refuse(
            409,
            '装修管理服务协议尚未签订 / The renovation agreement is not signed yet',
          )
        }
        if (depositStatus(deposit) !== 'held') {
          return refuse(409, '装修押金尚未收取 / The deposit has not been received')
        }
        return {
          ok: true,
          data: {
            status: 'approved',
            decidedAt: now.toISOString(),
            decidedBy: actor.id,
            decisionNote: text(body.note) || null,
          },
        }
      }
      case 'reject': {
        const reason = text(body.reason)
        if (!reason) return refuse(400, '请说明理由 / Give the reason', 'reason')
        return {
          ok: true,
          data: {
            status: 'rejected',
            decidedAt: now.toISOString(),
            decidedBy: actor.id,
            decisionNote: reason,
          },
        }
      }
      case 'issue-pass': {
        const worker = state.workers.find((w) => w.id && String(w.id) === String(body.worker))
        if (!worker)
          return refuse(400, '请选择本装修登记的工人 / Choose one of its workers', 'worker')
        const problem = passWindowProblem(state, body.validFrom, body.validUntil, context.timeZone)
        if (problem) return refuse(400, problem.message, problem.path)
        return {
          ok: true,
          data: {},
          extra: {
            pass: {
              worker,
              validFrom: String(body.validFrom),
              validUntil: String(body.validUntil),
            },
          },
        }
      }
      case 'inspect': {
        const at = pastTime(body.at, now)
        if (!at) return refuse(400, '时间无效或在将来 / The time is invalid or in the future', 'at')
        const stage = String(body.stage ?? '')
        if (!(stage in INSPECTION_STAGES))
          return refuse(400, '请选择检查类别 / Choose the stage', 'stage')
        const result = String(body.result ?? '')
        if (!(result in INSPECTION_RESULTS))
          return refuse(400, '请选择结果 / Choose the result', 'result')
        const observed = String(body.workObserved ?? 'none')
        if (!(observed in WORK_OBSERVED)) {
          return refuse(400, '现场施工情况无效 / Unknown value', 'workObserved')
        }
        const breach =
          observed === 'none'
            ? null
            : workTimeBreach(at, observed === 'noisy', context.rules, context.timeZone)
        const note = text(body.note) || null
        const row: InspectionRow = {
          at: at.toISOString(),
          stage: stage as InspectionRow['stage'],
          result: result as InspectionRow['result'],
          workObserved: observed as InspectionRow['workObserved'],
          inspector: actor.id,
          note,
          breach,
        }
        const completed = stage === 'completion' && result === 'pass'
        return {
          ok: true,
          data: {
            inspections: [...state.inspections, row],
            ...(completed ? { status: 'completed', completedAt: row.at } : {}),
          },
          extra: breach
            ? {
                breach: {
                  at: row.at,
                  subKind: 'noisy-hours',
                  description: `检查时发现非规定时间施工：${breach}${note ? `\n${note}` : ''}`,
                },
              }
            : undefined,
        }
      }
      case 'report-breach': {
        const subKind = String(body.subKind ?? '')
        if (!(subKind in RENOVATION_SUB_KINDS)) {
          return refuse(400, '请选择违章细类 / Choose what was breached', 'subKind')
        }
        const at = pastTime(body.at, now)
        if (!at) return refuse(400, '时间无效或在将来 / The time is invalid or in the future', 'at')
        const description = text(body.description)
        if (!description)
          return refuse(400, '请记录违章事实 / Describe what happened', 'description')
        let facts = description
        if (subKind === 'noisy-hours') {
          const breach = workTimeBreach(at, true, context.rules, context.timeZone)
          if (!breach) {
            return refuse(
              400,
              '该时间在允许噪音作业时段内，不构成违章 / That time is within the permitted noisy-work hours: not a breach',
              'at',
            )
          }
          facts = `${breach}\n${description}`
        }
        return {
          ok: true,
          data: {},
          extra: { breach: { at: at.toISOString(), subKind, description: facts } },
        }
      }
      case 'return-deposit': {
        const held = depositStatus(deposit)
        if (held !== 'held') {
          return refuse(
            409,
            held === 'none'
              ? '未收押金，无可退还 / No deposit was received'
              : `押金已${DEPOSIT_STATUSES[held as keyof typeof DEPOSIT_STATUSES]?.zh ?? '结清'}，不能重复退还 / The deposit is already settled`,
          )
        }
        return {
          ok: true,
          data: {
            status: 'closed',
            deposit: {
              ...deposit,
              status: 'returned',
              settledAt: now.toISOString(),
              settledBy: actor.id,
              withheldAmount: 0,
              reason: text(body.note) || null,
            },
          },
        }
      }
      case 'withhold-deposit': {
        return planWithholding(state, body, actor, now)
      }
    }
    return refuse(400, `未知操作 / Unknown action: ${action}`, 'action')
  },
}

/**
 * Withholding the deposit (装修押金扣除), from the renovation's own action or as the last rung of
 * a renovation violation: a reason (400 naming `reason`), an amount not above the deposit (all of
 * it by default), and only a deposit still held (409 otherwise).
 */
export const planWithholding = (
  state: Pick<RenovationState, 'status' | 'deposit'>,
  body: Record<string, unknown>,
  actor: Pick<Actor, 'id'>,
  now: Date,
): Plan<RenovationExtra> => {
  const deposit = state.deposit
  if (depositStatus(deposit) !== 'held') {
    return refuse(409, '押金未收或已结清 / The deposit is not held (never received, or settled)')
  }
  const reason = text(body.reason)
  if (!reason) return refuse(400, '扣除押金须说明理由 / Withholding needs a reason', 'reason')
  const held = Math.round(Number(deposit.amount ?? 0) * 100)
  const fen = body.amount === undefined || body.amount === null ? held : money(body.amount)
  if (fen === null || fen > held) {
    return refuse(
      400,
      `扣除金额须大于 0 且不超过押金 ${held / 100} 元 / Between 0 and the deposit`,
      'amount',
    )
  }
  return {
    ok: true,
    data: {
      ...(state.status === 'completed' ? { status: 'closed' } : {}),
      deposit: {
        ...deposit,
        status: 'withheld',
        settledAt: now.toISOString(),
        settledBy: actor.id,
        withheldAmount: fen / 100,
        reason,
      },
    },
  }
}
