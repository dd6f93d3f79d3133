import type { CollectionBeforeOperationHook } from 'payload'

import { isEngineerOnly } from '@/access/workOrders'
import { fieldsChangedByUpdate } from '@/lib/changedFields'
import { forbidden } from '@/lib/errors'

/** What an engineer records on site through the form; everything else goes through the actions. */
export const ENGINEER_FIELDS = ['materials', 'engineerNotes']

const IGNORED = new Set(['id', 'createdAt', 'updatedAt', 'actions'])

/**
 * beforeOperation: an engineer changes only the on-site fields of their own orders (row-level
 * access limits which orders); they cannot reassign, reprice or edit the registration. The admin
 * form sends every field back, so only fields whose value differs count as a change.
 */
export const restrictEngineerToOnSite: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  if (req.context?.serverWrite === true || !isEngineerOnly(req.user)) return args
  if (operation === 'create' || operation === 'delete') {
    throw forbidden('维修员不能新建或删除工单 / Engineers do not create or delete work orders')
  }
  if (operation !== 'update') return args
  const data = (args as { data?: Record<string, unknown> }).data ?? {}
  const others = Object.keys(data).filter(
    (key) => !ENGINEER_FIELDS.includes(key) && !IGNORED.has(key),
  )
  if (others.length === 0) return args
  const changed = await fieldsChangedByUpdate({
    args,
    collection: collection.slug,
    fields: others,
    overrideAccess: overrideAccess === true,
    req,
  })
  if (changed.length > 0) {
    throw forbidden(
      `维修员只能填写现场记录 / Engineers record only on-site work, not: ${changed.join(', ')}`,
    )
  }
  return args
}
