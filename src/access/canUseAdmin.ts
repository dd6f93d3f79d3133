import type { PayloadRequest } from 'payload'

import { rolesOf } from '@/domain/roles'

/** The admin panel is for staff holding at least one role. */
export const canUseAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  rolesOf(user).length > 0
