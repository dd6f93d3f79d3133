import type { IdType } from '@/domain/contact'
import { isValidEmail, isValidIdNumber, isValidPhone, normalisePhone } from '@/domain/contact'

import type { ImportColumn, ImportKind } from './kinds'
import { IMPORT_COLUMNS, MAX_IMPORT_ROWS, YES_NO_CHOICES } from './kinds'

/** One problem of one cell: the sheet's row number (the header is row 1), its header, why. */
export type RowProblem = { row: number; column: string; reason: string }

/** A refusal of the whole file (a wrong header, no rows, too many rows, confidential columns). */
export class ImportRefusal extends Error {
  constructor(
    message: string,
    readonly column?: string,
    readonly problems: RowProblem[] = [],
  ) {
    super(message)
  }
}

/** A data row as read: its row number in the sheet and its cells as text. */
export type SheetRow = { row: number; cells: string[] }

export type ParsedRow = {
  row: number
  /** The values read, by field; a blank cell is absent (it neither sets nor clears). */
  values: Record<string, unknown>
  problems: RowProblem[]
}

const clean = (cell: string) => cell.replace(/^\uFEFF/, '').trim()

/**
 * The columns of the sheet, in its order, from its header row. Every header must be one of the
 * kind's (a sheet of another kind, or a renamed column, is refused rather than half-read), each
 * once, and every required one present; the order is free and optional columns may be left out.
 */
export const readHeader = (kind: ImportKind, header: readonly string[]): ImportColumn[] => {
  const known = IMPORT_COLUMNS[kind]
  const cells = header.map(clean)
  while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
  if (cells.length === 0) {
    throw new ImportRefusal('第 1 行应为表头 / Row 1 must be the header row', '')
  }
  const seen = new Set<string>()
  const columns = cells.map((cell, i) => {
    const column = known.find((c) => c.header === cell.replace(/\*$/, ''))
    if (!column) {
      throw new ImportRefusal(
        `表头第 ${i + 1} 列「${cell}」不是${headerList(kind)}之一 / Column ${i + 1} "${cell}" is not a column of this import`,
        cell,
      )
    }
    if (seen.has(column.key)) {
      throw new ImportRefusal(`表头「${cell}」重复 / Column "${cell}" appears twice`, cell)
    }
    seen.add(column.key)
    return column
  })
  const missing = known.filter((c) => c.required && !seen.has(c.key))
  if (missing.length > 0) {
    throw new ImportRefusal(
      `缺少必填列：${missing.map((c) => c.header).join('、')} / Required columns missing`,
      missing[0].header,
    )
  }
  return columns
}

const headerList = (kind: ImportKind) =>
  `「${IMPORT_COLUMNS[kind].map((c) => c.header).join('、')}」`

/** The data rows that hold anything, after the header; refuses none, or more than the limit. */
export const dataRows = (rows: readonly SheetRow[], limit = MAX_IMPORT_ROWS): SheetRow[] => {
  const filled = rows.filter((r) => r.cells.some((cell) => clean(cell) !== ''))
  if (filled.length === 0) {
    throw new ImportRefusal('表格没有数据行 / The sheet has no data rows')
  }
  if (filled.length > limit) {
    throw new ImportRefusal(
      `一次最多导入 ${limit} 行，本表有 ${filled.length} 行 / At most ${limit} rows per import; this sheet has ${filled.length}`,
    )
  }
  return filled
}

const isDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

type Read = { value: unknown } | { problem: string }

/** One cell, read as its column says. */
export const readCell = (column: ImportColumn, raw: string): Read => {
  const cell = clean(raw)
  if (column.maxLength && cell.length > column.maxLength) {
    return { problem: `超过 ${column.maxLength} 个字 / Longer than ${column.maxLength} characters` }
  }
  switch (column.type) {
    case 'text':
      return { value: cell }
    case 'integer': {
      const n = Number(cell)
      return Number.isInteger(n) ? { value: n } : { problem: '应为整数 / Not a whole number' }
    }
    case 'positive': {
      const n = Number(cell)
      return Number.isFinite(n) && n > 0
        ? { value: n }
        : { problem: '应为大于 0 的数 / Not a number above 0' }
    }
    case 'money': {
      const n = Number(cell.replace(/^[¥￥]/, '').replace(/,/g, ''))
      if (!Number.isFinite(n) || n < 0) return { problem: '应为金额 / Not an amount' }
      if (Math.abs(n * 100 - Math.round(n * 100)) > 1e-6) {
        return { problem: '金额最多两位小数 / At most two decimals' }
      }
      return { value: Math.round(n * 100) / 100 }
    }
    case 'choice':
    case 'yesNo': {
      const choices = column.type === 'yesNo' ? YES_NO_CHOICES : (column.choices ?? [])
      const lower = cell.toLowerCase()
      const found = choices.find((c) => c.label === cell || c.value === lower)
      if (!found) {
        return {
          problem: `应为 ${choices.map((c) => c.label).join('、')} 之一 / Not one of the choices`,
        }
      }
      return { value: column.type === 'yesNo' ? found.value === 'true' : found.value }
    }
    case 'date': {
      const match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(cell)
      if (!match || !isDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
        return { problem: '日期应为 2026-01-31 的格式 / Not a date (2026-01-31)' }
      }
      const [, y, m, d] = match
      // Noon in China: the same calendar day wherever the admin is opened.
      return { value: `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}T04:00:00.000Z` }
    }
    case 'phone':
      return isValidPhone(cell) && normalisePhone(cell).length <= 32
        ? { value: normalisePhone(cell) }
        : { problem: '电话号码格式不正确 / Not a valid phone number' }
    case 'idNumber':
      return cell.length <= 32
        ? { value: cell.toUpperCase() }
        : { problem: '证件号码过长 / ID number too long' }
    case 'email':
      return isValidEmail(cell)
        ? { value: cell }
        : { problem: '邮箱格式不正确 / Not a valid email' }
  }
}

