import type { UIField } from 'payload'

import type { BilingualLabel } from '@/i18n/label'
import { label } from '@/i18n/label'

/**
 * The workflow's actions panel in a case's sidebar: the status and what the server offers this
 * user now (`GET /api/<collection>/:id/actions`), each action with the inputs it declares. For a
 * collection whose endpoints include `workflowEndpoints(caseType)`.
 */
export const workflowActionsField = (
  { zh, en }: BilingualLabel = { zh: '办理', en: 'Actions' },
): UIField => ({
  name: 'actions',
  type: 'ui',
  label: label(zh, en),
  admin: {
    position: 'sidebar',
    components: { Field: '@/views/WorkflowActions/WorkflowActions.client#WorkflowActions' },
  },
})
