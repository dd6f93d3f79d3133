import type { CollectionBeforeChangeHook } from 'payload'

import { passValidityProblem } from '@/domain/registers/passes'
import { localYearMonth } from '@/domain/time'
import { invalidField } from '@/lib/errors'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { WorkerPass } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * beforeChange: a new pass gets its number (`LS-YYYYMM-NNNN`, the office's month, from the atomic
 * counter), its issue time and issuer, and starts issued; on every write the validity is checked
 * (400 naming `validUntil` when it ends before it starts).
 */
export const preparePass: CollectionBeforeChangeHook<WorkerPass> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  const problem = passValidityProblem(merged.validFrom, merged.validUntil)
  if (problem) throw invalidField(slugs.workerPasses, problem.path, problem.message)
  if (operation !== 'create') return data
  const byServer = req.context?.[SERVER_WRITE] === true
  const now = new Date()
  const office = await officeSettings(req)
  const series = `LS-${localYearMonth(now, office.timezone).replace('-', '')}`
  const n = await nextSequenceNumber(req, series)
  return {
    ...data,
    number: `${series}-${String(n).padStart(4, '0')}`,
    status: 'issued',
    issuedAt: byServer && data.issuedAt ? data.issuedAt : now.toISOString(),
    issuedBy: req.user ? req.user.id : byServer ? (data.issuedBy ?? null) : null,
    returnedAt: null,
    returnedTo: null,
  }
}
