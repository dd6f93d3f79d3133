import type { CollectionConfig } from 'payload'

import { canReadDocumentVersions, canReadDocuments, canWriteDocuments } from '@/access/documents'
import { DOCUMENT_DEPARTMENTS, DOCUMENT_KINDS } from '@/domain/documents/control'
import { documentEndpoints } from '@/endpoints/documents'
import { MANAGER_ROLES, ROLES, ROLE_LABELS } from '@/domain/roles'
import { APPROVAL_DEFAULTS, approvalField, approvalPanelField } from '@/fields/approval'
import { serverFieldsOf, serverSet } from '@/fields/serverOnly'
import { restartApprovalOnEdit } from '@/hooks/approvals/restartApprovalOnEdit'
import { auditHooks } from '@/hooks/audit'
import { guardDocumentWrites } from '@/hooks/documents/guardDocumentWrites'
import { prepareDocument } from '@/hooks/documents/prepareDocument'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { workflowActionsField } from '@/fields/workflowActions'
import { DOCUMENT_STATUSES } from '@/domain/documents/workflow'
import { label, option, optionsFrom } from '@/i18n/label'
import { FORMS, FORM_KEYS } from '@/domain/forms'
import { checkPrintedForm } from '@/hooks/documents/checkPrintedForm'
import { documentApprovals } from '@/lib/approvals/documents'
import { slugs } from '@/slugs'

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = {
  initial: { status: 'draft', approval: APPROVAL_DEFAULTS },
}

/**
 * 受控文件与档案: numbered, versioned (every version kept: Payload versions with drafts), approved
 * before use. A change is a draft revision with its own change note and the next version label;
 * it takes effect when its approval chain completes (the last signature publishes it), and the
 * version it replaces is superseded. Staff read only the effective version; confidential documents
 * only the keepers and approved borrowers. Never deleted: obsolete, then destroyed by approval.
 */
