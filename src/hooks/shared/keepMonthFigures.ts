import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { anyFieldChanged, closedMonthsTouched } from '@/domain/monthFigures'
import { refreshMonthFigures } from '@/lib/dashboard/monthFigures'
import { officeSettings } from '@/lib/officeSettings'

type Doc = Record<string, unknown>

/**
 * afterChange / afterDelete: when a change moves a closed month's trend figures (a complaint
 * registered, re-dated, re-judged or deleted; a visit recorded, re-rated or deleted), that
 * month's kept figures are counted again in the change's own transaction, so they never differ
 * from a fresh count. Changes within the month in progress (nearly all of them) cost nothing:
 * that month is always counted afresh.
 */
export const keepMonthFigures = (spec: {
  /** The time that places the record in a month (registeredAt, recordedAt). */
  timeField: string
  /** The fields whose change moves the figures. */
  fields: readonly string[]
}) => {
  const refresh = async (
    req: Parameters<CollectionAfterChangeHook>[0]['req'],
    doc: Doc,
    previous: Doc | undefined,
  ) => {
    if (!anyFieldChanged([spec.timeField, ...spec.fields], doc, previous)) return
    const office = await officeSettings(req)
    const months = closedMonthsTouched(
      [doc[spec.timeField] as string, previous?.[spec.timeField] as string],
      new Date(),
      office.timezone,
    )
    // Oldest first, always: two transactions claim the months' rows in one order.
    for (const month of months) await refreshMonthFigures(req.payload, req, office.timezone, month)
  }
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, operation, req }) => {
    await refresh(req, doc as Doc, operation === 'create' ? undefined : (previousDoc as Doc))
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    await refresh(req, doc as Doc, undefined)
  }
  return { afterChange, afterDelete }
}

/** Complaints: the month they were registered in, their kind and verdict (有效投诉). */
export const keepComplaintMonthFigures = keepMonthFigures({
  timeField: 'registeredAt',
  fields: ['kind', 'verdict'],
})

/** Return visits: the month recorded in, and what the satisfaction count reads of them. */
export const keepVisitMonthFigures = keepMonthFigures({
  timeField: 'recordedAt',
  fields: ['status', 'overall', 'household', 'complaint'],
})
