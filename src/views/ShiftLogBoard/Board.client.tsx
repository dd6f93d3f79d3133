'use client'

import { Button, useConfig } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { SHIFT_LOG_STATUSES } from '@/domain/shiftLogs/actions'
import { ENTRY_KINDS, OWNER_CONFIRM_METHODS } from '@/domain/shiftLogs/entries'
import { SHIFT_LABELS, SHIFT_POSTS } from '@/domain/shiftLogs/shifts'

import { panelBox, panelInput } from '../shared/useDocumentAction.client'

type Entry = {
  id?: string
  at: string
  kind: string
  text?: string | null
  priority?: string | null
  plate?: string | null
  name?: string | null
  items?: string | null
  released?: boolean | null
  ownerConfirmedBy?: string | null
}

export type BoardLog = {
  id: number
  post: string
  shiftDate?: string
  shift?: string
  status: keyof typeof SHIFT_LOG_STATUSES
  startsAt?: string
  endsAt?: string
  onDuty?: number | null
  signedBy?: number | null
  summary?: string | null
  refusalReason?: string | null
  openItems?: Array<{ kind?: string | null; ref?: string | null; note?: string | null }>
  equipment?: Array<{ item: string; outgoingOk?: boolean | null }>
  entries?: Entry[]
}

type TimelineRow = {
  post: string
  label: string
  shifts: Array<{ code: string; start: number; end: number }>
  logs: Array<{ shift: string; status: string }>
}

type ErrorBody = {
  errors?: Array<{ message: string; data?: { errors?: Array<{ message: string; path: string }> } }>
}

const STATUS_COLOURS: Record<string, string> = {
  open: '#4f7cac',
  signed: '#d9822b',
  refused: '#c0392b',
  accepted: '#2e8b57',
  reviewed: '#6b6b6b',
}

const shiftName = (code?: string) => (code ? (SHIFT_LABELS[code]?.zh ?? code) : '')
const postName = (post: string) => SHIFT_POSTS[post as keyof typeof SHIFT_POSTS]?.zh ?? post

const hhmm = (iso: string, timeZone: string) =>
  new Intl.DateTimeFormat('zh-CN', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso))

