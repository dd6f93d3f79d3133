import type { PayloadRequest } from 'payload'

import type { ComplaintSummary } from '@/domain/complaints/emails'
import { slugs } from '@/slugs'

import { relationId } from '@/domain/relations'

/** What emails and printed forms say about a complaint, read with `req`. */
export const complaintSummary = async (
  req: PayloadRequest,
  doc: Record<string, unknown>,
): Promise<ComplaintSummary> => {
  const unitId = relationId(doc.unit)
  const handlerId = relationId(doc.handler)
  const unit =
    typeof doc.unit === 'object' && doc.unit
      ? (doc.unit as { code?: string })
      : unitId
        ? await req.payload.findByID({ collection: slugs.units, id: unitId, depth: 0, req })
        : null
  const handler = handlerId
    ? await req.payload.findByID({ collection: slugs.users, id: handlerId, depth: 0, req })
    : null
  return {
    number: String(doc.number),
    unitCode: unit?.code ?? '',
    category: String(doc.category),
    descriptionText: String(doc.descriptionText ?? ''),
    registeredAt: String(doc.registeredAt),
    severity: String(doc.severity),
    resolveDueAt: (doc.resolveDueAt as string) ?? null,
    handlingDeadline: (doc.handlingDeadline as string) ?? null,
    department: (doc.department as string) ?? null,
    handlerName: handler?.name ?? null,
  }
}
