import type { CollectionBeforeChangeHook, PayloadRequest } from 'payload'

import type { DocumentLoan } from '@/payload-types'
import { isDocumentKeeper } from '@/access/documents'
import { hasRole } from '@/access/hasRole'
import { loansOverlap } from '@/domain/documents/control'
import { localParts } from '@/domain/time'
import { conflict, invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

const idsOf = (value: unknown): Array<number | string> =>
  ((value ?? []) as unknown[])
    .map((v) => relationId(v))
    .filter((v): v is number | string => v !== undefined)

/**
 * Two loans of the same paper original may not overlap: the period of every other approved or
 * lent loan of a document with a paper original (a returned loan ends at its return).
 */
export const checkNoOverlap = async (
  req: PayloadRequest,
  loan: { id?: number | string; documents: Array<number | string>; startAt: Date; dueAt: Date },
) => {
  const documents = await req.payload.find({
    collection: slugs.archivedDocuments,
    where: { and: [{ id: { in: loan.documents } }, { paperOriginal: { equals: true } }] },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    req,
  })
  for (const doc of documents.docs) {
    const others = await req.payload.find({
      collection: slugs.documentLoans,
      where: {
        and: [
          { documents: { in: [doc.id] } },
          { status: { in: ['approved', 'lent'] } },
          ...(loan.id !== undefined ? [{ id: { not_equals: loan.id } }] : []),
        ],
      },
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const clash = others.docs.find((other) =>
      loansOverlap(
        { from: loan.startAt, to: loan.dueAt },
        {
          from: new Date(other.startAt ?? other.createdAt),
          to: new Date(other.returnedAt ?? other.dueAt),
        },
      ),
    )
    if (clash) {
      throw conflict(
        `原件 ${doc.number}《${doc.title}》在此期间已借出（${clash.number}）/ The paper original ${doc.number} is on loan in that period (${clash.number})`,
      )
    }
  }
}

/**
 * beforeChange: the borrower is who asks; the loan number; the dates; whether a leader must
 * approve (a confidential document, or a borrower outside the permitted circle); no overlap with
 * another loan of the same paper original.
 */
export const prepareLoan: CollectionBeforeChangeHook<DocumentLoan> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (req.context?.serverWrite === true) return data
  const fail = (path: string, message: string) => {
    throw invalidField(slugs.documentLoans, path, message)
  }
  if (originalDoc && ['lent', 'returned'].includes(String(originalDoc.status))) {
    throw conflict(
      '已借出或已归还的借阅记录不能修改 / A loan that is out or returned cannot be changed',
    )
  }
  const merged: Partial<DocumentLoan> = { ...originalDoc, ...data }
  const documents = idsOf(merged.documents)
  if (documents.length === 0) fail('documents', '请选择要借阅的文件 / Choose the documents')
  const startAt = new Date(String(merged.startAt ?? new Date().toISOString()))
  const dueAt = new Date(String(merged.dueAt ?? ''))
  if (Number.isNaN(dueAt.getTime())) fail('dueAt', '请填写归还日期 / Set the due date')
  if (dueAt.getTime() <= Date.now() || dueAt.getTime() <= startAt.getTime()) {
    fail(
      'dueAt',
      '归还日期须晚于借阅开始和现在 / The due date must be after the start and in the future',
    )
  }
  data.startAt = startAt.toISOString()

  if (operation === 'create') {
    const office = await officeSettings(req)
    const year = localParts(new Date(), office.timezone).year
    data.number = `JY-${year}-${String(await nextSequenceNumber(req, `JY-${year}`)).padStart(4, '0')}`
    data.requester = req.user?.id ?? null
    const confidential = await req.payload.count({
      collection: slugs.archivedDocuments,
      where: { and: [{ id: { in: documents } }, { confidentiality: { equals: 'confidential' } }] },
      overrideAccess: true,
      req,
    })
    const inCircle = isDocumentKeeper(req.user) || hasRole(req.user, 'site-manager')
    data.needsApproval = confidential.totalDocs > 0 || !inCircle
    data.status = data.needsApproval ? 'requested' : 'approved'
  }
  await checkNoOverlap(req, { id: originalDoc?.id, documents, startAt, dueAt })
  return data
}
