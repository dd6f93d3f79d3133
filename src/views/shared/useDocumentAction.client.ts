'use client'

import { useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type React from 'react'
import { useState } from 'react'

import { rolesOf } from '@/domain/roles'

type ErrorBody = {
  errors?: Array<{ message: string; data?: { errors?: Array<{ message: string }> } }>
}

export const panelBox: React.CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 4,
  padding: 12,
  marginBottom: 12,
}
export const panelInput: React.CSSProperties = { width: '100%', marginBottom: 8, padding: 6 }

/**
 * What an action panel in an edit view needs: the document, the user's roles, a small form state
 * and `act(action, body)`, which POSTs to `/api/<collection>/:id/actions/:action`, shows the
 * server's message (the field error if there is one) and reloads the document on success.
 */
export const useDocumentAction = (collection: string) => {
  const { id, savedDocumentData } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const router = useRouter()
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [form, setForm] = useState<Record<string, string>>({})
  const set =
    (key: string) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setForm((f) => ({ ...f, [key]: e.target.value }))

  const act = async (action: string, body: Record<string, unknown> = {}) => {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(`${api}/${collection}/${id}/actions/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })
      const json = (await res.json()) as ErrorBody
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

  return {
    id,
    doc: (savedDocumentData ?? {}) as Record<string, unknown>,
    user,
    roles: rolesOf(user as { roles?: unknown } | null),
    api,
    act,
    busy,
    message,
    form,
    set,
  }
}
