import type { CollectionAfterChangeHook } from 'payload'

import { localYearMonth } from '@/domain/time'
import { dialectOf, querySql } from '@/lib/sql'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import type { Complaint } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * afterChange, first: a new complaint's number, TS-YYYYMM-NNNN, from the month's counter.
 *
 * Taken here rather than in `prepareComplaint` because taking it locks the month's counter row
 * until the registration commits: every other registration waits for it. Taken first thing in
 * beforeChange, the lock was held through the unit, category and calendar reads, the insert and
 * every hook after — on PostgreSQL under 10 clients registering at once, 7 of them were waiting
 * on the counter at any moment (bench/results.md → Load). Here it is held only for the hooks
 * after this one and the commit. Still in the registration's transaction, so a registration that
 * fails takes no number and the month's numbers have no gaps. The hooks after this one (the
 * major-complaint report, the audit entry) see the number.
 */
export const numberComplaint: CollectionAfterChangeHook<Complaint> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create' || doc.number) return doc
  const office = await officeSettings(req)
  const month = localYearMonth(new Date(doc.registeredAt ?? Date.now()), office.timezone).replace(
    '-',
    '',
  )
  const sequence = await nextSequenceNumber(req, `TS-${month}`)
  const number = `TS-${month}-${String(sequence).padStart(4, '0')}`
  if (dialectOf(req.payload) === 'mongoose') {
    await req.payload.db.updateOne({
      collection: slugs.complaints,
      id: doc.id,
      data: { number },
      req,
    })
  } else {
    await querySql(
      req.payload,
      req,
      (sql) => sql`UPDATE complaints SET number = ${number} WHERE id = ${doc.id}`,
    )
  }
  return { ...doc, number }
}
