import { STATUS_LABELS } from '@/domain/complaints/statusMachine'
import type { HeadedDepartment } from '@/domain/designations'
import { HEADED_DEPARTMENTS } from '@/domain/designations'
import type { Labels } from '@/domain/workflow'
import { WORK_ORDER_STATUSES } from '@/domain/workOrders/rules'

/**
 * Chinese names of the statuses the dashboard lists, per collection: the same word means different
 * things in two workflows (a complaint `dispatched` is 已派单, a work order 已派工).
 */
const STATUSES: Record<string, Readonly<Record<string, Labels>>> = {
  complaints: STATUS_LABELS,
  'work-orders': WORK_ORDER_STATUSES,
}

export const statusName = (collection: string, status: string | null | undefined) =>
  STATUSES[collection]?.[status ?? '']?.zh ?? status ?? ''

export const SEVERITY_NAMES: Record<string, string> = { general: '一般', major: '重大' }

/** A department's Chinese name (users → 部门, office settings → 部门负责人). */
export const departmentName = (key: string) =>
  HEADED_DEPARTMENTS[key as HeadedDepartment]?.zh ?? key
