import type { PayloadRequest } from 'payload'

import { officeSettings } from '@/lib/officeSettings'

import { DASHBOARD_PANELS } from './panels'
import type { DashboardData, LoadedPanel, PanelProvider } from './types'

export type { DashboardData, LoadedPanel, PanelProvider } from './types'

/**
 * The dashboard for the signed-in user: every panel they may see whose collections exist, each
 * loaded by its provider. Panels run one after another (inside a transaction they would share one
 * connection anyway; on SQLite there is one writer and one event loop).
 */
export const loadDashboard = async (
  req: PayloadRequest,
  panels: readonly PanelProvider[] = DASHBOARD_PANELS,
  now = new Date(),
): Promise<DashboardData> => {
  const user = req.user
  if (!user) throw new Error('loadDashboard needs a signed-in user')
  const office = await officeSettings(req)
  const ctx = { payload: req.payload, req, user, now, office }
  const loaded: LoadedPanel[] = []
  for (const panel of panels) {
    if (!panel.requires.every((slug) => slug in req.payload.collections)) continue
    if (!panel.visible(user)) continue
    loaded.push({ key: panel.key, title: panel.title, data: await panel.load(ctx) })
  }
  return { generatedAt: now.toISOString(), timezone: office.timezone, panels: loaded }
}
