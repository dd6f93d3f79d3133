import type { PayloadRequest } from 'payload'

import { eachRead } from '@/lib/concurrentReads'
import { officeSettings } from '@/lib/officeSettings'

import { DASHBOARD_PANELS } from './panels'
import type { DashboardData, LoadedPanel, PanelProvider } from './types'

export type { DashboardData, LoadedPanel, PanelProvider } from './types'

/**
 * The dashboard for the signed-in user: every panel they may see whose collections exist, each
 * loaded by its provider. The panels only read: they are loaded at once outside a transaction, one
 * after another inside one (`eachRead`), and listed in their order either way.
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
  const shown = panels.filter(
    (panel) =>
      panel.requires.every((slug) => slug in req.payload.collections) && panel.visible(user),
  )
  const loaded: LoadedPanel[] = await eachRead(req, shown, async (panel) => ({
    key: panel.key,
    title: panel.title,
    data: await panel.load(ctx),
  }))
  return { generatedAt: now.toISOString(), timezone: office.timezone, panels: loaded }
}
