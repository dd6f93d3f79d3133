import type { PayloadRequest } from 'payload'

import type { AlertKind } from '@/domain/alerts/kinds'
import { relationId } from '@/domain/relations'
import { globalSlugs } from '@/slugs'
import { storedGlobal } from '@/lib/storedGlobal'

export type AlertSettings = {
  /** The channels each kind of alert goes to, besides email. */
  channels: Record<AlertKind, Array<number | string>>
  /** Hosts a robot may post to although they are not public https hosts. */
  allowList: string[]
}

const ids = (value: unknown): Array<number | string> =>
  Array.isArray(value)
    ? value.map(relationId).filter((id): id is number | string => id !== null && id !== undefined)
    : []

/** Office settings → 提醒, read in the caller's transaction with server rights. */
export const alertSettings = async (req: PayloadRequest): Promise<AlertSettings> => {
  // As kept in this process, re-read only when the settings changed (`storedGlobal`).
  const stored = await storedGlobal(req, globalSlugs.officeSettings)
  const alerts = stored.alerts ?? {}
  return {
    channels: {
      majorComplaint: ids(alerts.majorComplaint),
      escalation: ids(alerts.escalation),
      approvalWaiting: ids(alerts.approvalWaiting),
      handoverRefused: ids(alerts.handoverRefused),
    },
    allowList: (alerts.robotHostAllowList ?? []).filter(
      (h): h is string => typeof h === 'string' && h.trim() !== '',
    ),
  }
}

export const robotAllowList = async (req: PayloadRequest): Promise<string[]> =>
  (await alertSettings(req)).allowList
