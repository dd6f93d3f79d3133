'use client'

import React from 'react'

import { AwaitingReview } from './AwaitingReview.client'
import { LogPanel } from './LogPanel.client'
import { StartShift } from './StartShift.client'
import { Timeline } from './Timeline'
import type { BoardLog, TimelineRow } from './types'

import './Board.scss'

/**
 * The board's interactive part: the timeline, a button to open the running shift's log, the
 * post's open logs (entries and handover) and, for managers, the logs awaiting review. What may
 * be done on a log comes from its `GET /api/shift-logs/:id/actions`.
 */
export const Board: React.FC<{
  post: string
  posts: Array<{ value: string; label: string }>
  isManager: boolean
  nowISO: string
  timezone: string
  today: string
  timeline: TimelineRow[]
  runningShift: { shiftDate: string; code: string } | null
  currentExists: boolean
  active: BoardLog[]
  awaitingReview: BoardLog[]
  names: Record<string, string>
}> = (props) => (
  <div className="shift-board" data-testid="shift-board">
    <h1 className="shift-board__title">
      交接班看板 <span className="shift-board__subtitle">Shift-log board</span>
    </h1>
    <p className="shift-board__muted">{props.today}</p>
    {props.posts.length > 1 && (
      <nav className="shift-board__posts">
        {props.posts.map((p) => (
          <a
            key={p.value}
            href={`?post=${p.value}`}
            className={p.value === props.post ? 'shift-board__post--current' : undefined}
            aria-current={p.value === props.post ? 'page' : undefined}
          >
            {p.label}
          </a>
        ))}
      </nav>
    )}

    <Timeline rows={props.timeline} nowISO={props.nowISO} timezone={props.timezone} />

    {!props.currentExists && props.runningShift && <StartShift post={props.post} />}

    {props.active.map((log) => (
      <LogPanel key={log.id} log={log} timezone={props.timezone} names={props.names} />
    ))}

    {props.isManager && <AwaitingReview logs={props.awaitingReview} />}
  </div>
)
