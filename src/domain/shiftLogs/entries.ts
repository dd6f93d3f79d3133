import { VIOLATION_KINDS } from '../violations/ladder'

import { ENTRY_GRACE_MINUTES, withinShift } from './shifts'

const VIOLATION_KIND_CODES: readonly string[] = Object.keys(VIOLATION_KINDS)

/** What a shift records: events, the front-desk registers, patrols, incidents. */
export const ENTRY_KINDS = {
  event: { zh: '事件', en: 'Event' },
  visitor: { zh: '访客登记', en: 'Visitor' },
  vehicle: { zh: '车辆登记', en: 'Vehicle' },
  'goods-release': { zh: '物品放行', en: 'Goods release' },
  mail: { zh: '邮件报刊', en: 'Mail and newspapers' },
  pass: { zh: '装修临时出入证', en: 'Renovation worker pass' },
  key: { zh: '钥匙借用', en: 'Key loan' },
  patrol: { zh: '巡逻', en: 'Patrol' },
  incident: { zh: '突发事件', en: 'Incident' },
  note: { zh: '备注', en: 'Note' },
  violation: { zh: '违章', en: 'Violation seen' },
} as const
export type EntryKind = keyof typeof ENTRY_KINDS

export const OWNER_CONFIRM_METHODS = {
  phone: { zh: '电话确认', en: 'By phone' },
  'in-person': { zh: '业主到场', en: 'Owner present' },
  written: { zh: '书面授权', en: 'Written authority' },
} as const

/** Who a visitor is (访客登记): the class the registers count by. */
export const VISITOR_CLASSES = {
  visitor: { zh: '访客', en: 'Visitor' },
  contractor: { zh: '施工人员', en: 'Contractor' },
  delivery: { zh: '快递外卖', en: 'Delivery' },
  'resident-guest': { zh: '业主亲友', en: 'Resident’s guest' },
} as const

/** Whose vehicle it is (车辆登记). */
export const VEHICLE_CLASSES = {
  resident: { zh: '业主车辆', en: 'Resident’s vehicle' },
  visitor: { zh: '访客车辆', en: 'Visitor’s vehicle' },
  service: { zh: '服务车辆', en: 'Service vehicle' },
} as const

export type ShiftEntry = {
  id?: string | null
  at?: string | null
  kind?: string | null
  text?: string | null
  plate?: string | null
  name?: string | null
  items?: string | null
  released?: boolean | null
  ownerConfirmedBy?: string | null
  ownerConfirmMethod?: string | null
  company?: string | null
  validUntil?: string | null
  outAt?: string | null
  returnedAt?: string | null
  collectedAt?: string | null
  priority?: string | null
  visitorClass?: string | null
  vehicleClass?: string | null
  unit?: unknown
  violationKind?: string | null
  violation?: unknown
  /** A key of the register (`keys`): the register tracks it, not the entry. */
  registerKey?: unknown
}

export type EntryProblem = { path: string; message: string }

const blank = (v: unknown) => typeof v !== 'string' || v.trim() === ''

/**
 * What is wrong with the entries of a log, each named by its path (`entries.2.plate`). The first
 * problem is the one a 400 reports. Rules from the front desk's registers: a vehicle has its
 * plate, a goods release marked released has the owner's confirmation (by whom and how), a pass
 * has its company and validity, and every entry falls within its shift (30 minutes' grace).
 */
