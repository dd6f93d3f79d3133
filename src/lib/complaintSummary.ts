import type { PayloadRequest } from 'payload'

import type { ComplaintSummary } from '@/domain/complaints/emails'
import { relationId } from '@/domain/relations'
import { findComplaintCategory } from '@/lib/complaintCategories'
import type { Complaint, User } from '@/payload-types'
import { slugs } from '@/slugs'

/** The fields of a complaint that emails and printed forms quote. */
export type SummarisedComplaint = Pick<
  Complaint,
  | 'number'
  | 'unit'
  | 'handler'
  | 'category'
  | 'descriptionText'
  | 'registeredAt'
  | 'severity'
  | 'resolveDueAt'
  | 'handlingDeadline'
  | 'department'
>

/** What emails and printed forms say about a complaint, read with `req`. */
export const complaintSummary = async (
  req: PayloadRequest,
  doc: SummarisedComplaint,
  /** The handler, when the caller has just read them (not read again). */
  known: { handler?: Pick<User, 'id' | 'name'> | null } = {},
): Promise<ComplaintSummary> => {
  const unitId = relationId(doc.unit)
  const handlerId = relationId(doc.handler)
  const unit =
    typeof doc.unit === 'object' && doc.unit
      ? doc.unit
      : unitId
        ? await req.payload.findByID({ collection: slugs.units, id: unitId, depth: 0, req })
        : null
  const handler = !handlerId
    ? null
    : known.handler && String(known.handler.id) === String(handlerId)
      ? known.handler
      : await req.payload.findByID({ collection: slugs.users, id: handlerId, depth: 0, req })
  return {
    number: String(doc.number),
    unitCode: unit?.code ?? '',
    category: String(doc.category),
    categoryName: (await findComplaintCategory(req, doc.category))?.name.zh ?? null,
    descriptionText: String(doc.descriptionText ?? ''),
    registeredAt: String(doc.registeredAt),
    severity: String(doc.severity),
    resolveDueAt: doc.resolveDueAt ?? null,
    handlingDeadline: doc.handlingDeadline ?? null,
    department: doc.department ?? null,
    handlerName: handler?.name ?? null,
  }
}
