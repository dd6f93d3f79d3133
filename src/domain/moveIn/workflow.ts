import type { Role } from '../roles'
import { MANAGER_ROLES, ROLES } from '../roles'
import type { Actor, ActionInput, Labels, Plan, Workflow } from '../workflow'
import { refuse } from '../workflow'

import type { KeyLine } from '../keys/register'
import { KEY_KINDS, parseKeyLines } from '../keys/register'

/**
 * Move-in (入住, DOMAIN.md → Residents; 001): verify identity and fill the owner registration form
 * (业主基本信息登记表); sign the preliminary service agreement (前期物业服务协议) and hand over the owner
 * handbook and renovation rules; collect fees; joint house inspection (房屋验收单); key handover
 * (钥匙交接单), or key custody (钥匙托管书) when the developer must still repair; the water, power
 * and gas cards (水电气卡). Each step is an action on the resident, dated and signed by the member
 * of staff who took it, once. Pure: no Payload, no database.
 */

export const MOVE_IN_STEPS = {
  registrationForm: { zh: '业主基本信息登记表', en: 'Registration form' },
  serviceAgreement: { zh: '前期物业服务协议', en: 'Service agreement' },
  handbook: { zh: '业主手册及装修守则', en: 'Owner handbook and renovation rules' },
  fees: { zh: '收取费用', en: 'Fees collected' },
  jointInspection: { zh: '房屋验收', en: 'Joint house inspection' },
  keys: { zh: '钥匙交接 / 托管', en: 'Keys' },
  cards: { zh: '水电气卡', en: 'Water, power and gas cards' },
} as const satisfies Record<string, Labels>
export type MoveInStep = keyof typeof MOVE_IN_STEPS
export const MOVE_IN_STEP_KEYS = Object.keys(MOVE_IN_STEPS) as MoveInStep[]

export const MOVE_IN_STATUSES = {
  'not-started': { zh: '未办理', en: 'Not started' },
  'in-progress': { zh: '办理中', en: 'In progress' },
  'keys-in-custody': {
    zh: '钥匙托管中（待开发商整改）',
    en: 'Keys in custody (developer repairing)',
  },
  completed: { zh: '入住手续已完成', en: 'Move-in completed' },
} as const satisfies Record<string, Labels>
export type MoveInStatus = keyof typeof MOVE_IN_STATUSES

/** The items of the joint house inspection (房屋验收单), each passed or failed. */
export const INSPECTION_ITEMS = [
  '入户门及门锁 Entrance door and lock',
  '门窗及玻璃 Doors, windows and glass',
  '墙面、天花 Walls and ceilings',
  '地面 Floors',
  '给排水及洁具 Plumbing and fittings',
  '电气及开关插座 Electrics, switches and sockets',
  '燃气管道及表具 Gas pipes and meter',
  '水电气表读数 Meter readings',
  '对讲及门禁 Intercom and access control',
  '阳台及防水 Balcony and waterproofing',
] as const

/**
 * Who signs the steps: the front desk, which keeps the customer archive (move-in, contact
 * changes), and the managers. A guard, an engineer or a dispatcher records nothing here.
 */
export const MOVE_IN_SIGNER_ROLES: readonly Role[] = ['cs-clerk', ...MANAGER_ROLES]

/** Who may follow a defect with the developer until it is repaired: anyone on the staff. */
const OWNER_ROLES: readonly Role[] = ROLES.filter((r) => r !== 'admin')

type Id = number | string

/** One step as stored: done, the date, the member of staff who signed. */
export type StepRecord = {
  done?: boolean | null
  date?: string | null
  staff?: Id | { id: Id } | null
  [more: string]: unknown
}

export type MoveInRecord = Partial<Record<MoveInStep, StepRecord | null>> & {
  status?: string | null
}

export type MoveInState = {
  status: MoveInStatus
  moveIn: MoveInRecord
}

/** What `inspect` needs written beyond the resident: one follow-up per defect. */
export type Defect = { description: string; location: string | null }
export type MoveInExtra = {
  defects?: { items: Defect[]; owner: Id; deadline: string }
  custodyKeys?: { lines: KeyLine[]; location: string }
}

const done = (record: MoveInRecord, step: MoveInStep) => record[step]?.done === true

/**
 * The resident's move-in status, derived from the steps signed: none → not started; keys held
 * in custody → waiting for the developer; every step signed with keys handed over → completed.
 */
