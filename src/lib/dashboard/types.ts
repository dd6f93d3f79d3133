import type { CollectionSlug, Payload, PayloadRequest, TypedUser } from 'payload'

import type { Office } from '@/lib/officeSettings'

/** What every panel provider receives: who is asking, when, and the office's settings. */
export type DashboardContext = {
  payload: Payload
  req: PayloadRequest
  user: TypedUser
  now: Date
  office: Office
}

/**
 * One panel of the dashboard. To add a panel (e.g. "approvals waiting for me", "violations
 * awaiting approval"), write a provider in this folder and add it to `DASHBOARD_PANELS`. A panel
 * is shown when every collection it `requires` exists and `visible(user)` allows; `load`
 * returns plain data (JSON), read from database aggregates, never from loaded records.
 */
export type PanelProvider<T = unknown> = {
  key: string
  title: { zh: string; en: string }
  requires: readonly CollectionSlug[]
  visible: (user: TypedUser) => boolean
  load: (ctx: DashboardContext) => Promise<T>
}

export type LoadedPanel<T = unknown> = {
  key: string
  title: { zh: string; en: string }
  data: T
}

export type DashboardData = {
  generatedAt: string
  timezone: string
  panels: LoadedPanel[]
}