/** The board's interactive part: every change is a POST to the shift-log action endpoint. */
export const Board: React.FC<{
  userId: number | string
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
}> = (props) => {
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const call = async (path: string, body: Record<string, unknown>) => {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${api}/shift-logs${path}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = (await res.json()) as ErrorBody
      if (!res.ok) {
        const error = json.errors?.[0]
        setMessage(error?.data?.errors?.[0]?.message ?? error?.message ?? `HTTP ${res.status}`)
        return false
      }
      setMessage('已保存 / Saved')
      router.refresh()
      return true
    } finally {
      setBusy(false)
    }
  }

  const now = new Date(props.nowISO)
  const hourNow =
    Number(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: props.timezone,
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(now),
    ) +
    Number(
      new Intl.DateTimeFormat('en-GB', { timeZone: props.timezone, minute: '2-digit' }).format(now),
    ) /
      60

  return (
    <div style={{ paddingBottom: 40 }} data-testid="shift-board">
      <h1 style={{ marginBottom: 4 }}>
        交接班看板 <span style={{ fontSize: 16, opacity: 0.6 }}>Shift-log board</span>
      </h1>
      <p style={{ marginTop: 0, opacity: 0.7 }}>{props.today}</p>
      {props.posts.length > 1 && (
        <p>
          {props.posts.map((p) => (
            <a
              key={p.value}
              href={`?post=${p.value}`}
              style={{ marginRight: 12, fontWeight: p.value === props.post ? 700 : 400 }}
            >
              {p.label}
            </a>
          ))}
        </p>
      )}
      {message && (
        <p role="status" style={{ padding: 8, background: 'var(--theme-elevation-100)' }}>
          {message}
        </p>
      )}

      <section style={panelBox}>
        <h3 style={{ marginTop: 0 }}>今日班次 Today’s shifts</h3>
        {props.timeline.map((row) => (
          <div key={row.post} style={{ display: 'flex', alignItems: 'center', marginBottom: 6 }}>
            <div style={{ width: 130 }}>{row.label}</div>
            <div
              style={{
                position: 'relative',
                flex: 1,
                height: 26,
                background: 'var(--theme-elevation-50)',
              }}
            >
              {row.shifts.map((s) => {
                const log = row.logs.find((l) => l.shift === s.code)
                const status = log?.status
                return (
                  <div
                    key={s.code}
                    title={`${s.code} ${status ? SHIFT_LOG_STATUSES[status as keyof typeof SHIFT_LOG_STATUSES]?.zh : '未开班'}`}
                    style={{
                      position: 'absolute',
                      left: `${(s.start / 24) * 100}%`,
                      width: `calc(${((s.end - s.start) / 24) * 100}% - 2px)`,
                      top: 2,
                      bottom: 2,
                      background: status ? STATUS_COLOURS[status] : 'var(--theme-elevation-150)',
                      color: 'white',
                      fontSize: 11,
                      padding: '3px 4px',
                      overflow: 'hidden',
                      whiteSpace: 'nowrap',
                    }}
                  >
                    {String(s.start).padStart(2, '0')}–{String(s.end).padStart(2, '0')}{' '}
                    {status
                      ? SHIFT_LOG_STATUSES[status as keyof typeof SHIFT_LOG_STATUSES]?.zh
                      : ''}
                  </div>
                )
              })}
              <div
                style={{
                  position: 'absolute',
                  left: `${(hourNow / 24) * 100}%`,
                  top: -2,
                  bottom: -2,
                  width: 2,
                  background: '#c0392b',
                }}
              />
            </div>
          </div>
        ))}
      </section>

      {!props.currentExists && props.runningShift && (
        <section style={panelBox}>
          <p>本班次尚未开班 · This shift has no log yet.</p>
          <Button disabled={busy} onClick={() => call('', { post: props.post })}>
            开始本班 Start this shift
          </Button>
        </section>
      )}

      {props.active.map((log) => (
        <LogPanel
          key={log.id}
          log={log}
          userId={props.userId}
          timezone={props.timezone}
          names={props.names}
          busy={busy}
          call={call}
        />
      ))}

      {props.isManager && (
        <section style={panelBox} data-testid="awaiting-review">
          <h3 style={{ marginTop: 0 }}>待审核（昨日及以前）Awaiting the manager’s signature</h3>
          {props.awaitingReview.length === 0 && <p>无 None</p>}
          {props.awaitingReview.map((log) => (
            <div key={log.id} style={{ display: 'flex', gap: 12, alignItems: 'center' }}>
              <a href={`/admin/collections/shift-logs/${log.id}`}>
                {log.shiftDate} {postName(log.post)} {shiftName(log.shift)}
              </a>
              <span style={{ flex: 1, opacity: 0.7 }}>{log.summary}</span>
              <Button
                buttonStyle="secondary"
                disabled={busy}
                onClick={() => call(`/${log.id}/actions/review`, { note: '已阅' })}
              >
                审核签字 Review
              </Button>
            </div>
          ))}
        </section>
      )}
    </div>
  )
}

