import type { CollectionBeforeChangeHook } from 'payload'

import { datesProblem, requestedHoursProblem } from '@/domain/renovation/hours'
import { localYearMonth } from '@/domain/time'
import { comparable } from '@/lib/changedFields'
import { conflict, invalidField } from '@/lib/errors'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import { renovationRules } from '@/lib/renovation/rules'
import { SERVER_WRITE } from '@/lib/serverWrite'
import type { Renovation } from '@/payload-types'
import { slugs } from '@/slugs'

/** What the site manager approved: it stays as approved (a change is a new application). */
const APPROVED_CONTENT = [
  'unit',
  'contractorName',
  'scope',
  'startDate',
  'endDate',
  'requestedHours',
] as const

/**
 * beforeChange: a new application gets its number (`ZX-YYYYMM-NNNN`, the office's month, from the
 * atomic counter) and starts applied; on every write the dates (end not before start, no longer
 * than the office allows) and the hours asked for (inside office settings → 装修管理) are checked,
 * 400 naming the field; once decided, what was approved no longer changes by an edit (409).
 */
export const prepareRenovation: CollectionBeforeChangeHook<Renovation> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged = { ...originalDoc, ...data }
  const office = await officeSettings(req)
  const rules = await renovationRules(req)
  const fail = (problem: { path: string; message: string } | null) => {
    if (problem) throw invalidField(slugs.renovations, problem.path, problem.message)
  }
  fail(datesProblem(merged.startDate, merged.endDate, rules, office.timezone))
  fail(requestedHoursProblem(merged.requestedHours ?? [], rules))

  const byServer = req.context?.[SERVER_WRITE] === true
  if (operation === 'update' && !byServer && originalDoc && originalDoc.status !== 'applied') {
    const changed = APPROVED_CONTENT.filter(
      (field) => field in data && comparable(data[field]) !== comparable(originalDoc[field]),
    )
    if (changed.length > 0) {
      throw conflict(
        `装修申请已审批，不能修改 ${changed.join(', ')}；请重新申请 / The application is decided: ${changed.join(', ')} cannot change; apply again`,
      )
    }
  }
  if (operation !== 'create') return data
  const series = `ZX-${localYearMonth(new Date(), office.timezone).replace('-', '')}`
  const n = await nextSequenceNumber(req, series)
  return { ...data, number: `${series}-${String(n).padStart(4, '0')}`, status: 'applied' }
}
