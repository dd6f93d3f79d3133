'use client'

import React from 'react'

import { ActionsPanel } from '../WorkflowActions/ActionsPanel.client'
import { useWorkflowActions } from '../WorkflowActions/useWorkflowActions.client'
import { EntryForm } from './EntryForm.client'
import { EntryTable } from './EntryTable'
import { postName, shiftName, statusName } from './labels'
import type { BoardLog } from './types'

const ADD_ENTRY = 'add-entry'

/** What was handed over: the summary and the open matters, for the person taking over. */
const Handover: React.FC<{ log: BoardLog }> = ({ log }) => (
  <div className="shift-log__handover" data-testid="handover-summary">
    <p>
      <strong>交班小结 Summary：</strong>
      {log.summary}
    </p>
    {(log.openItems ?? []).length > 0 && (
      <ul className="shift-log__open-items">
        {(log.openItems ?? []).map((o, i) => (
          <li key={i}>{[o.kind, o.ref, o.note].filter(Boolean).join(' · ')}</li>
        ))}
      </ul>
    )}
  </div>
)

/**
 * One open log of the post: its entries, the entry form and the handover actions (sign, accept,
 * refuse) — all offered by the server (`GET /api/shift-logs/:id/actions`), none decided here.
 */
export const LogPanel: React.FC<{
  log: BoardLog
  timezone: string
  names: Record<string, string>
}> = ({ log, timezone, names }) => {
  const state = useWorkflowActions('shift-logs', log.id, log.updatedAt)
  const addEntry = state.data?.actions.find((a) => a.key === ADD_ENTRY)
  const status = statusName(log.status)
  const who = (id?: number | null) => (id ? (names[String(id)] ?? String(id)) : '')

  return (
    <section
      className="shift-board__box shift-log"
      data-testid={`log-${log.id}`}
      data-log-id={log.id}
    >
      <h3 className="shift-board__box-title">
        {postName(log.post)} · {log.shiftDate} · {shiftName(log.shift)} ·{' '}
        <span className={`shift-log__status shift-status--${log.status}`} data-testid="log-status">
          {status?.zh} {status?.en}
        </span>
      </h3>
      <p className="shift-board__muted">
        当班 On duty：{who(log.onDuty)}
        {log.signedBy ? ` · 交班 Signed by：${who(log.signedBy)}` : ''}
      </p>
      {log.status === 'refused' && (
        <p className="shift-log__refused">拒收原因 Refused：{log.refusalReason}</p>
      )}

      <EntryTable entries={log.entries ?? []} timezone={timezone} />
      {addEntry && <EntryForm logId={log.id} action={addEntry} state={state} />}
      {log.status === 'signed' && <Handover log={log} />}

      <div className="shift-log__actions" data-testid="handover">
        <strong>交接 Handover</strong>
        <ActionsPanel
          state={state}
          panelId={`shift-log-${log.id}`}
          exclude={[ADD_ENTRY]}
          hideStatus
          emptyText={
            log.status === 'signed'
              ? '等待接班人接收 · Waiting for the incoming person.'
              : '当前无可办理的交接操作 · No handover action for you now.'
          }
        />
      </div>
    </section>
  )
}
