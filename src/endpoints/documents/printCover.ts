import type { Endpoint } from 'payload'

import { DOCUMENT_DEPARTMENTS, DOCUMENT_KINDS } from '@/domain/documents/control'
import type { DocumentDepartment, DocumentKind } from '@/domain/documents/control'
import { ROLE_LABELS } from '@/domain/roles'
import type { Role } from '@/domain/roles'
import { formatLocal, localDate } from '@/domain/time'
import { roundSignatures } from '@/lib/approvals/signatures'
import { requireUser } from '@/lib/endpointUser'
import { isDocumentKeeper } from '@/access/documents'
import { conflict, forbidden, invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { letterheadFor } from '@/lib/printing/letterhead'
import { officeSettings } from '@/lib/officeSettings'
import {
  createForm,
  field,
  heading,
  pdfResponse,
  formSignatures,
  table,
  toBuffer,
} from '@/pdf/pdfKit'
import { slugs } from '@/slugs'

const CONFIDENTIALITY = {
  public: '公开 Public',
  internal: '内部 Internal',
  confidential: '机密 Confidential',
}
const MEANING = { proposed: '编写 / 提交', reviewed: '审核', approved: '批准', rejected: '驳回' }

/**
 * `GET /api/archived-documents/:id/cover.pdf` — the cover sheet of the version in effect: name,
 * number, version, date of use, department, and the approvals that made it effective.
 */
export const printDocumentCover: Endpoint = {
  path: '/:id/cover.pdf',
  method: 'get',
  handler: async (req) => {
    const user = requireUser(req)
    const current = await req.payload.findByID({
      collection: slugs.archivedDocuments,
      id: String(req.routeParams?.id),
      depth: 0,
      overrideAccess: false,
      user,
      req,
    })
    // An earlier version (from the history), for those who may see history.
    const versionId = req.searchParams.get('version')
    let doc = current
    if (versionId) {
      if (!isDocumentKeeper(user) && relationId(current.owner) !== user.id) {
        throw forbidden(
          '只有档案员、经理和编写人可以打印历史版本 / Only the keepers and the owner print earlier versions',
        )
      }
      const version = await req.payload
        .findVersionByID({
          collection: slugs.archivedDocuments,
          id: versionId,
          depth: 0,
          overrideAccess: false,
          user,
          req,
        })
        .catch(() => null)
      if (
        !version ||
        relationId(version.parent) !== current.id ||
        version.version._status !== 'published'
      ) {
        throw invalidField(
          slugs.archivedDocuments,
          'version',
          '没有这个已生效的版本 / No such approved version of this document',
        )
      }
      doc = {
        ...version.version,
        id: current.id,
        effectiveVersion: version.version.versionLabel,
      } as typeof current
    }
    if (!doc.effectiveVersion || !doc.effectiveFrom) {
      throw conflict(
        '文件尚未经批准生效，没有封面 / The document has not been approved into use; it has no cover yet',
      )
    }
    const office = await officeSettings(req)
    const signed = await roundSignatures(req, slugs.archivedDocuments, doc)
    const head = await letterheadFor(req, 'documentCover')
    const pdf = createForm('documentCover', head, `文件编号 No. ${doc.number}`)
    pdf.moveDown(1)
    pdf.font('cjk-bold').fontSize(20).text(doc.title, { align: 'center' })
    pdf.moveDown(1.2)
    field(pdf, '文件编号 Number', doc.number)
    field(pdf, '版本 Version', doc.effectiveVersion)
    field(pdf, '类别 Kind', DOCUMENT_KINDS[doc.kind as DocumentKind]?.zh ?? doc.kind)
    field(
      pdf,
      '部门 Department',
      DOCUMENT_DEPARTMENTS[doc.department as DocumentDepartment]?.zh ?? doc.department,
    )
    field(
      pdf,
      '密级 Confidentiality',
      CONFIDENTIALITY[doc.confidentiality as keyof typeof CONFIDENTIALITY] ?? doc.confidentiality,
    )
    field(pdf, '实施日期 Date of use', localDate(new Date(doc.effectiveFrom), office.timezone))
    field(
      pdf,
      '保管至 Keep until',
      doc.retentionUntil ? localDate(new Date(doc.retentionUntil), office.timezone) : null,
    )
    field(pdf, '修订说明 Change note', doc.changeNote)
    heading(pdf, '审批 Approvals')
    table(
      pdf,
      [
        ['步骤 Step', 110],
        ['签署人 Signed by', 130],
        ['岗位 Role', 130],
        ['时间 When', 125],
      ],
      signed.map((entry) => [
        MEANING[entry.meaning as keyof typeof MEANING] ?? entry.meaning,
        entry.userName ?? '',
        ROLE_LABELS[entry.role as Role]?.zh ?? entry.role ?? '',
        formatLocal(entry.at, office.timezone),
      ]),
    )
    formSignatures(pdf, 'documentCover')
    return pdfResponse(await toBuffer(pdf), `${doc.number}-${doc.effectiveVersion}-封面.pdf`)
  },
}
