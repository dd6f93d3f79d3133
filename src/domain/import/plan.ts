import { normalisePhone } from '@/domain/contact'

import type { ImportKind } from './kinds'
import { IMPORT_COLUMNS } from './kinds'
import type { ParsedRow, RowProblem } from './rows'
import { naturalKey } from './rows'

type Id = number | string
export type ExistingRecord = { id: Id } & Record<string, unknown>
export type UnitRef = { id: Id; building: string; number: string }

export type PlannedRow = {
  row: number
  /** The natural key, as the dry run shows it (`3栋-1203`, `证件 110…`, the item). */
  key: string
  action: 'create' | 'update' | 'unchanged' | 'invalid'
  /** The record matched, for an update or an unchanged row. */
  id?: Id
  /** What will be written: every value for a create, the changed ones for an update. */
  data: Record<string, unknown>
  changed: string[]
}

export type ImportPlan = {
  rows: PlannedRow[]
  problems: RowProblem[]
  counts: Record<PlannedRow['action'], number>
}

/** Columns that are not fields of the record: a resident's unit, looked up by them. */
const LOOKUPS: Record<ImportKind, ReadonlySet<string>> = {
  units: new Set(),
  residents: new Set(['building', 'unitNumber']),
  'price-list': new Set(),
}

const unitKey = (building: unknown, number: unknown) => `${building}\u0000${number}`

const same = (key: string, before: unknown, after: unknown): boolean => {
  if (before === null || before === undefined || before === '')
    return after === '' || after === undefined
  if (key === 'phone' && typeof before === 'string') return normalisePhone(before) === after
  if (key === 'idNumber' && typeof before === 'string') return before.toUpperCase() === after
  if (key === 'effectiveDate' && typeof before === 'string' && typeof after === 'string') {
    return new Date(before).toISOString().slice(0, 10) === after.slice(0, 10)
  }
  if (typeof before === 'number' && typeof after === 'number')
    return Math.abs(before - after) < 1e-9
  return before === after
}

const idsOf = (value: unknown): Id[] =>
  Array.isArray(value)
    ? value.map((v) => (typeof v === 'object' && v !== null ? (v as { id: Id }).id : (v as Id)))
    : []

/** The existing records by each key a row can match on, built once per import. */
type RecordIndex = {
  unit: Map<string, ExistingRecord>
  item: Map<string, ExistingRecord[]>
  idNumber: Map<string, ExistingRecord>
  /** Residents by phone, those without an ID number apart (a row with one may match only them). */
  phone: Map<string, ExistingRecord[]>
  phoneWithoutId: Map<string, ExistingRecord[]>
  archiveNo: Map<string, ExistingRecord>
}

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list) list.push(value)
  else map.set(key, [value])
}

const indexRecords = (existing: readonly ExistingRecord[]): RecordIndex => {
  const index: RecordIndex = {
    unit: new Map(),
    item: new Map(),
    idNumber: new Map(),
    phone: new Map(),
    phoneWithoutId: new Map(),
    archiveNo: new Map(),
  }
  for (const e of existing) {
    if (e.building !== undefined) index.unit.set(unitKey(e.building, e.number), e)
    if (typeof e.item === 'string') push(index.item, e.item, e)
    if (typeof e.idNumber === 'string' && e.idNumber) {
      const id = e.idNumber.toUpperCase()
      if (!index.idNumber.has(id)) index.idNumber.set(id, e)
    }
    if (typeof e.phone === 'string' && e.phone) {
      const phone = normalisePhone(e.phone)
      push(index.phone, phone, e)
      if (!e.idNumber) push(index.phoneWithoutId, phone, e)
    }
    if (typeof e.archiveNo === 'string' && e.archiveNo) index.archiveNo.set(e.archiveNo, e)
  }
  return index
}

/**
 * The existing record a row is, by its natural key: a unit by building and number; a resident by
 * ID number, else by phone (a resident recorded without an ID number; one of several residents
 * sharing that phone cannot be told apart and is a problem); a price item by its name.
 */
