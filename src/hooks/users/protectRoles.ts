import type { CollectionBeforeOperationHook, Where } from 'payload'

import { roleChangeProblem } from '@/domain/roleChanges'
import { rolesOf } from '@/domain/roles'
import { forbidden } from '@/lib/errors'

/**
 * beforeOperation: a role change by someone not entitled to it is refused with 403 and nothing is
 * saved. It runs before field access, which would otherwise drop `roles` silently with a 200.
 * Covers create, update by id and bulk update. Server code without a user (seed, first
 * registration) is trusted.
 */
export const protectRoles: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const actor = req.user
  const data = (args as { data?: { roles?: unknown } }).data
  if (!actor || !data || !('roles' in data)) return args
  if (operation !== 'create' && operation !== 'update') return args

  const check = (targetId: string | number | undefined, before: unknown) => {
    const problem = roleChangeProblem({
      actorRoles: rolesOf(actor),
      actorId: actor.id,
      targetId,
      before: rolesOf({ roles: before }),
      after: rolesOf(data),
    })
    if (problem) throw forbidden(problem)
  }

  if (operation === 'create') {
    check(undefined, [])
    return args
  }
  const { id, where } = args as { id?: string | number; where?: Where }
  const targets = await req.payload.find({
    collection: collection.slug,
    where: id !== undefined ? { id: { equals: id } } : (where ?? {}),
    depth: 0,
    pagination: false,
    select: { roles: true },
    req,
  })
  for (const target of targets.docs) check(target.id, (target as { roles?: unknown }).roles)
  return args
}
