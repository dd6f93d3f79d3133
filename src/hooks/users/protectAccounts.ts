import type { Access, CollectionBeforeOperationHook, PayloadRequest, Where } from 'payload'
import { Forbidden } from 'payload'

import { passwordMatches } from '@/domain/passwordPolicy'
import { roleChangeProblem } from '@/domain/roleChanges'
import { rolesOf } from '@/domain/roles'
import {
  accountChangeProblem,
  accountDeletionProblem,
  MANAGED_FIELDS,
  needsCurrentPassword,
} from '@/domain/users'
import { docFields } from '@/lib/docFields'
import { forbidden, invalidField } from '@/lib/errors'

type Id = string | number
type Stored = { id: Id; roles?: unknown; hash?: unknown; salt?: unknown; [field: string]: unknown }

/** Keys of an update that need the stored account to judge. Anything else is left to access. */
const GUARDED_KEYS = ['roles', 'password', 'email', ...MANAGED_FIELDS]

/**
 * The accounts an update or delete would touch, looked up as the user, within what the
 * collection's own access lets them change: a lookup never answers more than the caller may know.
 */
const targetsOf = async (
  req: PayloadRequest,
  slug: string,
  access: Access | undefined,
  selector: { id?: Id; where?: Where },
): Promise<Stored[]> => {
  const scope = access ? await access({ req, id: selector.id as number | undefined }) : true
  // Refused before any query, with Payload's own answer: an id that exists and one that does not
  // look alike.
  if (scope === false) throw new Forbidden(req.t)
  const target: Where =
    selector.id !== undefined ? { id: { equals: selector.id } } : (selector.where ?? {})
  const where = scope === true ? target : { and: [target, scope] }
  const found = await req.payload.find({
    collection: slug as 'users',
    where,
    depth: 0,
    pagination: false,
    showHiddenFields: true,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs.map(docFields)
}

/**
 * beforeOperation on staff accounts: role, credential and managed-field changes by someone not
 * entitled to them are refused with 403 naming the field, and nothing is saved (field-level
 * access alone would drop the value silently with a 200). Changing your own password or email
 * needs `currentPassword`, checked against the stored hash and never stored.
 * It runs before Payload checks access, so it refuses a request without a user before touching
 * the database, and looks targets up as the user. Server code without a user (seed, jobs,
 * first registration) is trusted.
 */
export const protectAccounts: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const { data, id, where, overrideAccess } = args as {
    data?: Record<string, unknown>
    id?: Id
    where?: Where
    overrideAccess?: boolean
  }
  const currentPassword = data?.currentPassword
  if (data && 'currentPassword' in data) delete data.currentPassword

  if (operation !== 'create' && operation !== 'update' && operation !== 'delete') return args
  const actor = req.user
  if (!actor) {
    if (overrideAccess) return args
    throw new Forbidden(req.t)
  }

  if (operation === 'create') {
    // A new account's initial password and fields are set by whoever may create one.
    const problem =
      data && 'roles' in data
        ? roleChangeProblem({
            actorRoles: rolesOf(actor),
            actorId: actor.id,
            targetId: undefined,
            before: [],
            after: rolesOf(data),
          })
        : null
    if (problem) throw forbidden(problem)
    return args
  }

  if (operation === 'delete') {
    const targets = await targetsOf(req, collection.slug, collection.access.delete, { id, where })
    for (const target of targets) {
      const problem = accountDeletionProblem({ actor, target })
      if (problem) throw forbidden(problem)
    }
    return args
  }

  if (!data || !GUARDED_KEYS.some((key) => key in data)) return args
  const targets = await targetsOf(req, collection.slug, collection.access.update, { id, where })
  for (const target of targets) {
    const problem = accountChangeProblem({ actor, target, data })
    if (problem) throw forbidden(problem.message)
    if (!needsCurrentPassword({ actorId: actor.id, target, data })) continue
    if (typeof currentPassword !== 'string' || currentPassword === '') {
      throw invalidField(
        collection.slug,
        'currentPassword',
        '请输入当前密码 / Enter your current password to change your password or email',
      )
    }
    if (!(await passwordMatches(target, currentPassword))) {
      throw invalidField(
        collection.slug,
        'currentPassword',
        '当前密码不正确 / Wrong current password',
      )
    }
  }
  return args
}
