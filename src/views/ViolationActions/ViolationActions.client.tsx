'use client'

import { Button } from '@payloadcms/ui'
import React, { useState } from 'react'

import { panelBox, panelInput, useDocumentAction } from '../shared/useDocumentAction.client'

const NOTICES = [
  ['rectification', '整改通知书'],
  ['payment-reminder', '催缴通知书'],
  ['public', '公告'],
] as const

/** Who issues notices (the server decides; this only hides buttons that would be refused). */
const ISSUERS = ['site-captain', 'site-manager', 'property-manager', 'director']

const RECORDABLE = [
  ['persuasion', '劝阻教育 Persuasion'],
  ['talk', '约谈 Talk'],
  ['rectification', '限期整改 Rectification'],
  ['payment-reminder', '催缴通知 Payment reminder'],
] as const

/**
 * A violation's actions in its edit view: record a measure, confirm rectification, record a
 * payment, resolve; issue notices (`POST /api/violations/:id/notices`, then open the PDF) and print
 * those issued (`GET …/notice.pdf`, which only reads). The server decides who may and what is
 * missing.
 */
export const ViolationActions: React.FC = () => {
  const { id, doc, roles, api, act, busy, message, form, set } = useDocumentAction('violations')
  if (!id) return null
  const status = String(doc.status ?? 'open')
  const notice = (type: string) => `${api}/violations/${id}/notice.pdf?type=${type}`
  const [issueMessage, setIssueMessage] = useState<string | null>(null)
  const issue = async (type: string) => {
    setIssueMessage(null)
    const res = await fetch(`${api}/violations/${id}/notices`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ type }),
    })
    const json = (await res.json()) as {
      message?: string
      errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }>
    }
    if (!res.ok) {
      const error = json.errors?.[0]
      setIssueMessage(error?.data?.errors?.[0]?.message ?? error?.message ?? `HTTP ${res.status}`)
      return
    }
    setIssueMessage(json.message ?? '已签发 / Issued')
    window.open(notice(type), '_blank', 'noreferrer')
  }
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
      {roles.some((role) => ISSUERS.includes(role)) && (
        <div style={panelBox}>
          <strong>签发通知 Issue a notice</strong>
          {issueMessage && <p>{issueMessage}</p>}
          {NOTICES.map(([type, text]) => (
            <Button key={type} buttonStyle="secondary" size="small" onClick={() => issue(type)}>
              签发{text}
            </Button>
          ))}
        </div>
      )}
      <p style={{ fontSize: 12 }}>
        打印已签发 Print issued:{' '}
        {NOTICES.map(([type, text], i) => (
          <React.Fragment key={type}>
            {i > 0 && ' · '}
            <a href={notice(type)} target="_blank" rel="noreferrer">
              {text}
            </a>
          </React.Fragment>
        ))}
      </p>
    </div>
  )
}