export const moveInStatus = (record: MoveInRecord | null | undefined): MoveInStatus => {
  const r = record ?? {}
  const signed = MOVE_IN_STEP_KEYS.filter((step) => done(r, step))
  if (signed.length === 0) return 'not-started'
  const arrangement = r.keys?.arrangement
  if (done(r, 'keys') && arrangement === 'custody') return 'keys-in-custody'
  if (signed.length === MOVE_IN_STEP_KEYS.length) return 'completed'
  return 'in-progress'
}

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

const isPositiveMoney = (value: unknown): value is number =>
  typeof value === 'number' &&
  Number.isFinite(value) &&
  value > 0 &&
  Math.abs(value * 100 - Math.round(value * 100)) < 1e-6

const asNumber = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value

/** The action that signs each step, and what it needs. */
const STEP_OF_ACTION: Record<string, MoveInStep> = {
  register: 'registrationForm',
  'sign-agreement': 'serviceAgreement',
  'hand-over-handbook': 'handbook',
  'collect-fees': 'fees',
  inspect: 'jointInspection',
  'hand-over-keys': 'keys',
  'take-keys-into-custody': 'keys',
  'issue-cards': 'cards',
}

const note: ActionInput = { name: 'note', type: 'textarea', label: { zh: '备注', en: 'Note' } }

const keyLinesInput: ActionInput = {
  name: 'keys',
  type: 'textarea',
  required: true,
  label: { zh: '钥匙（每行：种类 数量）', en: 'Keys (one a line: kind count)' },
  help: {
    zh: `如「入户门 3」；种类：${Object.values(KEY_KINDS)
      .map((k) => k.zh)
      .join('、')}`,
    en: 'e.g. "entrance 3"',
  },
}

const signedBy = (actor: Actor) => actor.roles.some((r) => MOVE_IN_SIGNER_ROLES.includes(r))

const action = (
  key: string,
  zh: string,
  en: string,
  inputs: readonly ActionInput[] = [note],
  from: readonly string[] = ['not-started', 'in-progress', 'keys-in-custody'],
) => ({
  key,
  label: { zh, en },
  roles: MOVE_IN_SIGNER_ROLES,
  from,
  inputs,
  allowed: (state: MoveInState, actor: Actor) =>
    signedBy(actor) &&
    (key === 'hand-over-keys' && state.status === 'keys-in-custody'
      ? true
      : !done(state.moveIn, STEP_OF_ACTION[key])),
})

export const moveInWorkflow: Workflow<
  MoveInState & { status?: string | null },
  unknown,
  MoveInExtra
