import type { CollectionAfterChangeHook } from 'payload'

import { suggestionEmail } from '@/domain/suggestions/emails'
import { SUGGESTION_DECIDER_ROLES } from '@/domain/suggestions/workflow'
import { relationId } from '@/domain/relations'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { emailsOfRoles } from '@/lib/staffEmails'
import type { Suggestion } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * afterChange: a newly recorded suggestion is reported to the director (000 §1.4: 报总监). Queued
 * in the transaction: a rolled-back record sends nothing.
 */
export const reportSuggestion: CollectionAfterChangeHook<Suggestion> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const unitId = relationId(doc.unit)
  const unit =
    unitId === undefined
      ? null
      : await req.payload
          .findByID({ collection: slugs.units, id: unitId, depth: 0, req })
          .catch(() => null)
  const office = await officeSettings(req)
  await queueEmail(req, {
    to: await emailsOfRoles(req, SUGGESTION_DECIDER_ROLES),
    ...suggestionEmail(
      {
        id: doc.id,
        subject: doc.subject,
        text: doc.text,
        unitCode: unit?.code ?? '',
        residentName: doc.residentName ?? null,
        channel: doc.channel,
        recordedAt: doc.recordedAt ?? doc.createdAt,
      },
      office.timezone,
    ),
  })
  return doc
}