export const ArchivedDocuments: CollectionConfig = {
  slug: slugs.archivedDocuments,
  labels: {
    singular: label('受控文件', 'Controlled document'),
    plural: label('文件与档案', 'Documents and archives'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'number',
      'title',
      'kind',
      'department',
      'versionLabel',
      'status',
      'effectiveFrom',
    ],
    group: label('文件与档案', 'Documents'),
    components: { edit: { PublishButton: '@/views/ApprovalPanel/NoPublish#NoPublish' } },
  },
  versions: { maxPerDoc: 0, drafts: { autosave: false } },
  trash: true,
  access: {
    read: canReadDocuments,
    readVersions: canReadDocumentVersions,
    create: canWriteDocuments,
    update: canWriteDocuments,
    delete: canWriteDocuments,
  },
  endpoints: documentEndpoints,
  indexes: [{ fields: ['status', 'retentionUntil'] }],
  hooks: {
    beforeOperation: [guardDocumentWrites, protectServerFields(serverFields)],
    beforeChange: [
      recheckServerFields(serverFields),
      prepareDocument,
      checkPrintedForm,
      restartApprovalOnEdit(documentApprovals),
    ],
    ...auditHooks,
  },
  fields: [
    workflowActionsField(label('作废与签阅', 'Withdraw and acknowledge')),
    approvalPanelField(),
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'number',
          type: 'text',
          maxLength: 100,
          unique: true,
          label: label('文件编号', 'Number'),
        }),
        serverSet({
          name: 'versionLabel',
          type: 'text',
          maxLength: 100,
          label: label('版本', 'Version'),
        }),
        serverSet({
          name: 'effectiveVersion',
          type: 'text',
          maxLength: 100,
          label: label('现行版本', 'Version in effect'),
        }),
        serverSet({
          name: 'status',
          type: 'select',
          // Payload's own draft `_status` would otherwise claim the same PostgreSQL enum name.
          enumName: 'enum_archived_documents_lifecycle',
          defaultValue: 'draft',
          index: true,
          label: label('状态', 'Status'),
          options: optionsFrom(DOCUMENT_STATUSES),
        }),
      ],
    },
    {
      name: 'title',
      type: 'text',
      maxLength: 200,
      required: true,
      label: label('文件名称', 'Title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: optionsFrom(DOCUMENT_KINDS),
          label: label('类别', 'Kind'),
        },
        {
          name: 'department',
          type: 'select',
          required: true,
          options: optionsFrom(DOCUMENT_DEPARTMENTS),
          label: label('部门', 'Department'),
        },
        {
          name: 'confidentiality',
          type: 'select',
          required: true,
          defaultValue: 'internal',
          label: label('密级', 'Confidentiality'),
          options: [
            option('public', '公开', 'Public'),
            option('internal', '内部', 'Internal'),
            option('confidential', '机密', 'Confidential'),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'owner',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('编写人', 'Owner'),
          // The author who creates it: set by the server, so a draft cannot be put in another's name.
        }),
        {
          name: 'resident',
          type: 'relationship',
          relationTo: slugs.residents,
          label: label('相关业主', 'Resident'),
        },
        {
          name: 'unit',
          type: 'relationship',
          relationTo: slugs.units,
          label: label('相关房屋', 'Unit'),
        },
      ],
    },
    {
      name: 'printedForm',
      type: 'select',
      index: true,
      label: label('对应打印表单', 'Printed form'),
      options: FORM_KEYS.map((key) => option(key, FORMS[key].title, FORMS[key].titleEn)),
      admin: {
        condition: (data) => data?.kind === 'form',
        description: label(
          '打印该表单时印上本文件的编号和现行版本；未关联的表单印为“未受控副本”',
          'The form prints this document’s number and the version in effect; a form linked to none prints as an uncontrolled copy',
        ),
      },
    },
    {
      name: 'changeNote',
      type: 'textarea',
      maxLength: 5000,
      label: label('修订说明', 'Change note'),
      admin: {
        description: label(
          '每次修订都必须说明修改内容（文件修改应作说明及版号）',
          'Every revision explains what changed',
        ),
      },
    },
    {
      name: 'majorRevision',
      type: 'checkbox',
      defaultValue: false,
      label: label('改版（升级字母版次）', 'Major revision (next letter)'),
    },
    { name: 'file', type: 'upload', relationTo: slugs.attachments, label: label('文件', 'File') },
    { name: 'content', type: 'richText', label: label('正文', 'Content') },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'effectiveFrom',
          type: 'date',
          label: label('生效日期', 'In effect from'),
        }),
        {
          name: 'retentionYears',
          type: 'number',
          min: 1,
          max: 100,
          label: label('保管期限（年）', 'Retention (years)'),
        },
        serverSet({
          name: 'retentionUntil',
          type: 'date',
          label: label('保管至', 'Keep until'),
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'requiresAcknowledgement',
          type: 'checkbox',
          defaultValue: false,
          label: label('须签阅', 'Must be signed as read'),
        },
        {
          // Who signs (签阅): every holder of these roles, before and after it takes effect.
          name: 'acknowledgeRoles',
          type: 'select',
          hasMany: true,
          defaultValue: [...MANAGER_ROLES],
          options: ROLES.map((role) => option(role, ROLE_LABELS[role].zh, ROLE_LABELS[role].en)),
          label: label('签阅岗位', 'Roles that sign'),
          admin: { condition: (data) => data?.requiresAcknowledgement === true },
        },
        {
          name: 'paperOriginal',
          type: 'checkbox',
          defaultValue: false,
          label: label('有纸质原件', 'Paper original kept'),
        },
        { name: 'shelf', type: 'text', maxLength: 100, label: label('存放位置', 'Shelf') },
      ],
    },
    serverSet({
      name: 'obsoleteReason',
      type: 'text',
      maxLength: 500,
      label: label('作废原因', 'Why obsolete'),
    }),
    serverSet({
      name: 'destroyedAt',
      type: 'date',
      label: label('销毁日期', 'Destroyed at'),
    }),
    approvalField(),
  ],
}

/** Set by the server only: the number, the version labels, the lifecycle and the approval. */
export const DOCUMENT_SERVER_FIELDS = serverFieldsOf(ArchivedDocuments.fields)
