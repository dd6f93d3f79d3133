import type { Endpoint, PayloadRequest } from 'payload'

import { requireUser } from '@/lib/endpointUser'
import { conflict } from '@/lib/errors'
import { letterheadFor } from '@/lib/printing/letterhead'
import { officeSettings } from '@/lib/officeSettings'
import { findComplaintCategory } from '@/lib/complaintCategories'
import type { PrintableComplaint } from '@/pdf/complaintForms'
import { renderComplaintSlip, renderWrittenReply } from '@/pdf/complaintForms'
import { pdfResponse } from '@/pdf/pdfKit'
import { slugs } from '@/slugs'

const nameOf = (value: unknown) =>
  value && typeof value === 'object' && 'name' in value
    ? String((value as { name: unknown }).name)
    : undefined

/**
 * The complaint as the signed-in user may read it (`overrideAccess: false`): a user without the
 * right to residents' confidential data prints no phone number.
 */
const loadPrintable = async (req: PayloadRequest): Promise<PrintableComplaint> => {
  const user = requireUser(req)
  const c = await req.payload.findByID({
    collection: slugs.complaints,
    id: String(req.routeParams?.id),
    depth: 1,
    overrideAccess: false,
    user,
    req,
  })
  const resident = c.resident && typeof c.resident === 'object' ? c.resident : null
  const unit = c.unit && typeof c.unit === 'object' ? c.unit : null
  return {
    number: c.number ?? '',
    kind: c.kind,
    channel: c.channel,
    category: c.category,
    categoryName: (await findComplaintCategory(req, c.category))?.name.zh ?? null,
    severity: c.severity ?? 'general',
    status: c.status ?? 'registered',
    registeredAt: c.registeredAt ?? c.createdAt,
    registeredByName: nameOf(c.registeredBy),
    unitCode: unit?.code ?? '',
    residentName: resident?.name ?? c.visitorName,
    contactPhone: resident?.phone ?? c.visitorPhone,
    descriptionText: c.descriptionText ?? '',
    department: c.department,
    handlerName: nameOf(c.handler),
    handlingDeadline: c.handlingDeadline,
    replyPromisedAt: c.replyPromisedAt,
    verifyDueAt: c.verifyDueAt,
    resolveDueAt: c.resolveDueAt,
    verifiedAt: c.verifiedAt,
    result: c.result,
    writtenReply: c.writtenReply,
    resolvedAt: c.resolvedAt,
    resolvedByName: nameOf(c.resolvedBy),
    repliedAt: c.repliedAt,
    repliedByName: nameOf(c.repliedBy),
    replyMethod: c.replyMethod,
    replySummary: c.replySummary,
    nextReplyAt: c.nextReplyAt,
    confirmedAt: c.confirmedAt,
    confirmationMethod: c.confirmationMethod,
    confirmationNote: c.confirmationNote,
    referredAt: c.referredAt,
    referralReason: c.referralReason,
    officeHeadDecision: c.officeHeadDecision,
    decidedAt: c.decidedAt,
    decidedByName: nameOf(c.decidedBy),
  }
}

/** `GET /api/complaints/:id/slip.pdf` — 客户投诉处理单. */
export const printComplaintSlip: Endpoint = {
  path: '/:id/slip.pdf',
  method: 'get',
  handler: async (req) => {
    const complaint = await loadPrintable(req)
    const office = await officeSettings(req)
    const head = await letterheadFor(req, 'complaintSlip')
    const bytes = await renderComplaintSlip(complaint, head, office.timezone)
    return pdfResponse(bytes, `投诉处理单-${complaint.number}.pdf`)
  },
}

/** `GET /api/complaints/:id/reply.pdf` — the written reply, once it has been written. */
export const printWrittenReply: Endpoint = {
  path: '/:id/reply.pdf',
  method: 'get',
  handler: async (req) => {
    const complaint = await loadPrintable(req)
    if (!complaint.writtenReply) {
      throw conflict(
        '该投诉尚无书面答复（处理完成时填写）/ This complaint has no written reply yet',
      )
    }
    const office = await officeSettings(req)
    const head = await letterheadFor(req, 'writtenReply')
    const bytes = await renderWrittenReply(complaint, head, office.timezone)
    return pdfResponse(bytes, `书面回复-${complaint.number}.pdf`)
  },
}
