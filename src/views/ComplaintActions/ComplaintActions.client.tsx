'use client'

import { Button, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useState } from 'react'

import { DEPARTMENTS } from '@/domain/complaints/categories'
import { ACTIONS } from '@/domain/complaints/statusMachine'
import type { Role } from '@/domain/roles'
import { rolesOf } from '@/domain/roles'

type Doc = {
  status?: string
  channel?: string
  writtenReply?: string | null
  severity?: string
  returnVisitRequired?: boolean
  verifiedAt?: string | null
}

type StaffOption = { id: number | string; name: string }

const box: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: 12,
  marginBottom: 12,
}
const input: React.CSSProperties = { width: '100%', marginBottom: 8, padding: 6 }

/**
 * The complaint's actions in the edit view: dispatch, verify, start, resolve, close, severity —
 * each a POST to `/api/complaints/:id/actions/:action`, where the server decides. The panel only
 * offers what the status allows; the server refuses anything else.
 */
export const ComplaintActions: React.FC = () => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const doc = (savedDocumentData ?? {}) as Doc
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [handlers, setHandlers] = useState<StaffOption[]>([])
  const [form, setForm] = useState<Record<string, string>>({ department: 'customer-service' })
  const set =
    (key: string) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setForm((f) => ({ ...f, [key]: e.target.value }))

  useEffect(() => {
    if (!id || (doc.status !== 'registered' && doc.status !== 'reopened')) return
    const roles = [
      'cs-clerk',
      'dispatcher',
      'site-captain',
      'site-manager',
      'property-manager',
      'director',
    ]
    const query = roles.map((r, i) => `where[roles][in][${i}]=${r}`).join('&')
    fetch(`${api}/users?${query}&limit=100&depth=0&sort=name`, { credentials: 'include' })
      .then((r) => r.json())
      .then((r: { docs?: StaffOption[] }) => setHandlers(r.docs ?? []))
      .catch(() => setHandlers([]))
  }, [api, id, doc.status])

  if (!id) return null

  const act = async (action: string, body: Record<string, unknown> = {}) => {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${api}/complaints/${id}/actions/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = (await res.json()) as {
        errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }>
      }
      if (!res.ok) {
        const error = json.errors?.[0]
        setMessage(error?.data?.errors?.[0]?.message ?? error?.message ?? `HTTP ${res.status}`)
      } else {
        setMessage('已保存 / Saved')
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }

  const iso = (local?: string) => (local ? new Date(local).toISOString() : undefined)
  const roles = rolesOf(user as { roles?: unknown } | null)
  const may = (action: keyof typeof ACTIONS) =>
    roles.some((role) => (ACTIONS[action].roles as readonly Role[]).includes(role))
  const isManager = roles.some((r) => ['site-manager', 'property-manager', 'director'].includes(r))
  const status = doc.status ?? 'registered'
  const open = ['registered', 'dispatched', 'in-progress', 'reopened'].includes(status)
  const closable =
    status === 'return-visit' || (status === 'resolved' && doc.returnVisitRequired === false)

  return (
    <div style={{ marginBottom: 24 }}>
      <h4 style={{ marginBottom: 8 }}>投诉处理 · Actions</h4>
      {message && <p style={{ color: 'var(--theme-elevation-800)' }}>{message}</p>}

      {(status === 'registered' || status === 'reopened') && may('dispatch') && (
        <div style={box}>
          <strong>派单 Dispatch</strong>
          <select style={input} value={form.department} onChange={set('department')}>
            {Object.entries(DEPARTMENTS).map(([value, l]) => (
              <option key={value} value={value}>
                {l.zh} {l.en}
              </option>
            ))}
          </select>
          <select style={input} value={form.handler ?? ''} onChange={set('handler')}>
            <option value="">处理人 Handler…</option>
            {handlers.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
          <label>处理期限 Deadline</label>
          <input
            style={input}
            type="datetime-local"
            value={form.deadline ?? ''}
            onChange={set('deadline')}
          />
          {doc.severity === 'major' && (
            <>
              <label>承诺答复时间 Reply promised</label>
              <input
                style={input}
                type="datetime-local"
                value={form.replyPromisedAt ?? ''}
                onChange={set('replyPromisedAt')}
              />
            </>
          )}
          <Button
            disabled={busy}
            onClick={() =>
              act('dispatch', {
                department: form.department,
                handler: form.handler,
                deadline: iso(form.deadline),
                ...(form.replyPromisedAt ? { replyPromisedAt: iso(form.replyPromisedAt) } : {}),
              })
            }
          >
            派单 Dispatch
          </Button>
        </div>
      )}

      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        {open && !doc.verifiedAt && (
          <Button buttonStyle="secondary" disabled={busy} onClick={() => act('verify')}>
            已核实 Verified
          </Button>
        )}
        {status === 'dispatched' && (
          <Button disabled={busy} onClick={() => act('start')}>
            开始处理 Start
          </Button>
        )}
      </div>

      {status === 'in-progress' && may('resolve') && (
        <div style={box}>
          <strong>处理完成（部门负责人签认）Resolve and sign</strong>
          <textarea
            style={input}
            rows={3}
            placeholder="处理结果 Result"
            value={form.result ?? ''}
            onChange={set('result')}
          />
          {doc.channel === 'letter' && (
            <textarea
              style={input}
              rows={4}
              placeholder="书面答复 Written reply"
              value={form.writtenReply ?? ''}
              onChange={set('writtenReply')}
            />
          )}
          <Button
            disabled={busy}
            onClick={() => act('resolve', { result: form.result, writtenReply: form.writtenReply })}
          >
            签认完成 Resolve
          </Button>
        </div>
      )}

      {closable && may('close') && (
        <Button disabled={busy} onClick={() => act('close')}>
          销项 Close
        </Button>
      )}

      {isManager && status !== 'closed' && (
        <div style={box}>
          <strong>调整严重程度 Severity</strong>
          <select style={input} value={form.severity ?? ''} onChange={set('severity')}>
            <option value="">—</option>
            <option value="major">重大 Major</option>
            <option value="general">一般 General</option>
          </select>
          <input
            style={input}
            placeholder="理由 Reason"
            value={form.reason ?? ''}
            onChange={set('reason')}
          />
          <Button
            buttonStyle="secondary"
            disabled={busy}
            onClick={() => act('severity', { severity: form.severity, reason: form.reason })}
          >
            保存 Save
          </Button>
        </div>
      )}

      <p>
        <a href={`${api}/complaints/${id}/slip.pdf`} target="_blank" rel="noreferrer">
          打印投诉处理单 Print slip
        </a>
        {doc.writtenReply && (
          <>
            {' · '}
            <a href={`${api}/complaints/${id}/reply.pdf`} target="_blank" rel="noreferrer">
              打印书面回复 Print reply
            </a>
          </>
        )}
      </p>
    </div>
  )
}
