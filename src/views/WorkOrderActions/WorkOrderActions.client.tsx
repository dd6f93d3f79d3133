'use client'

import { Button } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { panelBox, panelInput, useDocumentAction } from '../shared/useDocumentAction.client'

type Doc = { status?: string; engineer?: number | { id: number } | null }
type Engineer = { id: number | string; name: string }

const DISPATCHERS = ['dispatcher', 'site-manager', 'property-manager', 'director']

/**
 * The work order's actions in the edit view — dispatch, arrive, finish, not finished — each a POST
 * to `/api/work-orders/:id/actions/:action`; the server decides, this only offers what fits.
 */
export const WorkOrderActions: React.FC = () => {
  const {
    id,
    doc: saved,
    user,
    roles,
    api,
    act,
    busy,
    message,
    form,
    set,
  } = useDocumentAction('work-orders')
  const doc = saved as Doc
  const isDispatcher = roles.some((r) => DISPATCHERS.includes(r))
  const engineerId = typeof doc.engineer === 'object' ? doc.engineer?.id : doc.engineer
  const isAssigned =
    engineerId !== undefined && engineerId !== null && String(engineerId) === String(user?.id)
  const [engineers, setEngineers] = useState<Engineer[]>([])
  const status = doc.status ?? 'registered'

  useEffect(() => {
    if (!id || !isDispatcher || !['registered', 'pending-revisit'].includes(status)) return
    fetch(`${api}/users?where[roles][contains]=engineer&limit=100&depth=0&sort=name`, {
      credentials: 'include',
    })
      .then((r) => r.json())
      .then((r: { docs?: Engineer[] }) => setEngineers(r.docs ?? []))
      .catch(() => setEngineers([]))
  }, [api, id, isDispatcher, status])

  if (!id) return null

  const onSite = isAssigned || isDispatcher

  return (
    <div style={{ marginBottom: 24 }}>
      <h4 style={{ marginBottom: 8 }}>工单处理 · Actions</h4>
      {message && <p>{message}</p>}
      {isDispatcher && (status === 'registered' || status === 'pending-revisit') && (
        <div style={panelBox}>
          <strong>派工 Dispatch</strong>
          <select style={panelInput} value={form.engineer ?? ''} onChange={set('engineer')}>
            <option value="">维修员 Engineer…</option>
            {engineers.map((e) => (
              <option key={e.id} value={e.id}>
                {e.name}
              </option>
            ))}
          </select>
          <Button disabled={busy} onClick={() => act('dispatch', { engineer: form.engineer })}>
            派工 Dispatch
          </Button>
        </div>
      )}
      {onSite && status === 'dispatched' && (
        <Button disabled={busy} onClick={() => act('arrive')}>
          已到场 Arrived
        </Button>
      )}
      {onSite && status === 'on-site' && (
        <>
          <div style={panelBox}>
            <strong>完工 Finish</strong>
            <textarea
              style={panelInput}
              rows={3}
              placeholder="维修结果 Result"
              value={form.result ?? ''}
              onChange={set('result')}
            />
            <input
              style={panelInput}
              placeholder="住户签名（姓名）Resident’s name"
              value={form.residentSignoffName ?? ''}
              onChange={set('residentSignoffName')}
            />
            <input
              style={panelInput}
              placeholder="无法签名的原因 Why not signed"
              value={form.noSignoffReason ?? ''}
              onChange={set('noSignoffReason')}
            />
            <Button
              disabled={busy}
              onClick={() =>
                act('finish', {
                  result: form.result,
                  residentSignoffName: form.residentSignoffName,
                  noSignoffReason: form.noSignoffReason,
                })
              }
            >
              完工 Finish
            </Button>
          </div>
          <div style={panelBox}>
            <strong>未完成 Not finished</strong>
            <input
              style={panelInput}
              placeholder="原因 Reason"
              value={form.reason ?? ''}
              onChange={set('reason')}
            />
            <input
              style={panelInput}
              placeholder="安全处置 Made safe"
              value={form.madeSafe ?? ''}
              onChange={set('madeSafe')}
            />
            <label>下次上门 Next appointment</label>
            <input
              style={panelInput}
              type="datetime-local"
              value={form.nextAppointment ?? ''}
              onChange={set('nextAppointment')}
            />
            <Button
              buttonStyle="secondary"
              disabled={busy}
              onClick={() =>
                act('not-finished', {
                  reason: form.reason,
                  madeSafe: form.madeSafe,
                  nextAppointment: form.nextAppointment
                    ? new Date(form.nextAppointment).toISOString()
                    : undefined,
                })
              }
            >
              登记未完成 Record
            </Button>
          </div>
        </>
      )}
      <p>
        <a href={`${api}/work-orders/${id}/form.pdf`} target="_blank" rel="noreferrer">
          打印维修工作单 Print the form
        </a>
      </p>
    </div>
  )
}
