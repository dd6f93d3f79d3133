import type { Access } from 'payload'

import { hasRole } from './hasRole'

/** Removing a customer's archive is a manager's decision. */
export const canDeleteResidents: Access = ({ req: { user } }) =>
  hasRole(user, 'director', 'property-manager', 'admin')
