import type { FieldAccess } from 'payload'

import { hasRole } from './hasRole'

/**
 * A robot's URL and signing secret: whoever holds them can post into the office's group chats
 * as the office. The administrator alone reads and writes them; a manager's value is dropped.
 */
export const isAdminField: FieldAccess = ({ req: { user } }) => hasRole(user, 'admin')