> = {
  collection: 'residents',
  label: { zh: '入住手续', en: 'Move-in' },
  statuses: MOVE_IN_STATUSES,
  actions: [
    action('register', '业主基本信息登记（已核实身份）', 'Registration form (identity verified)', [
      {
        name: 'identityVerified',
        type: 'select',
        required: true,
        label: { zh: '已核对身份证件原件', en: 'Identity document seen' },
        options: [{ value: 'yes', label: { zh: '是', en: 'Yes' } }],
      },
      note,
    ]),
    action('sign-agreement', '签订前期物业服务协议', 'Service agreement signed', [
      {
        name: 'agreementNo',
        type: 'text',
        label: { zh: '协议编号', en: 'Agreement no.' },
      },
      note,
    ]),
    action(
      'hand-over-handbook',
      '发放业主手册及装修守则',
      'Handbook and renovation rules handed over',
    ),
    action('collect-fees', '收取费用', 'Fees collected', [
      {
        name: 'amount',
        type: 'money',
        required: true,
        label: { zh: '金额（元）', en: 'Amount (yuan)' },
      },
      {
        name: 'receiptNo',
        type: 'text',
        required: true,
        label: { zh: '收据号', en: 'Receipt no.' },
      },
      note,
    ]),
    action('inspect', '房屋验收（会同开发商）', 'Joint house inspection', [
      {
        name: 'items',
        type: 'checklist',
        required: true,
        label: { zh: '验收项目', en: 'Items inspected' },
        options: INSPECTION_ITEMS.map((item) => ({ value: item, label: { zh: item, en: item } })),
      },
      {
        name: 'defects',
        type: 'textarea',
        label: {
          zh: '须开发商整改的缺陷（每行一项）',
          en: 'Defects for the developer (one a line)',
        },
        help: {
          zh: '每项缺陷生成一项跟进事项，跟进至整改完成',
          en: 'Each defect becomes a follow-up, followed until repaired',
        },
      },
      {
        name: 'owner',
        type: 'user',
        userRoles: OWNER_ROLES,
        label: { zh: '整改跟进人', en: 'Follows the repairs' },
      },
      { name: 'deadline', type: 'datetime', label: { zh: '整改期限', en: 'Repairs due' } },
      {
        name: 'developerRep',
        type: 'text',
        required: true,
        label: { zh: '开发商代表', en: 'Developer’s representative' },
      },
    ]),
    action('hand-over-keys', '钥匙交接', 'Keys handed over', [
      keyLinesInput,
      {
        name: 'recipient',
        type: 'text',
        required: true,
        label: { zh: '领取人', en: 'Received by' },
      },
      {
        name: 'recipientSigned',
        type: 'select',
        required: true,
        label: { zh: '领取人已签收', en: 'Recipient signed' },
        options: [{ value: 'yes', label: { zh: '是', en: 'Yes' } }],
      },
      note,
    ]),
    action(
      'take-keys-into-custody',
      '钥匙托管（待开发商整改）',
      'Keys into custody (developer repairing)',
      [
        keyLinesInput,
        {
          name: 'location',
          type: 'text',
          required: true,
          label: { zh: '存放位置', en: 'Kept where' },
        },
        {
          name: 'reason',
          type: 'textarea',
          required: true,
          label: { zh: '托管原因', en: 'Why held' },
        },
      ],
    ),
    action('issue-cards', '发放水电气卡', 'Water, power and gas cards issued', [
      { name: 'water', type: 'text', label: { zh: '水卡号', en: 'Water card' } },
      { name: 'power', type: 'text', label: { zh: '电卡号', en: 'Power card' } },
      { name: 'gas', type: 'text', label: { zh: '气卡号', en: 'Gas card' } },
    ]),
  ],
  plan: ({ action: key, state, body, actor, now }): Plan<MoveInExtra> => {
    const step = STEP_OF_ACTION[key]
    if (!step) return refuse(400, `未知操作 / Unknown action: ${key}`, 'action')
    if (!signedBy(actor)) {
      return refuse(
        403,
        '只有客服前台或经理可以办理入住手续 / Only the front desk or a manager signs move-in steps',
      )
    }
    const record = state.moveIn
    const handingOverFromCustody = key === 'hand-over-keys' && state.status === 'keys-in-custody'
    if (done(record, step) && !handingOverFromCustody) {
      return refuse(
        409,
        `「${MOVE_IN_STEPS[step].zh}」已办理并签字 / This step is already signed: ${MOVE_IN_STEPS[step].en}`,
      )
    }
    const signed = {
      done: true,
      date: now.toISOString(),
      staff: actor.id,
      note: text(body.note) || null,
    }
    const write = (fields: Record<string, unknown>, extra?: MoveInExtra): Plan<MoveInExtra> => {
      const next: MoveInRecord = { ...record, [step]: { ...record[step], ...signed, ...fields } }
      return { ok: true, data: { moveIn: { ...next, status: moveInStatus(next) } }, extra }
    }

    switch (key) {
      case 'register':
        if (body.identityVerified !== 'yes' && body.identityVerified !== true) {
          return refuse(
            400,
            '须先核对身份证件原件 / Verify the identity document first',
            'identityVerified',
          )
        }
        return write({})
      case 'sign-agreement':
        return write({ agreementNo: text(body.agreementNo) || null })
      case 'hand-over-handbook':
        return write({})
      case 'collect-fees': {
        const amount = asNumber(body.amount)
        if (!isPositiveMoney(amount)) {
          return refuse(400, '请填写金额（元，最多两位小数）/ Give the amount in yuan', 'amount')
        }
        const receiptNo = text(body.receiptNo)
        if (!receiptNo) return refuse(400, '请填写收据号 / Give the receipt number', 'receiptNo')
        return write({ amount, receiptNo })
      }
      case 'inspect':
        return planInspection(body, now, write)
      case 'hand-over-keys': {
        const lines = parseKeyLines(body.keys)
        if (!lines.ok) return refuse(400, lines.message, 'keys')
        const recipient = text(body.recipient)
        if (!recipient) return refuse(400, '请填写领取人 / Who receives the keys', 'recipient')
        if (body.recipientSigned !== 'yes' && body.recipientSigned !== true) {
          return refuse(400, '领取人须签收 / The recipient signs for the keys', 'recipientSigned')
        }
        return write({
          arrangement: 'handed-over',
          handedOverKeys: lines.lines,
          recipient,
          // From custody the keys leave the office's register (the apply step marks them).
          fromCustody: handingOverFromCustody,
        })
      }
      case 'take-keys-into-custody': {
        if (!done(record, 'jointInspection')) {
          return refuse(
            409,
            '钥匙托管须在房屋验收之后（待开发商整改）/ Keys are held in custody after the joint inspection, while the developer repairs',
          )
        }
        const lines = parseKeyLines(body.keys)
        if (!lines.ok) return refuse(400, lines.message, 'keys')
        const location = text(body.location)
        if (!location) return refuse(400, '请填写存放位置 / Where the keys are kept', 'location')
        const reason = text(body.reason)
        if (!reason) return refuse(400, '请说明托管原因 / Why the keys are held', 'reason')
        return write(
          {
            arrangement: 'custody',
            custodyKeys: lines.lines,
            location,
            reason,
            custodyAt: now.toISOString(),
            custodyBy: actor.id,
          },
          { custodyKeys: { lines: lines.lines, location } },
        )
      }
      case 'issue-cards': {
        const cards = { water: text(body.water), power: text(body.power), gas: text(body.gas) }
        if (!cards.water && !cards.power && !cards.gas) {
          return refuse(400, '请至少填写一张卡号 / Give at least one card number', 'water')
        }
        return write({
          water: cards.water || null,
          power: cards.power || null,
          gas: cards.gas || null,
        })
      }
    }
    return refuse(400, `未知操作 / Unknown action: ${key}`, 'action')
  },
}

