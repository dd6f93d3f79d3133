'use client'

import React from 'react'

import { ActionsPanel } from '../WorkflowActions/ActionsPanel.client'
import { useWorkflowActions } from '../WorkflowActions/useWorkflowActions.client'
import { postName, shiftName } from './labels'
import type { BoardLog } from './types'

/** One accepted log waiting for the manager: a link to it and what the server offers (review). */
const ReviewRow: React.FC<{ log: BoardLog }> = ({ log }) => {
  const state = useWorkflowActions('shift-logs', log.id, log.updatedAt)
  return (
    <li className="shift-review__row" data-testid={`review-${log.id}`}>
      <div className="shift-review__head">
        <a href={`/admin/collections/shift-logs/${log.id}`}>
          {log.shiftDate} {postName(log.post)} {shiftName(log.shift)}
        </a>
        <span className="shift-review__summary">{log.summary}</span>
      </div>
      <ActionsPanel state={state} panelId={`shift-review-${log.id}`} hideStatus emptyText="—" />
    </li>
  )
}

/** Yesterday's and older accepted logs, for the manager's signature (审核). */
export const AwaitingReview: React.FC<{ logs: BoardLog[] }> = ({ logs }) => (
  <section className="shift-board__box" data-testid="awaiting-review">
    <h3 className="shift-board__box-title">待审核（昨日及以前）Awaiting the manager’s signature</h3>
    {logs.length === 0 ? (
      <p className="shift-board__muted">无 None</p>
    ) : (
      <ul className="shift-review">
        {logs.map((log) => (
          <ReviewRow key={log.id} log={log} />
        ))}
      </ul>
    )}
  </section>
)