/** The rules of a row that span its cells. */
const rowRules = (
  kind: ImportKind,
  values: Record<string, unknown>,
  header: (key: string) => string,
  cellProblems: readonly RowProblem[],
) => {
  const problems: Array<{ column: string; reason: string }> = []
  if (kind === 'residents') {
    if (typeof values.idNumber === 'string') {
      const type = (values.idType as IdType | undefined) ?? 'mainland-id'
      if (!isValidIdNumber(type, values.idNumber)) {
        problems.push({
          column: header('idNumber'),
          reason: '证件号码与证件类型不符 / Not a valid ID number for its type',
        })
      }
    }
    if (values.kind === 'commercial-tenant' && !values.companyName) {
      problems.push({
        column: header('companyName'),
        reason: '商户须填写公司名称 / A commercial tenant needs a company name',
      })
    }
    // A malformed phone or ID number is reported as such, not again as a missing key.
    const keyCellRefused = cellProblems.some(
      (p) => p.column === header('phone') || p.column === header('idNumber'),
    )
    if (!values.idNumber && !values.phone && !keyCellRefused) {
      problems.push({
        column: header('idNumber'),
        reason:
          '须有证件号码或电话，用以识别住户 / An ID number or a phone is needed to recognise the resident',
      })
    }
  }
  return problems
}

/** The natural key of a row: what says two rows, or a row and a record, are the same thing. */
export const naturalKey = (kind: ImportKind, values: Record<string, unknown>): string | null => {
  switch (kind) {
    case 'units':
      return values.building && values.number ? `${values.building}-${values.number}` : null
    case 'residents':
      if (values.idNumber) return `证件 ${values.idNumber}`
      return values.phone ? `电话 ${values.phone}` : null
    case 'price-list':
      return values.item ? String(values.item) : null
  }
}

/**
 * Every row read and checked on its own and against the rows above it: each cell's problems,
 * the row's own rules, and a row whose natural key (or archive number) a row above already has.
 */
export const parseRows = (
  kind: ImportKind,
  columns: readonly ImportColumn[],
  rows: readonly SheetRow[],
): ParsedRow[] => {
  const headerOf = (key: string) => IMPORT_COLUMNS[kind].find((c) => c.key === key)?.header ?? key
  const seen = new Map<string, number>()
  const archiveNos = new Map<string, number>()
  return rows.map(({ row, cells }) => {
    const values: Record<string, unknown> = {}
    const problems: RowProblem[] = []
    columns.forEach((column, i) => {
      const raw = cells[i] ?? ''
      if (clean(raw) === '') {
        if (column.required) {
          problems.push({ row, column: column.header, reason: '必填 / Required' })
        }
        return
      }
      const read = readCell(column, raw)
      if ('problem' in read) problems.push({ row, column: column.header, reason: read.problem })
      else values[column.key] = read.value
    })
    for (const p of rowRules(kind, values, headerOf, problems)) problems.push({ row, ...p })
    const key = naturalKey(kind, values)
    if (key) {
      const above = seen.get(key)
      if (above !== undefined) {
        problems.push({
          row,
          column:
            kind === 'units'
              ? headerOf('number')
              : kind === 'residents'
                ? headerOf(values.idNumber ? 'idNumber' : 'phone')
                : headerOf('item'),
          reason: `与第 ${above} 行重复（${key}） / Duplicate of row ${above}`,
        })
      } else seen.set(key, row)
    }
    if (typeof values.archiveNo === 'string') {
      const above = archiveNos.get(values.archiveNo)
      if (above !== undefined) {
        problems.push({
          row,
          column: headerOf('archiveNo'),
          reason: `档案号与第 ${above} 行重复 / Archive number duplicates row ${above}`,
        })
      } else archiveNos.set(values.archiveNo, row)
    }
    return { row, values, problems }
  })
}

/**
 * Confidential columns (phone, ID number) filled in a sheet imported by a role that may not read
 * them: every such cell, so that the user sees where. An empty confidential column is harmless.
 */
export const confidentialCells = (
  columns: readonly ImportColumn[],
  rows: readonly SheetRow[],
  limit = 20,
): RowProblem[] => {
  const problems: RowProblem[] = []
  for (const { row, cells } of rows) {
    columns.forEach((column, i) => {
      if (column.confidential && clean(cells[i] ?? '') !== '' && problems.length < limit) {
        problems.push({
          row,
          column: column.header,
          reason:
            '您的岗位无权录入住户保密信息 / Your role may not write residents’ confidential data',
        })
      }
    })
  }
  return problems
}
