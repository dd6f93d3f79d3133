'use client'

import { useRouter } from 'next/navigation'
import { useCallback, useEffect, useRef, useState } from 'react'

import type { ActionsResponse } from '@/domain/workflow'

import { requestJson, useApiBase } from './api.client'
import { bi } from './values'

/** The panel's last word: a refusal (naming the action and, when the server did, the field) or a success. */
export type ActionMessage = {
  tone: 'error' | 'success'
  text: string
  action?: string
  field?: string
}

export type RunOptions = {
  /**
   * Send the `updatedAt` the panel saw, so the server answers 409 if the case changed since
   * (default). Appending actions (a shift log's entries) leave it out: two guards writing at
   * once must both be kept, not refused.
   */
  guard?: boolean
}

export type WorkflowActionsState = ReturnType<typeof useWorkflowActions>

/**
 * The actions a user may take on one case now, from `GET /api/<collection>/:id/actions`, and
 * `run(action, body)`, which posts to `POST …/actions/:action`. On success it re-reads the
 * actions and refreshes the page (the document and any server component); on a refusal it keeps
 * the server's message and the field it named; on a 409 it re-reads, so the next try is current.
 * `refreshKey` (e.g. the document's `updatedAt`) re-reads when the case changed elsewhere.
 */
export const useWorkflowActions = (
  collection: string,
  id: string | number | null | undefined,
  refreshKey?: unknown,
) => {
  const api = useApiBase()
  const router = useRouter()
  const [data, setData] = useState<ActionsResponse | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [message, setMessage] = useState<ActionMessage | null>(null)
  const base = id === null || id === undefined || id === '' ? null : `${api}/${collection}/${id}`
  const latest = useRef(0)

  const reload = useCallback(async () => {
    if (!base) return
    const ticket = ++latest.current
    const answer = await requestJson<ActionsResponse>(`${base}/actions`)
    if (ticket !== latest.current) return // a newer read is under way
    if (answer.ok) {
      setData(answer.json)
      setLoadError(null)
    } else {
      setLoadError(answer.message)
    }
  }, [base])

  useEffect(() => {
    void reload()
  }, [reload, refreshKey])

  const run = useCallback(
    async (action: string, body: Record<string, unknown>, options: RunOptions = {}) => {
      if (!base) return false
      const guard = options.guard ?? true
      const label = data?.actions.find((a) => a.key === action)?.label
      setBusy(action)
      setMessage(null)
      try {
        const answer = await requestJson(`${base}/actions/${action}`, {
          method: 'POST',
          body: guard && data?.updatedAt ? { ...body, updatedAt: data.updatedAt } : body,
        })
        if (!answer.ok) {
          setMessage({ tone: 'error', text: answer.message, action, field: answer.field })
          if (answer.status === 409) await reload()
          return false
        }
        setMessage({
          tone: 'success',
          text: `${label ? `${bi(label)}：` : ''}已完成 / Done`,
          action,
        })
        await reload()
        router.refresh()
        return true
      } finally {
        setBusy(null)
      }
    },
    [base, data, reload, router],
  )

  return {
    data,
    loading: Boolean(base) && !data && !loadError,
    loadError,
    busy,
    message,
    run,
    reload,
    clearMessage: () => setMessage(null),
  }
}
