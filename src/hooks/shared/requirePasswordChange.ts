import type { CollectionBeforeOperationHook } from 'payload'

import type { Where } from 'payload'

import { forbidden } from '@/lib/errors'
import { slugs } from '@/slugs'

/** Whether a `where` keeps to one record: `id equals` it, alone or in an `and`. */
const onlyRecord = (where: Where | undefined, id: number | string): boolean => {
  if (!where) return false
  const equals = (w: Where) =>
    String((w.id as { equals?: unknown } | undefined)?.equals) === String(id)
  return equals(where) || (Array.isArray(where.and) && where.and.some((w) => onlyRecord(w, id)))
}

/**
 * beforeOperation, first in every collection: an account made with a one-time password
 * (`npm run create-admin`) may do nothing but read its own record and change its password until
 * it has done so (`mustChangePassword`, cleared by `clearPasswordChangeRequirement` when a new
 * password is set, by the account page or by the reset mail). Server code passes.
 */
export const requirePasswordChange: CollectionBeforeOperationHook = ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  const user = req.user as { id: number | string; mustChangePassword?: boolean | null } | null
  if (overrideAccess === true || user?.mustChangePassword !== true) return args
  const { id, where } = args as { id?: number | string; where?: Where }
  const ownRecord =
    collection.slug === slugs.users &&
    (operation === 'read' || operation === 'update') &&
    (id !== undefined ? String(id) === String(user.id) : onlyRecord(where, user.id))
  if (ownRecord) return args
  throw forbidden(
    '请先修改一次性密码：在“我的账户”设置新密码 / Change your one-time password first, on your account page',
  )
}
