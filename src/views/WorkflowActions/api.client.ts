'use client'

import { useConfig } from '@payloadcms/ui'

/** The REST API's base (`/api`), as the admin is configured. */
export const useApiBase = () => {
  const { config } = useConfig()
  return `${config.serverURL ?? ''}${config.routes.api}`
}

/** Payload's error shape: a 400 names the field in `data.errors[0].path`. */
type ErrorBody = {
  errors?: Array<{
    message?: string
    data?: { errors?: Array<{ path?: string; message?: string }> }
  }>
}

export type Answer<T> =
  | { ok: true; status: number; json: T }
  | { ok: false; status: number; message: string; field?: string }

/** The server's message for a refusal: the field's when it names one, else the error's. */
const refusalOf = (status: number, json: unknown) => {
  const error = (json as ErrorBody | null)?.errors?.[0]
  const fieldError = error?.data?.errors?.[0]
  return {
    ok: false as const,
    status,
    message: fieldError?.message ?? error?.message ?? `HTTP ${status}`,
    field: fieldError?.path,
  }
}

/** A JSON request with the admin's session cookie; refusals come back as a message (and field). */
export const requestJson = async <T>(
  url: string,
  init: { method?: 'GET' | 'POST'; body?: unknown } = {},
): Promise<Answer<T>> => {
  try {
    const res = await fetch(url, {
      method: init.method ?? 'GET',
      credentials: 'include',
      headers: init.body === undefined ? undefined : { 'Content-Type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    })
    const json: unknown = await res.json().catch(() => null)
    if (!res.ok) return refusalOf(res.status, json)
    return { ok: true, status: res.status, json: json as T }
  } catch {
    return { ok: false, status: 0, message: '网络错误，请重试 / Network error, try again' }
  }
}
