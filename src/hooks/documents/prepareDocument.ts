import type { CollectionBeforeChangeHook } from 'payload'

import type { ArchivedDocument } from '@/payload-types'
import type { DocumentDepartment, DocumentKind } from '@/domain/documents/control'
import {
  DOCUMENT_DEPARTMENTS,
  DOCUMENT_KINDS,
  checkChangeNote,
  isDocumentKind,
  formatDocumentNumber,
  nextVersion,
  numberSeries,
} from '@/domain/documents/control'
import { localParts } from '@/domain/time'
import { invalidField } from '@/lib/errors'
import { nextSequenceNumber } from '@/lib/nextSequenceNumber'
import { officeSettings } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

/** What makes a revision: a change to any of these is a new version with its own change note. */
const CONTENT = [
  'title',
  'content',
  'file',
  'confidentiality',
  'requiresAcknowledgement',
  'acknowledgeRoles',
] as const

const same = (a: unknown, b: unknown) =>
  JSON.stringify(a ?? null, (_k, v) =>
    v && typeof v === 'object' && 'id' in v && 'createdAt' in v ? v.id : v,
  ) ===
  JSON.stringify(b ?? null, (_k, v) =>
    v && typeof v === 'object' && 'id' in v && 'createdAt' in v ? v.id : v,
  )

/**
 * beforeChange: the unified number on creation (never reused: an atomic counter per department
 * and kind); kind and department fixed once numbered; every revision of an effective document
 * gets the next version label and needs its own change note; the status of a draft follows its
 * approval.
 */
export const prepareDocument: CollectionBeforeChangeHook<ArchivedDocument> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  // A draft under its approval chain is in review; back to draft when it returns.
  const status = data.status ?? originalDoc?.status
  if (status === 'draft' || status === 'in-review') {
    const approval = (data.approval ?? originalDoc?.approval) as { status?: string } | undefined
    data.status = approval?.status === 'pending' ? 'in-review' : 'draft'
  }
  if (req.context?.serverWrite === true) return data
  const office = await officeSettings(req)
  const fail = (path: string, message: string) => {
    throw invalidField(slugs.archivedDocuments, path, message)
  }

  if (operation === 'create') {
    if (!isDocumentKind(data.kind)) fail('kind', '未知的文件类别 / Unknown kind of document')
    if (!(String(data.department) in DOCUMENT_DEPARTMENTS)) {
      fail('department', '未知的部门 / Unknown department')
    }
    const kind = data.kind as DocumentKind
    const department = data.department as DocumentDepartment
    const seq = await nextSequenceNumber(req, numberSeries(department, kind))
    data.number = formatDocumentNumber(office.documentNumberPattern, {
      department,
      kind,
      seq,
      year: localParts(new Date(), office.timezone).year,
    })
    data.versionLabel = nextVersion(null, office.versionScheme)
    data.status = 'draft'
    // The author is whoever creates it; only server code without a user (the seed) names one.
    data.owner = req.user?.id ?? data.owner ?? null
    data.retentionYears = data.retentionYears ?? DOCUMENT_KINDS[kind]?.retentionYears ?? null
    if (!String(data.changeNote ?? '').trim()) data.changeNote = '初版 / First issue'
    return data
  }

  const before = (originalDoc ?? {}) as Record<string, unknown>
  for (const fixed of ['kind', 'department'] as const) {
    if (fixed in data && data[fixed] !== before[fixed]) {
      fail(
        fixed,
        '文件编号已按类别和部门生成，不能更改 / The number was drawn for this kind and department; it cannot change',
      )
    }
  }
  if (before.status === 'destroyed' || before.status === 'obsolete') {
    fail(
      'status',
      '作废或已销毁的文件不能修订 / An obsolete or destroyed document cannot be revised',
    )
  }
  const revised = CONTENT.some((field) => field in data && !same(data[field], before[field]))
  if (!revised) return data
  if (before.status === 'effective') {
    // The first change after it took effect: a new revision with the next label and a new note.
    const note = checkChangeNote(data.changeNote)
    if (note || same(data.changeNote, before.changeNote)) {
      fail('changeNote', '每次修订必须说明本次修改内容 / Every revision needs its own change note')
    }
    data.versionLabel = nextVersion(
      String(before.effectiveVersion ?? before.versionLabel),
      office.versionScheme,
      data.majorRevision === true,
    )
    data.status = 'draft'
  } else {
    const note = checkChangeNote(data.changeNote ?? before.changeNote)
    if (note) fail('changeNote', note)
  }
  return data
}
