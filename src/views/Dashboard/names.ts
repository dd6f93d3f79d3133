import { STATUS_LABELS } from '@/domain/complaints/statusMachine'
import { WORK_ORDER_STATUSES } from '@/domain/workOrders/rules'

/** Chinese names of statuses the dashboard lists (complaints and work orders). */
export const STATUS_NAMES: Record<string, string> = Object.fromEntries(
  [...Object.entries(STATUS_LABELS), ...Object.entries(WORK_ORDER_STATUSES)].map(([k, v]) => [
    k,
    v.zh,
  ]),
)

export const SEVERITY_NAMES: Record<string, string> = { general: '一般', major: '重大' }
