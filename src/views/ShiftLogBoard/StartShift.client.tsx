'use client'

import { Button } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { requestJson, useApiBase } from '../WorkflowActions/api.client'

/** Opens the running shift's log for the post (`POST /api/shift-logs`; the server fills it in). */
export const StartShift: React.FC<{ post: string }> = ({ post }) => {
  const api = useApiBase()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const start = async () => {
    setBusy(true)
    setError(null)
    const answer = await requestJson(`${api}/shift-logs`, { method: 'POST', body: { post } })
    setBusy(false)
    if (answer.ok) router.refresh()
    else setError(answer.message)
  }
  return (
    <section className="shift-board__box">
      <p>本班次尚未开班 · This shift has no log yet.</p>
      {error && (
        <p className="workflow-actions__message workflow-actions__message--error" role="alert">
          {error}
        </p>
      )}
      <Button disabled={busy} onClick={() => void start()}>
        开始本班 Start this shift
      </Button>
    </section>
  )
}
