'use client'

import { Button } from '@payloadcms/ui'
import React from 'react'

import { panelBox, panelInput, useDocumentAction } from '../shared/useDocumentAction.client'

const RECORDABLE = [
  ['persuasion', '劝阻教育 Persuasion'],
  ['talk', '约谈 Talk'],
  ['rectification', '限期整改 Rectification'],
  ['payment-reminder', '催缴通知 Payment reminder'],
] as const

/**
 * A violation's actions in its edit view: record a measure, confirm rectification, record a
 * payment, resolve, and print notices. Each POSTs to `/api/violations/:id/actions/:action`; the
 * server decides who may and what is missing.
 */
export const ViolationActions: React.FC = () => {
  const { id, doc, roles, api, act, busy, message, form, set } = useDocumentAction('violations')
  if (!id) return null
  const status = String(doc.status ?? 'open')
  const notice = (type: string) => `${api}/violations/${id}/notice.pdf?type=${type}`
  return (
    <div style={{ marginBottom: 24 }}>
      <h4 style={{ marginBottom: 8 }}>违章处理 · Actions</h4>
      {message && <p>{message}</p>}
      {status !== 'resolved' && (
        <div style={panelBox}>
          <strong>记录措施 Record a measure</strong>
          <select style={panelInput} value={form.measure ?? ''} onChange={set('measure')}>
            <option value="">措施 Measure…</option>
            {RECORDABLE.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
          <textarea
            style={panelInput}
            rows={2}
            placeholder="结果 Outcome"
            value={form.outcome ?? ''}
            onChange={set('outcome')}
          />
          <input
            style={panelInput}
            type="datetime-local"
            value={form.deadline ?? ''}
            onChange={set('deadline')}
            title="期限 Deadline"
          />
          <input
            style={panelInput}
            placeholder="越级理由 Reason for skipping"
            value={form.skipReason ?? ''}
            onChange={set('skipReason')}
          />
          <Button
            disabled={busy}
            onClick={() =>
              act('record-measure', {
                measure: form.measure,
                outcome: form.outcome,
                deadline: form.deadline ? new Date(form.deadline).toISOString() : undefined,
                skipReason: form.skipReason,
              })
            }
          >
            记录 Record
          </Button>
        </div>
      )}
      {status === 'rectifying' && (
        <Button disabled={busy} onClick={() => act('rectified', { outcome: form.outcome })}>
          整改完成 Rectified
        </Button>
      )}
      {roles.includes('site-captain') && Number(doc.outstanding ?? 0) > 0 && (
        <div style={panelBox}>
          <strong>收款 Record payment（待收 {String(doc.outstanding)} 元）</strong>
          <input
            style={panelInput}
            placeholder="金额 Amount"
            value={form.amount ?? ''}
            onChange={set('amount')}
          />
          <input
            style={panelInput}
            placeholder="收据号 Receipt no."
            value={form.receiptNo ?? ''}
            onChange={set('receiptNo')}
          />
          <Button
            disabled={busy}
            onClick={() =>
              act('record-payment', { amount: Number(form.amount), receiptNo: form.receiptNo })
            }
          >
            记录收款 Record
          </Button>
        </div>
      )}
      {status !== 'resolved' && (
        <div style={panelBox}>
          <strong>结案 Resolve</strong>
          <textarea
            style={panelInput}
            rows={2}
            placeholder="处理结果 Resolution"
            value={form.resolution ?? ''}
            onChange={set('resolution')}
          />
          <Button disabled={busy} onClick={() => act('resolve', { resolution: form.resolution })}>
            结案 Resolve
          </Button>
        </div>
      )}
      <p style={{ fontSize: 12 }}>
        打印 Print:{' '}
        <a href={notice('rectification')} target="_blank" rel="noreferrer">
          整改通知书
        </a>{' '}
        ·{' '}
        <a href={notice('payment-reminder')} target="_blank" rel="noreferrer">
          催缴通知书
        </a>{' '}
        ·{' '}
        <a href={notice('public')} target="_blank" rel="noreferrer">
          公告
        </a>
      </p>
    </div>
  )
}
