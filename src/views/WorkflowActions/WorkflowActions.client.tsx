'use client'

import { useDocumentInfo } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import React from 'react'

import { ActionsPanel } from './ActionsPanel.client'
import { extrasFor } from './extras'
import { useWorkflowActions } from './useWorkflowActions.client'
import { bi } from './values'

/** The field's label as the collection gives it (`label('投诉处理', 'Actions')`). */
const titleOf = (label: unknown) =>
  label && typeof label === 'object' && 'zh' in label && 'en' in label
    ? bi(label as { zh: string; en: string })
    : typeof label === 'string'
      ? label
      : '办理 Actions'

/**
 * The actions panel of a case's edit view, for any collection with a workflow (mounted as a `ui`
 * field: `admin.components.Field`). It shows the status and what the server offers this user now
 * (`GET /api/<collection>/:id/actions`), and the collection's own extras (print links, notices).
 */
export const WorkflowActions: UIFieldClientComponent = ({ field }) => {
  const { id, collectionSlug, savedDocumentData } = useDocumentInfo()
  const state = useWorkflowActions(collectionSlug ?? '', id, savedDocumentData?.updatedAt)
  if (!id || !collectionSlug) return null
  const Extras = extrasFor(collectionSlug)
  return (
    <div className="workflow-actions-field">
      <h4 className="workflow-actions-field__title">{titleOf(field?.label)}</h4>
      <ActionsPanel state={state} panelId={`wf-${collectionSlug}-${id}`} />
      {Extras && <Extras id={id} doc={savedDocumentData ?? {}} />}
    </div>
  )
}