/**
 * 房屋验收单: every item answered pass or fail; each defect the developer must repair has a
 * description (a blank line is not a defect), and with defects come the person who follows them
 * and the deadline. A failed item without any defect written is refused: what failed must be
 * repaired.
 */
const planInspection = (
  body: Record<string, unknown>,
  now: Date,
  write: (fields: Record<string, unknown>, extra?: MoveInExtra) => Plan<MoveInExtra>,
): Plan<MoveInExtra> => {
  const given = Array.isArray(body.items) ? (body.items as Array<Record<string, unknown>>) : []
  const items: Array<{ item: string; passed: boolean; note: string | null }> = []
  for (const item of INSPECTION_ITEMS) {
    const answer = given.find((g) => g && g.item === item)
    if (!answer || typeof answer.ok !== 'boolean') {
      return refuse(400, `请逐项验收：${item} / Answer every item`, 'items')
    }
    items.push({ item, passed: answer.ok, note: text(answer.note) || null })
  }
  const developerRep = text(body.developerRep)
  if (!developerRep) {
    return refuse(400, '请填写开发商代表 / Name the developer’s representative', 'developerRep')
  }
  const raw = Array.isArray(body.defects)
    ? body.defects
    : typeof body.defects === 'string'
      ? body.defects.split('\n')
      : []
  const defects: Defect[] = []
  for (const entry of raw) {
    const d =
      typeof entry === 'string'
        ? { description: entry.trim(), location: null }
        : {
            description: text((entry as Record<string, unknown>)?.description),
            location: text((entry as Record<string, unknown>)?.location) || null,
          }
    if (typeof entry === 'string' && d.description === '') continue
    if (!d.description) {
      return refuse(400, '缺陷须有描述 / A defect needs its description', 'defects')
    }
    defects.push(d)
  }
  if (items.some((i) => !i.passed) && defects.length === 0) {
    return refuse(
      400,
      '有不合格项目，请写明须开发商整改的缺陷 / An item failed: write the defects the developer must repair',
      'defects',
    )
  }
  if (defects.length === 0) return write({ items, developerRep, defects: [] })
  const owner = body.owner
  if (owner === undefined || owner === null || owner === '') {
    return refuse(400, '请指定整改跟进人 / Who follows the repairs', 'owner')
  }
  const deadline = typeof body.deadline === 'string' ? new Date(body.deadline) : null
  if (!deadline || Number.isNaN(deadline.getTime()) || deadline.getTime() <= now.getTime()) {
    return refuse(400, '请填写将来的整改期限 / Give a repair deadline in the future', 'deadline')
  }
  return write(
    {
      items,
      developerRep,
      defects: defects.map((d) => ({ ...d, deadline: deadline.toISOString() })),
    },
    { defects: { items: defects, owner: owner as Id, deadline: deadline.toISOString() } },
  )
}
