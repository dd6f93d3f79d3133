import React from 'react'

import { ENTRY_KINDS } from '@/domain/shiftLogs/entries'

import { hhmm } from './labels'
import type { BoardEntry } from './types'

const important = (e: BoardEntry) => e.priority === 'high' || e.kind === 'incident'

/** A log's entries, oldest first; incidents and important entries stand out. */
export const EntryTable: React.FC<{ entries: BoardEntry[]; timezone: string }> = ({
  entries,
  timezone,
}) =>
  entries.length === 0 ? (
    <p className="shift-board__muted">尚无记录 · No entries yet.</p>
  ) : (
    <table className="shift-entries">
      <tbody>
        {entries.map((e, i) => (
          <tr
            key={e.id ?? i}
            className={`shift-entries__row${important(e) ? ' shift-entries__row--important' : ''}`}
          >
            <td className="shift-entries__time">{hhmm(e.at, timezone)}</td>
            <td className="shift-entries__kind">
              {ENTRY_KINDS[e.kind as keyof typeof ENTRY_KINDS]?.zh ?? e.kind}
            </td>
            <td>
              {e.priority === 'high' && <strong className="shift-entries__flag">【重要】</strong>}
              {[
                e.text,
                e.name,
                e.plate,
                e.items,
                e.ownerConfirmedBy && `业主确认：${e.ownerConfirmedBy}`,
              ]
                .filter(Boolean)
                .join(' · ')}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
