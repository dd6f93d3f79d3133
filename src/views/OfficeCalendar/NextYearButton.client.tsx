'use client'

import { Button, useConfig, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

type Answer = { message?: string; errors?: Array<{ message?: string }> }

/**
 * 复制为下一年: starts next year's calendar from the latest year entered (its weekly hours; the
 * holidays are entered from the State Council's notice), through
 * `POST /api/globals/office-calendar/next-year`, which checks the user's right, audits and
 * answers 409 when that year exists. The page reloads with the new year.
 */
export const NextYearButton: React.FC = () => {
  const { config } = useConfig()
  const router = useRouter()
  const rows = useFormFields(([fields]) =>
    Object.entries(fields)
      .filter(([path]) => /^years\.\d+\.year$/.test(path))
      .map(([, field]) => Number(field.value))
      .filter((year) => Number.isInteger(year)),
  )
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const latest = rows.length > 0 ? Math.max(...rows) : null
  if (latest === null) return null

  const start = async () => {
    setBusy(true)
    setMessage(null)
    try {
      const response = await fetch(
        `${config.serverURL}${config.routes.api}/globals/office-calendar/next-year`,
        {
          method: 'POST',
          credentials: 'include',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ year: latest }),
        },
      )
      const body = (await response.json().catch(() => ({}))) as Answer
      if (response.ok) {
        setMessage(`已建立 ${latest + 1} 年：请按通知录入节假日与调休 / ${latest + 1} started`)
        router.refresh()
      } else {
        setMessage(body.errors?.[0]?.message ?? body.message ?? `HTTP ${response.status}`)
      }
    } finally {
      setBusy(false)
    }
  }

  return (
    <div style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={start} size="small">
        {`从 ${latest} 年复制为 ${latest + 1} 年 / Start ${latest + 1} from ${latest}`}
      </Button>
      {message ? <p>{message}</p> : null}
    </div>
  )
}
