'use client'

import { Button, ConfirmationModal, useModal } from '@payloadcms/ui'
import React, { useState } from 'react'

import type { AvailableAction } from '@/domain/workflow'

import { ActionForm, buttonStyleOf } from './ActionForm.client'
import type { WorkflowActionsState } from './useWorkflowActions.client'
import { bi } from './values'

import './WorkflowActions.scss'

type Props = {
  /** From `useWorkflowActions`: the panel can share it with another form on the same case. */
  state: WorkflowActionsState
  /** Unique in the page (ids of inputs and the confirmation modal derive from it). */
  panelId: string
  /** Actions drawn elsewhere (the shift board's richer entry form takes `add-entry`). */
  exclude?: readonly string[]
  /** Hide the status line (where the page shows it already). */
  hideStatus?: boolean
  /** Shown when the server offers nothing. */
  emptyText?: React.ReactNode
  children?: React.ReactNode
}

/**
 * The actions the server offers on one case now, one button each. An action with inputs opens
 * its small form; one with `confirm` asks first. What may be done comes from
 * `GET …/:id/actions` only: the panel holds no rule of its own.
 */
export const ActionsPanel: React.FC<Props> = ({
  state,
  panelId,
  exclude = [],
  hideStatus,
  emptyText = '当前无可办理的操作 · Nothing to do now',
  children,
}) => {
  const { data, loading, loadError, busy, message, run, clearMessage } = state
  const [open, setOpen] = useState<string | null>(null)
  const [pending, setPending] = useState<{
    action: AvailableAction
    body: Record<string, unknown>
  } | null>(null)
  const { openModal } = useModal()
  const confirmSlug = `${panelId}-confirm`

  const take = async (action: AvailableAction, body: Record<string, unknown>) => {
    if (action.confirm) {
      setPending({ action, body })
      openModal(confirmSlug)
      return
    }
    if (await run(action.key, body)) setOpen(null)
  }

  const actions = (data?.actions ?? []).filter((a) => !exclude.includes(a.key))
  const opened = actions.find((a) => a.key === open)

  return (
    <div className="workflow-actions" data-testid="workflow-actions" data-panel={panelId}>
      {!hideStatus && data && (
        <p className="workflow-actions__status">
          状态 Status：
          <span
            className={`workflow-actions__badge workflow-actions__badge--${data.status}`}
            data-testid="workflow-status"
          >
            {bi(data.statusLabel)}
          </span>
        </p>
      )}
      {loading && <p className="workflow-actions__muted">加载中 Loading…</p>}
      {loadError && (
        <p className="workflow-actions__message workflow-actions__message--error" role="alert">
          {loadError}
        </p>
      )}
      {message && (
        <p
          className={`workflow-actions__message workflow-actions__message--${message.tone}`}
          role={message.tone === 'error' ? 'alert' : 'status'}
        >
          {message.text}
          <button
            type="button"
            className="workflow-actions__dismiss"
            aria-label="关闭 Dismiss"
            onClick={clearMessage}
          >
            ×
          </button>
        </p>
      )}
      {data && actions.length === 0 && <p className="workflow-actions__muted">{emptyText}</p>}
      {actions.length > 0 && (
        <div className="workflow-actions__buttons">
          {actions.map((action) => (
            <Button
              key={action.key}
              buttonStyle={
                action.inputs.length > 0 && open === action.key
                  ? 'primary'
                  : buttonStyleOf(action.tone)
              }
              size="small"
              margin={false}
              disabled={busy !== null}
              onClick={() =>
                action.inputs.length > 0
                  ? setOpen((o) => (o === action.key ? null : action.key))
                  : void take(action, {})
              }
              extraButtonProps={{
                'data-action': action.key,
                'aria-expanded': action.inputs.length > 0 ? open === action.key : undefined,
              }}
            >
              {bi(action.label)}
              {action.inputs.length > 0 ? ' …' : ''}
            </Button>
          ))}
        </div>
      )}
      {opened && (
        <ActionForm
          key={opened.key}
          formId={`${panelId}-${opened.key}`}
          action={opened}
          busy={busy !== null}
          error={
            message?.tone === 'error' && message.action === opened.key
              ? { text: message.text, field: message.field }
              : undefined
          }
          onSubmit={(body) => void take(opened, body)}
          onCancel={() => setOpen(null)}
        />
      )}
      {children}
      <ConfirmationModal
        modalSlug={confirmSlug}
        heading={pending ? bi(pending.action.label) : ''}
        body={
          pending?.action.confirm ? (
            <p>
              {pending.action.confirm.zh}
              <br />
              {pending.action.confirm.en}
            </p>
          ) : null
        }
        confirmLabel="确定 Confirm"
        cancelLabel="取消 Cancel"
        onCancel={() => setPending(null)}
        onConfirm={async () => {
          if (!pending) return
          const ok = await run(pending.action.key, pending.body)
          setPending(null)
          if (ok) setOpen(null)
        }}
      />
    </div>
  )
}