export const entryProblems = (
  entries: readonly ShiftEntry[],
  window: { startsAt: Date; endsAt: Date } | null,
  /** Rows already stored: rules added later (the classes) apply to new entries only. */
  storedIds: ReadonlySet<string> = new Set(),
): EntryProblem[] => {
  const problems: EntryProblem[] = []
  entries.forEach((e, i) => {
    const isNew = !e.id || !storedIds.has(String(e.id))
    const at = e.at ? new Date(e.at) : null
    if (!at || Number.isNaN(at.getTime())) {
      problems.push({ path: `entries.${i}.at`, message: '请填写时间 / Give the time' })
    } else if (window && !withinShift(at, window)) {
      problems.push({
        path: `entries.${i}.at`,
        message: `时间不在本班次内（允许前后 ${ENTRY_GRACE_MINUTES} 分钟）/ The time is outside this shift (${ENTRY_GRACE_MINUTES} minutes' grace)`,
      })
    }
    if (!e.kind || !Object.hasOwn(ENTRY_KINDS, e.kind)) {
      problems.push({ path: `entries.${i}.kind`, message: '请选择类别 / Choose the kind' })
    }
    if (e.kind === 'vehicle' && blank(e.plate)) {
      problems.push({ path: `entries.${i}.plate`, message: '请填写车牌号 / Give the plate' })
    }
    if (e.kind === 'visitor' && blank(e.name)) {
      problems.push({ path: `entries.${i}.name`, message: '请填写访客姓名 / Give the name' })
    }
    if (isNew && e.kind === 'visitor' && !Object.hasOwn(VISITOR_CLASSES, String(e.visitorClass))) {
      problems.push({
        path: `entries.${i}.visitorClass`,
        message:
          '请选择访客类别（访客、施工人员、快递外卖、业主亲友）/ Choose the class of visitor',
      })
    }
    if (isNew && e.kind === 'vehicle' && !Object.hasOwn(VEHICLE_CLASSES, String(e.vehicleClass))) {
      problems.push({
        path: `entries.${i}.vehicleClass`,
        message: '请选择车辆类别（业主、访客、服务车辆）/ Choose the class of vehicle',
      })
    }
    if (e.kind === 'violation') {
      problems.push(...violationEntryProblems(e, i))
    }
    if (e.kind === 'goods-release') {
      if (blank(e.items)) {
        problems.push({ path: `entries.${i}.items`, message: '请填写放行物品 / List the goods' })
      }
      if (e.released && (blank(e.ownerConfirmedBy) || blank(e.ownerConfirmMethod))) {
        problems.push({
          path: `entries.${i}.ownerConfirmedBy`,
          message:
            '放行前须经业主确认（确认人及方式）/ Goods leave only once the owner has confirmed (who and how)',
        })
      }
    }
    if (e.kind === 'pass' && (blank(e.company) || !e.validUntil)) {
      problems.push({
        path: `entries.${i}.${blank(e.company) ? 'company' : 'validUntil'}`,
        message: '临时出入证须填写施工单位和有效期 / A pass needs the company and its validity',
      })
    }
    if (blank(e.text) && ['event', 'incident', 'note', 'violation'].includes(e.kind ?? '')) {
      problems.push({ path: `entries.${i}.text`, message: '请填写内容 / Write what happened' })
    }
  })
  return problems
}

/**
 * A violation seen on the shift (值班表, DOMAIN.md → Violations): the guard records where (the
 * unit), what kind and what was seen, and persuades at once; the record it opens goes to the
 * managers — a guard never decides a penalty.
 */
const violationEntryProblems = (e: ShiftEntry, i: number): EntryProblem[] => {
  const problems: EntryProblem[] = []
  if (e.unit === null || e.unit === undefined || e.unit === '') {
    problems.push({
      path: `entries.${i}.unit`,
      message: '违章须注明房号 / A violation names the unit',
    })
  }
  if (blank(e.violationKind) || !VIOLATION_KIND_CODES.includes(String(e.violationKind))) {
    problems.push({
      path: `entries.${i}.violationKind`,
      message: '请选择违章类型 / Choose the kind of violation',
    })
  }
  return problems
}

/** An open matter the next shift must know about, pre-filled at handover. */
export type OpenItem = { kind: string; ref: string; note: string }

/** Open matters in a log's own entries: goods waiting for the owner, keys out, visitors still in. */
export const openItemsFromEntries = (entries: readonly ShiftEntry[]): OpenItem[] => {
  const items: OpenItem[] = []
  for (const e of entries) {
    if (e.kind === 'goods-release' && !e.released) {
      items.push({
        kind: 'goods-release',
        ref: e.items ?? '',
        note: '待业主确认后放行 / Waiting for the owner’s confirmation',
      })
    }
    // A key of the register is out as long as the register says so (`handoverOpenItems`).
    if (e.kind === 'key' && !e.returnedAt && !e.registerKey) {
      items.push({
        kind: 'key',
        ref: e.text ?? e.name ?? '',
        note: '钥匙未归还 / Key not returned',
      })
    }
    if (e.kind === 'visitor' && !e.outAt) {
      items.push({ kind: 'visitor', ref: e.name ?? '', note: '访客未离开 / Visitor still inside' })
    }
    if (e.kind === 'incident' || e.priority === 'high') {
      items.push({ kind: e.kind ?? 'event', ref: e.text ?? '', note: '重要事项 / High priority' })
    }
  }
  return items
}
