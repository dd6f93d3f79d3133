'use client'

import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

import './ChainView.scss'

type Text = { zh: string; en: string }
type Overview = {
  key: string
  version: number
  active: boolean
  collection: Text | null
  conditions: Text
  steps: Array<{
    index: number
    key: string
    label: Text
    meaning: string
    signers: Text[]
    cases: Array<{ id: number; title: string; version: number | null }>
  }>
  preview: { applies: boolean; zh: string; en: string } | null
}

const MEANING: Record<string, string> = {
  proposed: '提交 Submits',
  reviewed: '审核 Reviews',
  approved: '批准 / 签署 Approves',
}

/**
 * The chain drawn as its steps (who signs, in which order, under which conditions), the cases now
 * at each step, and a preview: which chain a case like this one would follow
 * (`GET /api/approval-chains/:id/overview`).
 */
export const ChainView: React.FC = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [overview, setOverview] = useState<Overview | null>(null)
  const [severity, setSeverity] = useState('major')
  const [amount, setAmount] = useState('2000')
  const [kind, setKind] = useState('')

  const load = useCallback(() => {
    if (!id) return
    const query = new URLSearchParams()
    if (severity) query.set('severity', severity)
    if (amount) query.set('amount', amount)
    if (kind) query.set('documentKind', kind)
    fetch(`${api}/approval-chains/${id}/overview?${query.toString()}`, { credentials: 'include' })
      .then((r) => (r.ok ? r.json() : null))
      .then((o: Overview | null) => setOverview(o))
      .catch(() => setOverview(null))
  }, [api, id, severity, amount, kind])
  useEffect(load, [load])

  if (!id || !overview) return null
  const isViolation = overview.collection?.en === 'Violation decision'
  const isDocument = overview.collection?.en === 'Controlled document'
  return (
    <div className="chain-view">
      <div className="chain-view__head">
        <strong>
          {overview.collection?.zh} {overview.collection?.en}
        </strong>{' '}
        · v{overview.version} {overview.active ? '' : '（已停用 inactive）'}
        <div className="chain-view__conditions">
          适用条件 Applies to: {overview.conditions.zh} / {overview.conditions.en}
        </div>
      </div>
      <ol className="chain-view__steps">
        {overview.steps.map((step) => (
          <li key={step.index} className="chain-view__step">
            <div className="chain-view__step-no">{step.index + 1}</div>
            <div className="chain-view__step-label">
              {step.label.zh}
              <br />
              <small>{step.label.en}</small>
            </div>
            <div className="chain-view__meaning">{MEANING[step.meaning] ?? step.meaning}</div>
            <div className="chain-view__signers">
              {step.signers.map((s) => `${s.zh} ${s.en}`).join(' / ')}
            </div>
            <div className="chain-view__cases">
              {step.cases.length === 0
                ? '—'
                : step.cases.map((c) => (
                    <span key={c.id} className="chain-view__case">
                      {c.title}
                      {c.version && c.version !== overview.version ? ` (v${c.version})` : ''}
                    </span>
                  ))}
            </div>
          </li>
        ))}
      </ol>
      <div className="chain-view__preview">
        <span>预览 Preview:</span>
        {isViolation && (
          <select value={severity} onChange={(e) => setSeverity(e.target.value)}>
            <option value="general">一般 General</option>
            <option value="major">重大 Major</option>
          </select>
        )}
        {isDocument && (
          <input
            placeholder="rule / form …"
            value={kind}
            onChange={(e) => setKind(e.target.value)}
          />
        )}
        {isViolation && (
          <input
            type="number"
            value={amount}
            min={0}
            onChange={(e) => setAmount(e.target.value)}
            aria-label="amount"
          />
        )}
        {overview.preview && (
          <span
            className={`chain-view__verdict ${overview.preview.applies ? 'chain-view__verdict--yes' : ''}`}
          >
            {overview.preview.zh} / {overview.preview.en}
          </span>
        )}
      </div>
    </div>
  )
}
