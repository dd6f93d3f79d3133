import type { Access } from 'payload'

import { rolesOf } from '@/domain/roles'

/** Any signed-in member of staff holding at least one role. */
export const isStaff: Access = ({ req: { user } }) => rolesOf(user).length > 0
