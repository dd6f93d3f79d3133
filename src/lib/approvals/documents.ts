import type { Chain } from '@/domain/approvals/chain'
import { DOCUMENT_KEEPERS, DOCUMENT_KINDS, retentionEnds } from '@/domain/documents/control'
import type { DocumentKind } from '@/domain/documents/control'
import { ROLES } from '@/domain/roles'
import { emailsOfRoles } from '@/lib/staffEmails'
import { conflict, invalidField } from '@/lib/errors'
import { relationId } from '@/domain/relations'
import { serverReq } from '@/lib/serverWrite'
import { slugs } from '@/slugs'

import type { ApprovalDefinition } from './definition'

const author = {
  key: 'author',
  roles: ['document-controller', 'site-manager', 'property-manager'],
  meaning: 'proposed',
  label: { zh: '编写人提交', en: 'Author submits' },
} as const
const department = {
  key: 'department',
  roles: ['site-manager', 'property-manager'],
  meaning: 'reviewed',
  label: { zh: '部门经理审核', en: 'Department manager reviews' },
} as const

/** Rules, procedures and contracts: the director approves them. */
export const DOCUMENT_DIRECTOR_CHAIN: Chain = {
  key: 'document-director',
  steps: [
    author,
    department,
    {
      key: 'approve',
      roles: ['director'],
      meaning: 'approved',
      label: { zh: '物业总监批准', en: 'Director approves' },
    },
  ],
}

/** Forms, records and the rest: the property manager approves them. */
export const DOCUMENT_MANAGER_CHAIN: Chain = {
  key: 'document-manager',
  steps: [
    author,
    { ...department, roles: ['site-manager'] },
    {
      key: 'approve',
      roles: ['property-manager', 'director'],
      meaning: 'approved',
      label: { zh: '物业管理经理批准', en: 'Property manager approves' },
    },
  ],
}

export const documentApprovals: ApprovalDefinition = {
  collection: slugs.archivedDocuments,
  label: { zh: '受控文件', en: 'Controlled document' },
  chains: [DOCUMENT_DIRECTOR_CHAIN, DOCUMENT_MANAGER_CHAIN],
  chainFor: (doc, office) =>
    office.directorApprovesKinds.includes(doc.kind as DocumentKind)
      ? DOCUMENT_DIRECTOR_CHAIN
      : DOCUMENT_MANAGER_CHAIN,
  // The defaults take the kinds the director approves from the office settings when they are
  // written; after that the chains' conditions decide.
  defaultConditions: (office) => ({
    [DOCUMENT_DIRECTOR_CHAIN.key]: { documentKinds: [...office.directorApprovesKinds] },
    [DOCUMENT_MANAGER_CHAIN.key]: {
      documentKinds: (Object.keys(DOCUMENT_KINDS) as DocumentKind[]).filter(
        (kind) => !office.directorApprovesKinds.includes(kind),
      ),
    },
  }),
  caseFacts: (doc) => ({ documentKind: (doc.kind as string) ?? null }),
  conditionFields: ['documentKinds'],
  // ISO 9001 7.5.2: documents are approved by a manager before issue.
  procedure: 'controlled-document',
  departmentField: 'department',
  contentFields: [
    'title',
    'kind',
    'department',
    'confidentiality',
    'content',
    'file',
    'versionLabel',
    'changeNote',
    'printedForm',
  ],
  afterApproval: 'new-round',
  drafts: true,
  title: (doc) =>
    `${String(doc.number ?? '')} ${String(doc.title ?? '')} ${String(doc.versionLabel ?? '')}`.trim(),
  titleFields: ['number', 'title', 'versionLabel'],
  checkProposal: ({ doc }) => {
    if (doc.status === 'obsolete' || doc.status === 'destroyed') {
      throw conflict(
        '作废或已销毁的文件不能送审 / An obsolete or destroyed document cannot be submitted',
      )
    }
    if (!doc.file && !doc.content) {
      throw invalidField(
        slugs.archivedDocuments,
        'content',
        '请上传文件或填写正文 / Attach a file or write the content',
      )
    }
    if (!String(doc.changeNote ?? '').trim()) {
      throw invalidField(
        slugs.archivedDocuments,
        'changeNote',
        '请填写修订说明 / Write the change note',
      )
    }
  },
  onCompleted: ({ doc, at }) => ({
    status: 'effective',
    effectiveVersion: doc.versionLabel,
    effectiveFrom: at,
    retentionUntil: retentionEnds(
      doc.kind as DocumentKind,
      new Date(at),
      doc.retentionYears as number | null,
    ).toISOString(),
  }),
}

