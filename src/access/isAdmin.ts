import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** The system administrator only. */
export const isAdmin: Access = ({ req: { user } }) => hasRole(user, 'admin')
