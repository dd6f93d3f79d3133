import { DEPARTMENTS } from './complaints/categories'
import { relationId } from './relations'

/**
 * Designations (DOMAIN.md → People and roles): people the procedures name who are not roles, set
 * by the director or the administrator in the office settings — the office head (主任 / 客服部负责人)
 * and each department's head (部门负责人).
 */

/**
 * The departments that have a head: those complaints and work are dispatched to, and the
 * departments staff accounts belong to (档案室, 行政部).
 */
export const HEADED_DEPARTMENTS = {
  ...DEPARTMENTS,
  documents: { zh: '档案室', en: 'Document control' },
  'admin-office': { zh: '行政部', en: 'Administration' },
} as const

export type HeadedDepartment = keyof typeof HEADED_DEPARTMENTS

export type DepartmentHeadRow = { department?: string | null; user?: unknown }

export type StoredDesignations = {
  officeHead?: unknown
  departmentHeads?: readonly DepartmentHeadRow[] | null
}

/** The first department named twice in the heads' table, or null: one head per department. */
export const duplicateDepartment = (
  rows: readonly DepartmentHeadRow[] | null | undefined,
): string | null => {
  const seen = new Set<string>()
  for (const row of rows ?? []) {
    if (!row.department) continue
    if (seen.has(row.department)) return row.department
    seen.add(row.department)
  }
  return null
}

/** The head designated for a department (their id), or undefined when none is. */
export const designatedHead = (
  rows: readonly DepartmentHeadRow[] | null | undefined,
  department: string,
): number | string | undefined =>
  relationId((rows ?? []).find((row) => row.department === department)?.user)

const headsKey = (rows: readonly DepartmentHeadRow[] | null | undefined) =>
  (rows ?? [])
    .map((row) => `${row.department ?? ''}=${relationId(row.user) ?? ''}`)
    .sort()
    .join()

/** Which designations differ between two versions of the settings (ids compared, rows unordered). */
export const changedDesignations = (
  before: StoredDesignations | null | undefined,
  after: StoredDesignations | null | undefined,
): string[] => {
  const changed: string[] = []
  if ((relationId(before?.officeHead) ?? null) !== (relationId(after?.officeHead) ?? null)) {
    changed.push('officeHead')
  }
  if (headsKey(before?.departmentHeads) !== headsKey(after?.departmentHeads)) {
    changed.push('departmentHeads')
  }
  return changed
}