const matchRecord = (
  kind: ImportKind,
  values: Record<string, unknown>,
  index: RecordIndex,
): { record?: ExistingRecord; problem?: { field: string; reason: string } } => {
  switch (kind) {
    case 'units':
      return { record: index.unit.get(unitKey(values.building, values.number)) }
    case 'price-list': {
      const found = index.item.get(String(values.item)) ?? []
      if (found.length > 1) {
        return {
          problem: {
            field: 'item',
            reason: `价目表中已有 ${found.length} 个同名项目，无法对应 / Several items of this name exist`,
          },
        }
      }
      return { record: found[0] }
    }
    case 'residents': {
      if (typeof values.idNumber === 'string') {
        const byId = index.idNumber.get(values.idNumber)
        if (byId) return { record: byId }
      }
      if (typeof values.phone !== 'string') return {}
      // A resident with another ID number who shares the phone (a family) is someone else.
      const byPhone = (values.idNumber ? index.phoneWithoutId : index.phone).get(values.phone) ?? []
      if (byPhone.length > 1) {
        return {
          problem: {
            field: 'phone',
            reason: `已有 ${byPhone.length} 位住户使用此电话，请填写证件号码 / Several residents have this phone; give the ID number`,
          },
        }
      }
      return { record: byPhone[0] }
    }
  }
}

/**
 * What an import will do, row by row, against the records that exist: create, update (the
 * fields that differ; a blank cell leaves a field as it is) or leave unchanged — so that the same
 * sheet imported twice creates nothing the second time. Problems against the database: a
 * resident's unit that does not exist, a row that is the same record as a row above, an archive
 * number another resident holds. Pure: the caller reads `existing` and `units` first.
 */
export const planImport = ({
  kind,
  parsed,
  existing,
  units = [],
}: {
  kind: ImportKind
  parsed: readonly ParsedRow[]
  existing: readonly ExistingRecord[]
  units?: readonly UnitRef[]
}): ImportPlan => {
  const headerOf = (key: string) => IMPORT_COLUMNS[kind].find((c) => c.key === key)?.header ?? key
  const unitIds = new Map(units.map((u) => [unitKey(u.building, u.number), u.id]))
  const index = indexRecords(existing)
  const matchedBy = new Map<Id, number>()
  const problems: RowProblem[] = []
  const rows = parsed.map(({ row, values, problems: own }): PlannedRow => {
    const rowProblems = [...own]
    const key = naturalKey(kind, values) ?? ''
    const data: Record<string, unknown> = {}
    for (const [field, value] of Object.entries(values)) {
      if (!LOOKUPS[kind].has(field)) data[field] = value
    }
    let unitId: Id | undefined
    if (kind === 'residents' && values.building && values.unitNumber) {
      unitId = unitIds.get(unitKey(values.building, values.unitNumber))
      if (unitId === undefined) {
        rowProblems.push({
          row,
          column: headerOf('unitNumber'),
          reason: `房屋 ${values.building}-${values.unitNumber} 不存在 / No such unit`,
        })
      }
    }
    const { record, problem } = matchRecord(kind, values, index)
    if (problem) rowProblems.push({ row, column: headerOf(problem.field), reason: problem.reason })
    if (record) {
      const above = matchedBy.get(record.id)
      if (above !== undefined) {
        rowProblems.push({
          row,
          column: headerOf(kind === 'units' ? 'number' : kind === 'residents' ? 'name' : 'item'),
          reason: `与第 ${above} 行是同一条已有记录 / The same existing record as row ${above}`,
        })
      } else matchedBy.set(record.id, row)
    }
    if (typeof values.archiveNo === 'string') {
      const holder = index.archiveNo.get(values.archiveNo)
      if (holder && holder.id !== record?.id) {
        rowProblems.push({
          row,
          column: headerOf('archiveNo'),
          reason: `档案号已属于住户「${String(holder.name ?? holder.id)}」 / Another resident holds this archive number`,
        })
      }
    }
    problems.push(...rowProblems)
    if (rowProblems.length > 0) return { row, key, action: 'invalid', data, changed: [] }
    if (!record) {
      if (unitId !== undefined) data.units = [unitId]
      return { row, key, action: 'create', data, changed: Object.keys(data) }
    }
    const changes: Record<string, unknown> = {}
    for (const [field, value] of Object.entries(data)) {
      if (!same(field, record[field], value)) changes[field] = value
    }
    if (unitId !== undefined) {
      const held = idsOf(record.units)
      if (!held.some((id) => String(id) === String(unitId))) changes.units = [...held, unitId]
    }
    const changed = Object.keys(changes)
    return {
      row,
      key,
      action: changed.length > 0 ? 'update' : 'unchanged',
      id: record.id,
      data: changes,
      changed,
    }
  })
  const counts = { create: 0, update: 0, unchanged: 0, invalid: 0 }
  for (const r of rows) counts[r.action]++
  return { rows, problems, counts }
}
