import type { PayloadRequest } from 'payload'

import type { Period, RenovationRules } from '@/domain/renovation/hours'
import { DEFAULT_RENOVATION_RULES } from '@/domain/renovation/hours'
import type { Weekday } from '@/domain/time'
import { globalSlugs } from '@/slugs'
import { storedGlobal } from '@/lib/storedGlobal'

type StoredRules = {
  workPeriods?: Array<{ start?: string | null; end?: string | null }> | null
  noisyPeriods?: Array<{ start?: string | null; end?: string | null }> | null
  restDays?: string[] | null
  noisyOnWeekends?: boolean | null
  maxDurationDays?: number | null
}

const periodsFrom = (rows: StoredRules['workPeriods'], fallback: readonly Period[]) => {
  const periods = (rows ?? [])
    .filter((r) => r.start && r.end)
    .map((r) => ({ start: String(r.start), end: String(r.end) }))
  return periods.length > 0 ? periods : fallback
}

/** The stored rules with the defaults where none are stored. */
export const rulesFrom = (stored: StoredRules | null | undefined): RenovationRules => {
  const d = DEFAULT_RENOVATION_RULES
  return {
    workPeriods: periodsFrom(stored?.workPeriods, d.workPeriods),
    noisyPeriods: periodsFrom(stored?.noisyPeriods, d.noisyPeriods),
    restDays: (stored?.restDays ?? d.restDays) as Weekday[],
    noisyOnWeekends: stored?.noisyOnWeekends ?? d.noisyOnWeekends,
    maxDurationDays: stored?.maxDurationDays ?? d.maxDurationDays,
  }
}

/** The office's renovation rules (office settings → 装修管理), read in the caller's transaction. */
export const renovationRules = async (req: PayloadRequest): Promise<RenovationRules> => {
  // As kept in this process, re-read only when the settings changed (`storedGlobal`).
  const stored = await storedGlobal(req, globalSlugs.officeSettings)
  return rulesFrom((stored as { renovationRules?: StoredRules }).renovationRules)
}
