import type { Access } from 'payload'

import { rolesOf } from '@/domain/roles'

/** Issued notices are read by staff; only the notice endpoint creates them, and nobody changes them. */
export const canReadIssuedNotices: Access = ({ req: { user } }) => rolesOf(user).length > 0