/** Destruction (销毁) of an archived document: the document controller proposes, the director approves. */
export const DESTRUCTION_CHAIN: Chain = {
  key: 'destruction',
  steps: [
    {
      key: 'propose',
      roles: ['document-controller'],
      meaning: 'proposed',
      label: { zh: '档案员申请', en: 'Document controller proposes' },
    },
    {
      key: 'approve',
      roles: ['director'],
      meaning: 'approved',
      label: { zh: '物业总监批准', en: 'Director approves' },
    },
  ],
}

export const destructionApprovals: ApprovalDefinition = {
  collection: slugs.documentDestructions,
  label: { zh: '文件销毁', en: 'Destruction' },
  chains: [DESTRUCTION_CHAIN],
  chainFor: () => DESTRUCTION_CHAIN,
  contentFields: ['document', 'method', 'reason'],
  afterApproval: 'refuse',
  title: (doc) => `${String(doc.documentNumber ?? '')} ${String(doc.versionLabel ?? '')}`.trim(),
  titleFields: ['documentNumber', 'versionLabel'],
  checkProposal: async ({ doc, req }) => {
    const documentId = relationId(doc.document)
    const target = documentId
      ? await req.payload
          .findByID({ collection: slugs.archivedDocuments, id: documentId, depth: 0, req })
          .catch(() => null)
      : null
    if (!target)
      throw invalidField(slugs.documentDestructions, 'document', '请选择文件 / Choose the document')
    const due = target.retentionUntil && new Date(target.retentionUntil).getTime() <= Date.now()
    if (target.status !== 'obsolete' && !due) {
      throw invalidField(
        slugs.documentDestructions,
        'document',
        '只有已作废或已过保管期的文件可以销毁 / Only an obsolete document or one past its retention may be destroyed',
      )
    }
  },
  onCompleted: async ({ doc, req, actor, at }) => {
    const documentId = relationId(doc.document) as number
    const target = await req.payload.findByID({
      collection: slugs.archivedDocuments,
      id: documentId,
      depth: 0,
      req,
    })
    const fileId = relationId(target.file)
    // The record stays; the file and the content go.
    await req.payload.update({
      collection: slugs.archivedDocuments,
      id: documentId,
      data: { status: 'destroyed', destroyedAt: at, file: null, content: null },
      depth: 0,
      overrideAccess: true,
      req: serverReq(req),
    })
    if (fileId) {
      await req.payload.delete({
        collection: slugs.attachments,
        id: fileId,
        overrideAccess: true,
        req,
      })
    }
    return { status: 'approved', approvedBy: actor.id, destroyedAt: at }
  },
}

/** Borrowing that needs a leader's approval (a confidential document, or a borrower outside the circle). */
export const LOAN_CHAIN: Chain = {
  key: 'loan',
  steps: [
    {
      key: 'request',
      roles: [...ROLES],
      meaning: 'proposed',
      label: { zh: '借阅人申请', en: 'Borrower requests' },
    },
    {
      key: 'approve',
      roles: ['property-manager', 'director'],
      meaning: 'approved',
      label: { zh: '领导批准', en: 'A leader approves' },
    },
  ],
}

export const loanApprovals: ApprovalDefinition = {
  collection: slugs.documentLoans,
  label: { zh: '档案借阅', en: 'Document loan' },
  chains: [LOAN_CHAIN],
  chainFor: () => LOAN_CHAIN,
  contentFields: ['documents', 'purpose', 'startAt', 'dueAt', 'requester'],
  afterApproval: 'refuse',
  title: (doc) => String(doc.number ?? doc.id),
  titleFields: ['number'],
  checkProposal: ({ doc, req }) => {
    if (!doc.needsApproval) throw conflict('此借阅无需审批 / This loan needs no approval')
    if (relationId(doc.requester) !== req.user?.id) {
      throw invalidField(
        slugs.documentLoans,
        'requester',
        '只有借阅人本人可以提交 / Only the borrower submits the request',
      )
    }
  },
  onCompleted: () => ({ status: 'approved' }),
  notifyOnCompletion: async ({ req }) => emailsOfRoles(req, [...DOCUMENT_KEEPERS.slice(0, 1)]),
}
