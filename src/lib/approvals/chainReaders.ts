import type { PayloadRequest } from 'payload'

import type { Role } from '@/domain/roles'
import { ROLES } from '@/domain/roles'

/**
 * The roles that may read a collection at all: its read access asked as a member of staff holding
 * that one role (what `/api/access` answers, and the generic security suite checks, role by role).
 * A row-level answer (a `where`) counts as reading: such a role sees the cases it has a part in.
 */
export const rolesThatMayRead = async (req: PayloadRequest, collection: string) => {
  const read =
    req.payload.collections[collection as keyof typeof req.payload.collections]?.config.access?.read
  if (!read) return [...ROLES]
  const readers: Role[] = []
  for (const role of ROLES) {
    const user = { id: -1, roles: [role], collection: 'users', email: '' }
    const answer = await read({ req: { ...req, user } as unknown as PayloadRequest })
    if (answer !== false) readers.push(role)
  }
  return readers
}