const LogPanel: React.FC<{
  log: BoardLog
  userId: number | string
  timezone: string
  names: Record<string, string>
  busy: boolean
  call: (path: string, body: Record<string, unknown>) => Promise<boolean>
}> = ({ log, userId, timezone, names, busy, call }) => {
  const [form, setForm] = useState<Record<string, string>>({ kind: 'event', priority: 'normal' })
  const [released, setReleased] = useState(false)
  const [summary, setSummary] = useState('')
  const [reason, setReason] = useState('')
  const [checks, setChecks] = useState<Record<string, boolean>>({})
  const set =
    (key: string) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setForm((f) => ({ ...f, [key]: e.target.value }))
  const mine = String(log.onDuty) === String(userId)
  const writable = log.status === 'open' || log.status === 'refused'
  const equipment = (log.equipment ?? []).map((e) => ({
    item: e.item,
    ok: checks[e.item] ?? true,
  }))
  const kind = form.kind

  const addEntry = async () => {
    const ok = await call(`/${log.id}/actions/add-entry`, {
      ...form,
      released: kind === 'goods-release' ? released : undefined,
    })
    if (ok) {
      setForm({ kind, priority: 'normal' })
      setReleased(false)
    }
  }

  return (
    <section style={panelBox} data-testid={`log-${log.id}`}>
      <h3 style={{ marginTop: 0 }}>
        {postName(log.post)} · {log.shiftDate} · {shiftName(log.shift)} ·{' '}
        <span style={{ color: STATUS_COLOURS[log.status] }} data-testid="log-status">
          {SHIFT_LOG_STATUSES[log.status]?.zh} {SHIFT_LOG_STATUSES[log.status]?.en}
        </span>
      </h3>
      <p style={{ marginTop: 0, opacity: 0.7 }}>
        当班 On duty：{names[String(log.onDuty)] ?? log.onDuty}
        {log.signedBy ? ` · 交班 Signed by：${names[String(log.signedBy)] ?? log.signedBy}` : ''}
      </p>
      {log.status === 'refused' && (
        <p style={{ color: '#c0392b' }}>拒收原因 Refused：{log.refusalReason}</p>
      )}

      <table style={{ width: '100%', borderCollapse: 'collapse', marginBottom: 12 }}>
        <tbody>
          {(log.entries ?? []).map((e, i) => (
            <tr
              key={e.id ?? i}
              style={{
                background: e.priority === 'high' || e.kind === 'incident' ? '#fdecea' : undefined,
                borderBottom: '1px solid var(--theme-elevation-100)',
              }}
            >
              <td style={{ width: 60 }}>{hhmm(e.at, timezone)}</td>
              <td style={{ width: 110 }}>{ENTRY_KINDS[e.kind as keyof typeof ENTRY_KINDS]?.zh}</td>
              <td>
                {e.priority === 'high' && <strong style={{ color: '#c0392b' }}>【重要】</strong>}
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

      {writable && (
        <div
          style={{ display: 'grid', gridTemplateColumns: 'repeat(4, 1fr)', gap: 8 }}
          data-testid="entry-form"
        >
          <select style={panelInput} value={kind} onChange={set('kind')} name="kind">
            {Object.entries(ENTRY_KINDS).map(([value, l]) => (
              <option key={value} value={value}>
                {l.zh} {l.en}
              </option>
            ))}
          </select>
          <select
            style={panelInput}
            value={form.priority}
            onChange={set('priority')}
            name="priority"
          >
            <option value="normal">一般 Normal</option>
            <option value="high">重要 High</option>
          </select>
          <input
            style={{ ...panelInput, gridColumn: 'span 2' }}
            name="text"
            placeholder="内容 What happened"
            value={form.text ?? ''}
            onChange={set('text')}
          />
          {['visitor', 'mail', 'key', 'pass'].includes(kind) && (
            <input
              style={panelInput}
              name="name"
              placeholder="姓名 Name"
              value={form.name ?? ''}
              onChange={set('name')}
            />
          )}
          {kind === 'vehicle' && (
            <input
              style={panelInput}
              name="plate"
              placeholder="车牌号 Plate"
              value={form.plate ?? ''}
              onChange={set('plate')}
            />
          )}
          {kind === 'pass' && (
            <>
              <input
                style={panelInput}
                name="company"
                placeholder="施工单位 Company"
                value={form.company ?? ''}
                onChange={set('company')}
              />
              <input
                style={panelInput}
                type="date"
                name="validUntil"
                value={form.validUntil ?? ''}
                onChange={set('validUntil')}
              />
            </>
          )}
          {kind === 'goods-release' && (
            <>
              <input
                style={panelInput}
                name="items"
                placeholder="放行物品 Goods"
                value={form.items ?? ''}
                onChange={set('items')}
              />
              <input
                style={panelInput}
                name="carrier"
                placeholder="搬运人 Carrier"
                value={form.carrier ?? ''}
                onChange={set('carrier')}
              />
              <input
                style={panelInput}
                name="ownerConfirmedBy"
                placeholder="业主确认人 Confirmed by"
                value={form.ownerConfirmedBy ?? ''}
                onChange={set('ownerConfirmedBy')}
              />
              <select
                style={panelInput}
                name="ownerConfirmMethod"
                value={form.ownerConfirmMethod ?? ''}
                onChange={set('ownerConfirmMethod')}
              >
                <option value="">确认方式 How confirmed…</option>
                {Object.entries(OWNER_CONFIRM_METHODS).map(([value, l]) => (
                  <option key={value} value={value}>
                    {l.zh}
                  </option>
                ))}
              </select>
              <label>
                <input
                  type="checkbox"
                  checked={released}
                  onChange={(e) => setReleased(e.target.checked)}
                />{' '}
                已放行 Released
              </label>
            </>
          )}
          <Button disabled={busy} onClick={addEntry}>
            添加记录 Add entry
          </Button>
        </div>
      )}

      {writable && mine && (
        <div style={{ marginTop: 12 }} data-testid="handover-sign">
          <strong>交班 Hand over</strong>
          <textarea
            style={panelInput}
            rows={3}
            name="summary"
            placeholder="交班小结 Handover summary"
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
          <Equipment
            items={equipment}
            onChange={(item, ok) => setChecks((c) => ({ ...c, [item]: ok }))}
          />
          <Button
            disabled={busy}
            onClick={() => call(`/${log.id}/actions/sign`, { summary, equipment })}
          >
            交班签字 Sign the handover
          </Button>
        </div>
      )}

      {log.status === 'signed' && (
        <div data-testid="handover-accept">
          <p>
            <strong>交班小结 Summary：</strong>
            {log.summary}
          </p>
          {(log.openItems ?? []).length > 0 && (
            <ul>
              {(log.openItems ?? []).map((o, i) => (
                <li key={i}>
                  {o.kind} · {o.ref} · {o.note}
                </li>
              ))}
            </ul>
          )}
          {String(log.signedBy) === String(userId) ? (
            <p>等待接班人接收 · Waiting for the incoming person.</p>
          ) : (
            <>
              <Equipment
                items={equipment}
                onChange={(item, ok) => setChecks((c) => ({ ...c, [item]: ok }))}
              />
              <Button
                disabled={busy}
                onClick={() => call(`/${log.id}/actions/accept`, { equipment })}
              >
                接班 Accept
              </Button>
              <input
                style={{ ...panelInput, marginTop: 8 }}
                name="reason"
                placeholder="拒收原因 Reason for refusing"
                value={reason}
                onChange={(e) => setReason(e.target.value)}
              />
              <Button
                buttonStyle="secondary"
                disabled={busy}
                onClick={() => call(`/${log.id}/actions/refuse`, { reason })}
              >
                拒收 Refuse
              </Button>
            </>
          )}
        </div>
      )}
    </section>
  )
}

const Equipment: React.FC<{
  items: Array<{ item: string; ok: boolean }>
  onChange: (item: string, ok: boolean) => void
}> = ({ items, onChange }) => (
  <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, margin: '6px 0' }}>
    {items.map((e) => (
      <label key={e.item}>
        <input
          type="checkbox"
          checked={e.ok}
          onChange={(ev) => onChange(e.item, ev.target.checked)}
        />{' '}
        {e.item}
      </label>
    ))}
  </div>
)
