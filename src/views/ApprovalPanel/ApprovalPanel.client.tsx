'use client'

import { Button, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useCallback, useEffect, useState } from 'react'

import './ApprovalPanel.scss'

type Step = { key: string; roles: string[]; meaning: string; label: { zh: string; en: string } }
type Entry = {
  id: number
  round: number
  step: number
  meaning: string
  userName?: string
  role?: string
  comment?: string | null
  at: string
  sealValid: boolean
  signsCurrentContent: boolean
}
type History = {
  chain: { key: string; steps: Step[] }
  approval: { status?: string; step?: number; round?: number } | null
  entries: Entry[]
}

const MEANING: Record<string, string> = {
  proposed: '提议 Proposed',
  reviewed: '审核 Reviewed',
  approved: '批准 Approved',
  rejected: '驳回 Rejected',
}

/**
 * The approval chain of the document in its edit view: the steps, where it stands, the signed log
 * (with whether each seal holds and whether it signed the content as it stands), and approve /
 * reject, which POST to `/api/approvals/:collection/:id/:action` with the step shown, so a step
 * someone else took first answers 409 instead of acting twice.
 */
export const ApprovalPanel: React.FC = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [history, setHistory] = useState<History | null>(null)
  const [comment, setComment] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const load = useCallback(() => {
    if (!id) return
    fetch(`${api}/approvals/${collectionSlug}/${id}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((h: History | null) => setHistory(h))
      .catch(() => setHistory(null))
  }, [api, collectionSlug, id])
  useEffect(load, [load])

  if (!id || !history) return null
  const status = history.approval?.status ?? 'none'
  const current = status === 'pending' ? (history.approval?.step ?? 0) : 0

  const act = async (action: 'approve' | 'reject') => {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${api}/approvals/${collectionSlug}/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ comment, step: current }),
      })
      const json = (await res.json()) as {
        errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }>
      }
      if (!res.ok) {
        const e = json.errors?.[0]
        setMessage(e?.data?.errors?.[0]?.message ?? e?.message ?? `HTTP ${res.status}`)
      } else {
        setMessage('已记录 / Recorded')
        setComment('')
        load()
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="approval-panel">
      <h4 className="approval-panel__title">审批 · Approval</h4>
      <ol className="approval-panel__steps">
        {history.chain.steps.map((step, i) => (
          <li
            key={step.key}
            className={[
              status === 'pending' && i === current && 'approval-panel__step--current',
              (status === 'approved' || (status === 'pending' && i < current)) &&
                'approval-panel__step--done',
            ]
              .filter(Boolean)
              .join(' ')}
          >
            {step.label.zh} · {step.label.en}
          </li>
        ))}
      </ol>
      <p className="approval-panel__status">
        状态 Status: <strong>{status}</strong> · 轮次 Round {history.approval?.round ?? 1}
      </p>
      {message && <p>{message}</p>}
      {status !== 'approved' && (
        <div className="approval-panel__box">
          <textarea
            className="approval-panel__input"
            rows={2}
            placeholder="意见（驳回必填）Comment (required to reject)"
            value={comment}
            onChange={(e) => setComment(e.target.value)}
          />
          <Button disabled={busy} onClick={() => act('approve')}>
            {current === 0 ? '提交审批 Submit' : '同意 Approve'}
          </Button>{' '}
          {status === 'pending' && (
            <Button disabled={busy} buttonStyle="secondary" onClick={() => act('reject')}>
              驳回 Reject
            </Button>
          )}
        </div>
      )}
      {history.entries.length > 0 && (
        <ul className="approval-panel__log">
          {history.entries.map((e) => (
            <li key={e.id}>
              R{e.round}·{e.step + 1} {MEANING[e.meaning] ?? e.meaning} — {e.userName} ({e.role}){' '}
              {new Date(e.at).toLocaleString('zh-CN')}
              {e.comment ? `：${e.comment}` : ''} {e.sealValid ? '✓' : '✗ 签章无效'}
              {!e.signsCurrentContent && ' · 内容已修改 content changed since'}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
