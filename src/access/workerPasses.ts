import type { Access } from 'payload'

import { MANAGER_ROLES } from '@/domain/roles'
import { slugs } from '@/slugs'

import { hasRole, readsAsRole } from './hasRole'
import { isWorkflowWrite } from './isWorkflowWrite'

/**
 * 装修工人临时出入证 (DOMAIN.md → front desk): the desk issues passes, the guards check them at
 * the gate and take them back, the captain and the managers oversee. Engineers, the dispatcher and
 * the document controller have no business with them.
 */
const ISSUERS = ['cs-clerk', ...MANAGER_ROLES, 'admin'] as const
const READERS = [...ISSUERS, 'security-guard', 'site-captain'] as const

export const canReadWorkerPasses: Access = ({ req: { user } }) => readsAsRole(user, ...READERS)

export const canIssueWorkerPasses: Access = ({ req: { user } }) => hasRole(user, ...ISSUERS)

/**
 * The desk corrects a pass it issued; a guard or the captain changes one only through the
 * `return` action (the planner says who may take it).
 */
export const canUpdateWorkerPasses: Access = ({ req: { user, context } }) =>
  hasRole(user, ...ISSUERS) ||
  (hasRole(user, ...READERS) && isWorkflowWrite(context, slugs.workerPasses))
