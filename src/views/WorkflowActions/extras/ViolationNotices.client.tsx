'use client'

import { Button, useAuth } from '@payloadcms/ui'
import React, { useState } from 'react'

import { mayIssueNotices } from '@/access/issuedNotices'
import { NOTICE_TYPES } from '@/domain/violations/ladder'
import type { NoticeType } from '@/domain/violations/ladder'

import { requestJson, useApiBase } from '../api.client'
import type { ExtrasProps } from './index'

const TYPES = Object.keys(NOTICE_TYPES) as NoticeType[]

/**
 * A violation's notices, which are not workflow actions: the money still outstanding, issuing a
 * notice (`POST /api/violations/:id/notices`, then its PDF opens) for those who sign them, and
 * printing those issued (`GET …/notice.pdf`, which only reads).
 */
export const ViolationNotices: React.FC<ExtrasProps> = ({ id, doc }) => {
  const api = useApiBase()
  const { user } = useAuth()
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const notice = (type: NoticeType) => `${api}/violations/${id}/notice.pdf?type=${type}`
  const outstanding = Number(doc.outstanding ?? 0)

  const issue = async (type: NoticeType) => {
    setBusy(true)
    setMessage(null)
    const answer = await requestJson<{ message?: string }>(`${api}/violations/${id}/notices`, {
      method: 'POST',
      body: { type },
    })
    setBusy(false)
    if (!answer.ok) {
      setMessage({ tone: 'error', text: answer.message })
      return
    }
    setMessage({ tone: 'success', text: answer.json.message ?? '已签发 / Issued' })
    window.open(notice(type), '_blank', 'noreferrer')
  }

  return (
    <div className="workflow-extras workflow-extras--stacked">
      {outstanding > 0 && (
        <p className="workflow-extras__fact">
          待收 Outstanding：<strong>{outstanding}</strong> 元
        </p>
      )}
      {mayIssueNotices(user as { roles?: unknown } | null) && (
        <div className="workflow-form">
          <strong className="workflow-form__title">签发通知 Issue a notice</strong>
          {message && (
            <p
              className={`workflow-actions__message workflow-actions__message--${message.tone}`}
              role={message.tone === 'error' ? 'alert' : 'status'}
            >
              {message.text}
            </p>
          )}
          <div className="workflow-actions__buttons">
            {TYPES.map((type) => (
              <Button
                key={type}
                buttonStyle="secondary"
                size="small"
                margin={false}
                disabled={busy}
                onClick={() => void issue(type)}
              >
                签发 {NOTICE_TYPES[type].zh}
              </Button>
            ))}
          </div>
        </div>
      )}
      <p className="workflow-extras__links">
        打印已签发 Print issued：
        {TYPES.map((type) => (
          <a key={type} href={notice(type)} target="_blank" rel="noreferrer">
            {NOTICE_TYPES[type].zh}
          </a>
        ))}
      </p>
    </div>
  )
}
