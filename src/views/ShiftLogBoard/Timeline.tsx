import React from 'react'

import type { TimelineRow } from './types'
import { hourOfDay, statusName } from './labels'

const pct = (hours: number) => `${((hours / 24) * 100).toFixed(3)}%`
const hh = (h: number) => String(h).padStart(2, '0')

/**
 * Today's shifts per post on a 24-hour line, each coloured by its log's status, with a red line
 * at the present. Drawn in SVG: positions are attributes, colours come from the stylesheet.
 */
export const Timeline: React.FC<{ rows: TimelineRow[]; nowISO: string; timezone: string }> = ({
  rows,
  nowISO,
  timezone,
}) => {
  const now = hourOfDay(nowISO, timezone)
  return (
    <section className="shift-board__box" data-testid="timeline">
      <h3 className="shift-board__box-title">今日班次 Today’s shifts</h3>
      {rows.map((row) => (
        <div key={row.post} className="shift-timeline__row">
          <div className="shift-timeline__post">{row.label}</div>
          <svg className="shift-timeline__track" role="img" aria-label={row.label}>
            {row.shifts.map((s) => {
              const status = row.logs.find((l) => l.shift === s.code)?.status
              const name = statusName(status)
              return (
                <svg key={s.code} x={pct(s.start)} width={pct(s.end - s.start)} height="100%">
                  <title>{`${s.code} ${name ? `${name.zh} ${name.en}` : '未开班 Not started'}`}</title>
                  <rect
                    className={`shift-timeline__bar shift-status--${status ?? 'none'}`}
                    width="100%"
                    height="100%"
                  />
                  <text className="shift-timeline__text" x="5" y="17">
                    {hh(s.start)}–{hh(s.end)} {name?.zh ?? ''}
                  </text>
                </svg>
              )
            })}
            <line className="shift-timeline__now" x1={pct(now)} x2={pct(now)} y1="0" y2="100%" />
          </svg>
        </div>
      ))}
    </section>
  )
}
