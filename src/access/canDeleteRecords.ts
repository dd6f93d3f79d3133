import type { Access } from 'payload'

import { hasRole } from './hasRole'

/**
 * Case records and their reports are evidence: only the director (or the administrator) removes
 * one. Complaints, work orders, return visits, reports, violations and the price list share it.
 */
export const canDeleteRecords: Access = ({ req: { user } }) => hasRole(user, 'director', 'admin')
