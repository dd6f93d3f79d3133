import type { Role } from '../roles'
import { SENIOR_MANAGER_ROLES } from '../roles'

/**
 * Document control (文件控制, ISO 9001 clause 7.5), as plain rules: kinds and their codes and
 * retention, unified numbers, version labels, the lifecycle, loans that must not overlap, and who
 * may see a confidential document. Payload hooks and endpoints call these.
 */

export const DOCUMENT_KINDS = {
  rule: { zh: '制度', en: 'Rule', code: 'ZD', retentionYears: 10 },
  form: { zh: '表单', en: 'Form', code: 'BD', retentionYears: 5 },
  procedure: { zh: '规程', en: 'Procedure', code: 'GC', retentionYears: 10 },
  record: { zh: '记录', en: 'Record', code: 'JL', retentionYears: 3 },
  contract: { zh: '合同', en: 'Contract', code: 'HT', retentionYears: 10 },
  drawing: { zh: '图纸', en: 'Drawing', code: 'TZ', retentionYears: 30 },
  correspondence: { zh: '往来函件', en: 'Correspondence', code: 'WL', retentionYears: 3 },
  other: { zh: '其他', en: 'Other', code: 'QT', retentionYears: 3 },
} as const

export type DocumentKind = keyof typeof DOCUMENT_KINDS

export const DOCUMENT_DEPARTMENTS = {
  'customer-service': { zh: '客服部', en: 'Customer service', code: 'KF' },
  engineering: { zh: '工程部', en: 'Engineering', code: 'GC' },
  security: { zh: '秩序维护部', en: 'Security', code: 'BA' },
  cleaning: { zh: '环境部', en: 'Cleaning and greenery', code: 'HJ' },
  management: { zh: '物业中心', en: 'Management', code: 'ZX' },
  finance: { zh: '财务部', en: 'Finance', code: 'CW' },
  archives: { zh: '档案室', en: 'Archives', code: 'DA' },
} as const

export type DocumentDepartment = keyof typeof DOCUMENT_DEPARTMENTS

export const isDocumentKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && Object.hasOwn(DOCUMENT_KINDS, value)

export const DEFAULT_NUMBER_PATTERN = 'WY-{dept}-{kind}-{seq:3}'

/** The counter a number is drawn from: one series per department and kind, never reused. */
export const numberSeries = (department: DocumentDepartment, kind: DocumentKind) =>
  `DOC-${DOCUMENT_DEPARTMENTS[department].code}-${DOCUMENT_KINDS[kind].code}`

/**
 * A unified number from the office's pattern: `{dept}` and `{kind}` are the codes, `{seq:N}` the
 * sequence padded to N digits, `{year}` the year. E.g. `WY-{dept}-{kind}-{seq:3}` → `WY-KF-BD-007`.
 */
export const formatDocumentNumber = (
  pattern: string,
  parts: { department: DocumentDepartment; kind: DocumentKind; seq: number; year: number },
): string =>
  pattern
    .replaceAll('{dept}', DOCUMENT_DEPARTMENTS[parts.department].code)
    .replaceAll('{kind}', DOCUMENT_KINDS[parts.kind].code)
    .replaceAll('{year}', String(parts.year))
    .replace(/\{seq(?::(\d+))?\}/g, (_m, width?: string) =>
      String(parts.seq).padStart(Number(width ?? 1), '0'),
    )

export const isValidNumberPattern = (pattern: string) => /\{seq(?::\d+)?\}/.test(pattern)

export type VersionScheme = 'letter' | 'decimal'

/** The first version label: `A/0` (letter scheme) or `1.0` (decimal). */
export const firstVersion = (scheme: VersionScheme) => (scheme === 'letter' ? 'A/0' : '1.0')

/**
 * The label after `current`: a revision bumps the number (`A/0` → `A/1`, `1.0` → `1.1`); a major
 * revision (改版) the letter or the whole number (`A/7` → `B/0`, `1.3` → `2.0`).
 */
export const nextVersion = (
  current: string | null | undefined,
  scheme: VersionScheme,
  major = false,
): string => {
  if (!current) return firstVersion(scheme)
  if (scheme === 'letter') {
    const m = /^([A-Z])\/(\d+)$/.exec(current)
    if (!m) return firstVersion(scheme)
    return major
      ? `${String.fromCharCode(Math.min(90, m[1].charCodeAt(0) + 1))}/0`
      : `${m[1]}/${Number(m[2]) + 1}`
  }
  const m = /^(\d+)\.(\d+)$/.exec(current)
  if (!m) return firstVersion(scheme)
  return major ? `${Number(m[1]) + 1}.0` : `${m[1]}.${Number(m[2]) + 1}`
}

/** Orders version labels as they were issued. */
export const compareVersions = (a: string, b: string): number => {
  const key = (v: string) => {
    const letter = /^([A-Z])\/(\d+)$/.exec(v)
    if (letter) return [letter[1].charCodeAt(0), Number(letter[2])]
    const dec = /^(\d+)\.(\d+)$/.exec(v)
    return dec ? [Number(dec[1]), Number(dec[2])] : [0, 0]
  }
  const [a1, a2] = key(a)
  const [b1, b2] = key(b)
  return a1 - b1 || a2 - b2
}

export type DocumentStatus =
  'draft' | 'in-review' | 'effective' | 'superseded' | 'obsolete' | 'destroyed'

/** Roles that see every document, confidential ones included. */
export const DOCUMENT_KEEPERS: readonly Role[] = ['document-controller', ...SENIOR_MANAGER_ROLES]

/** When a document's retention ends: its effective (or creation) date plus the kind's years. */
export const retentionEnds = (kind: DocumentKind, from: Date, years?: number | null): Date => {
  const end = new Date(from)
  end.setUTCFullYear(end.getUTCFullYear() + (years ?? DOCUMENT_KINDS[kind].retentionYears))
  return end
}

export type LoanPeriod = { id?: number | string; from: Date; to: Date }

/** Whether two loans of the same paper original overlap (a returned loan ends at its return). */
export const loansOverlap = (a: LoanPeriod, b: LoanPeriod) =>
  a.from.getTime() < b.to.getTime() && b.from.getTime() < a.to.getTime()

/** A change note is required for every revision: at least a few words. */
export const checkChangeNote = (note: unknown): string | null =>
  typeof note === 'string' && note.trim().length >= 2
    ? null
    : '每次修订必须说明修改内容 / Every revision needs a change note'
