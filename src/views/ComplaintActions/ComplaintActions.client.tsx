'use client'

import { Button } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { DEPARTMENTS } from '@/domain/complaints/categories'
import { ACTIONS } from '@/domain/complaints/statusMachine'
import type { Role } from '@/domain/roles'

import { panelBox, panelInput, useDocumentAction } from '../shared/useDocumentAction.client'

type Doc = {
  status?: string
  channel?: string
  writtenReply?: string | null
  severity?: string
  returnVisitRequired?: boolean
  verifiedAt?: string | null
}

type StaffOption = { id: number | string; name: string }

/**
 * The complaint's actions in the edit view: dispatch, verify, start, resolve, close, severity —
 * each a POST to `/api/complaints/:id/actions/:action`, where the server decides. The panel only
 * offers what the status allows; the server refuses anything else.
 */
export const ComplaintActions: React.FC = () => {
  const {
    id,
    doc: saved,
    roles,
    api,
    act,
    busy,
    message,
    form,
    set,
  } = useDocumentAction('complaints')
  const doc = saved as Doc
  const [handlers, setHandlers] = useState<StaffOption[]>([])
  const department = form.department ?? 'customer-service'

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

  const iso = (local?: string) => (local ? new Date(local).toISOString() : undefined)
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
        <div style={panelBox}>
          <strong>派单 Dispatch</strong>
          <select style={panelInput} value={department} onChange={set('department')}>
            {Object.entries(DEPARTMENTS).map(([value, l]) => (
              <option key={value} value={value}>
                {l.zh} {l.en}
              </option>
            ))}
          </select>
          <select style={panelInput} value={form.handler ?? ''} onChange={set('handler')}>
            <option value="">处理人 Handler…</option>
            {handlers.map((h) => (
              <option key={h.id} value={h.id}>
                {h.name}
              </option>
            ))}
          </select>
          <label>处理期限 Deadline</label>
          <input
            style={panelInput}
            type="datetime-local"
            value={form.deadline ?? ''}
            onChange={set('deadline')}
          />
          {doc.severity === 'major' && (
            <>
              <label>承诺答复时间 Reply promised</label>
              <input
                style={panelInput}
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
                department,
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
        <div style={panelBox}>
          <strong>处理完成（部门负责人签认）Resolve and sign</strong>
          <textarea
            style={panelInput}
            rows={3}
            placeholder="处理结果 Result"
            value={form.result ?? ''}
            onChange={set('result')}
          />
          {doc.channel === 'letter' && (
            <textarea
              style={panelInput}
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
        <div style={panelBox}>
          <strong>调整严重程度 Severity</strong>
          <select style={panelInput} value={form.severity ?? ''} onChange={set('severity')}>
            <option value="">—</option>
            <option value="major">重大 Major</option>
            <option value="general">一般 General</option>
          </select>
          <input
            style={panelInput}
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
