import type { CollectionBeforeOperationHook } from 'payload'

import { isEngineerOnly } from '@/access/workOrders'
import { forbidden } from '@/lib/errors'
import { SERVER_WRITE } from '@/lib/serverWrite'

/** What an engineer records on site through the form; everything else goes through the actions. */
export const ENGINEER_FIELDS = ['materials', 'engineerNotes']

/**
 * beforeOperation: an engineer touches only the on-site fields of their own orders (row-level
 * access limits which orders); they cannot reassign, reprice or edit the registration.
 */
export const restrictEngineerToOnSite: CollectionBeforeOperationHook = ({
  args,
  operation,
  req,
}) => {
  if (req.context?.[SERVER_WRITE] === true || !isEngineerOnly(req.user)) return args
  if (operation === 'create' || operation === 'delete') {
    throw forbidden('维修员不能新建或删除工单 / Engineers do not create or delete work orders')
  }
  if (operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const other = Object.keys(data).filter((key) => !ENGINEER_FIELDS.includes(key) && key !== 'id')
  if (other.length > 0) {
    throw forbidden(
      `维修员只能填写现场记录 / Engineers record only on-site work, not: ${other.join(', ')}`,
    )
  }
  return args
}
