import type { CollectionConfig } from 'payload'

import { canDeleteResidents } from '@/access/canDeleteResidents'
import { canMaintainResidents } from '@/access/canMaintainResidents'
import { canReadConfidential } from '@/access/canReadConfidential'
import { isStaff } from '@/access/isStaff'
import { idNumberValidation } from '@/fields/idNumber'
import { serverSet } from '@/fields/serverOnly'
import { workflowActionsField } from '@/fields/workflowActions'
import { money } from '@/fields/money'
import { emailAddress, phoneNumber } from '@/fields/validators'
import { auditHooks } from '@/hooks/audit'
import { requireCompanyForCommercialTenant } from '@/hooks/residents/requireCompanyForCommercialTenant'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { moveInEndpoints } from '@/endpoints/moveIn'
import { label, option } from '@/i18n/label'
import { slugs } from '@/slugs'

import { moveInFields } from './moveInFields'

export const RESIDENT_KINDS = [
  option('owner', '业主', 'Owner'),
  option('tenant', '租户', 'Tenant'),
  option('commercial-tenant', '商户', 'Commercial tenant'),
]

/** The move-in record is signed through its actions; a create may carry only its defaults. */
const moveInServerFields: ServerFields = { initial: { moveIn: { status: 'not-started' } } }

/** Read only by roles entitled to residents' confidential data (not guards, not engineers). */
const confidential = {
  read: canReadConfidential,
  create: canReadConfidential,
  update: canReadConfidential,
}

export const Residents: CollectionConfig = {
  slug: slugs.residents,
  labels: { singular: label('住户', 'Resident'), plural: label('住户 / 客户档案', 'Residents') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'units', 'archiveNo', 'status'],
    listSearchableFields: ['name', 'companyName', 'archiveNo'],
    group: label('客户档案', 'Customer archive'),
  },
  access: {
    read: isStaff,
    create: canMaintainResidents,
    update: canMaintainResidents,
    delete: canDeleteResidents,
  },
  endpoints: moveInEndpoints,
  hooks: {
    beforeOperation: [protectServerFields(moveInServerFields)],
    beforeValidate: [requireCompanyForCommercialTenant],
    beforeChange: [recheckServerFields(moveInServerFields)],
    ...auditHooks,
  },
  fields: [
    workflowActionsField(label('入住手续办理', 'Move-in steps')),
    {
      type: 'tabs',
      tabs: [
        {
          label: label('基本信息', 'Profile'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'kind',
                  type: 'select',
                  required: true,
                  defaultValue: 'owner',
                  options: RESIDENT_KINDS,
                  label: label('类别', 'Kind'),
                },
                {
                  name: 'name',
                  type: 'text',
                  maxLength: 100,
                  required: true,
                  label: label('姓名', 'Name'),
                },
                {
                  name: 'archiveNo',
                  type: 'text',
                  maxLength: 100,
                  unique: true,
                  label: label('档案号', 'Archive number'),
                },
                {
                  name: 'status',
                  type: 'select',
                  required: true,
                  defaultValue: 'active',
                  options: [
                    option('active', '在住', 'Active'),
                    option('moved-out', '已迁出', 'Moved out'),
                  ],
                  label: label('状态', 'Status'),
                },
              ],
            },
            {
              type: 'row',
              admin: { condition: (data) => data?.kind === 'commercial-tenant' },
              fields: [
                {
                  name: 'companyName',
                  type: 'text',
                  maxLength: 100,
                  label: label('公司名称', 'Company name'),
                },
                {
                  name: 'companyType',
                  type: 'select',
                  label: label('经营类别', 'Business type'),
                  options: [
                    option('retail', '零售', 'Retail'),
                    option('catering', '餐饮', 'Catering'),
                    option('services', '生活服务', 'Services'),
                    option('office', '办公', 'Office'),
                    option('other', '其他', 'Other'),
                  ],
                },
              ],
            },
            {
              name: 'units',
              type: 'relationship',
              relationTo: slugs.units,
              hasMany: true,
              required: true,
              index: true,
              label: label('房屋', 'Units'),
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'phone',
                  type: 'text',
                  maxLength: 32,
                  validate: phoneNumber,
                  access: confidential,
                  label: label('电话', 'Phone'),
                },
                {
                  name: 'email',
                  type: 'email',
                  validate: emailAddress,
                  label: label('邮箱', 'Email'),
                },
              ],
            },
            {
              type: 'row',
              fields: [
                {
                  name: 'idType',
                  type: 'select',
                  defaultValue: 'mainland-id',
                  access: confidential,
                  label: label('证件类型', 'ID type'),
                  options: [
                    option('mainland-id', '居民身份证', 'Resident ID card'),
                    option('hk-macao-taiwan', '港澳台通行证', 'HK/Macao/Taiwan permit'),
                    option('passport', '护照', 'Passport'),
                    option('other', '其他', 'Other'),
                  ],
                },
                {
                  name: 'idNumber',
                  type: 'text',
                  maxLength: 32,
                  validate: idNumberValidation,
                  access: confidential,
                  label: label('证件号码', 'ID number'),
                },
              ],
            },
            {
              name: 'emergencyContacts',
              type: 'array',
              access: confidential,
              label: label('紧急联络人', 'Emergency contacts'),
              labels: { singular: label('联络人', 'Contact'), plural: label('联络人', 'Contacts') },
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'name',
                      type: 'text',
                      maxLength: 100,
                      required: true,
                      label: label('姓名', 'Name'),
                    },
                    {
                      name: 'relation',
                      type: 'text',
                      maxLength: 100,
                      label: label('关系', 'Relation'),
                    },
                    {
                      name: 'phone',
                      type: 'text',
                      maxLength: 32,
                      required: true,
                      validate: phoneNumber,
                      label: label('电话', 'Phone'),
                    },
                  ],
                },
              ],
            },
            { name: 'notes', type: 'textarea', maxLength: 5000, label: label('备注', 'Notes') },
          ],
        },
        {
          label: label('入住手续', 'Move-in'),
          description: label(
            '核实身份并填写业主基本信息登记表 → 签订前期物业服务协议 → 发放业主手册及装修守则 → 收费 → 房屋验收 → 钥匙交接或托管',
            'Identity and registration form → service agreement → handbook and renovation rules → fees → joint inspection → keys handed over or held in custody',
          ),
          fields: [
            // Signed only through the move-in actions (`POST /api/residents/:id/actions/:action`).
            serverSet({
              name: 'moveIn',
              type: 'group',
              label: label('入住手续', 'Move-in record'),
              fields: moveInFields,
            }),
            {
              name: 'heldKeys',
              type: 'join',
              collection: slugs.keys,
              on: 'resident',
              defaultLimit: 20,
              label: label('物业代管钥匙', 'Keys held by the office'),
              admin: { defaultColumns: ['label', 'kind', 'count', 'location', 'status', 'holder'] },
            },
          ],
        },
        {
          label: label('费用与押金', 'Fees and deposits'),
          fields: [
            {
              name: 'deposits',
              type: 'array',
              label: label('押金', 'Deposits'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'kind',
                      type: 'select',
                      required: true,
                      label: label('类别', 'Kind'),
                      options: [
                        option('renovation', '装修押金', 'Renovation deposit'),
                        option('keys', '钥匙押金', 'Key deposit'),
                        option('other', '其他', 'Other'),
                      ],
                    },
                    money('amount', label('金额', 'Amount'), { overrides: { required: true } }),
                    {
                      name: 'receiptNo',
                      type: 'text',
                      maxLength: 100,
                      label: label('收据号', 'Receipt no.'),
                    },
                    { name: 'date', type: 'date', label: label('日期', 'Date') },
                    {
                      name: 'refunded',
                      type: 'checkbox',
                      defaultValue: false,
                      label: label('已退还', 'Refunded'),
                    },
                  ],
                },
              ],
            },
            {
              name: 'feeRecords',
              type: 'array',
              label: label('缴费与欠费记录', 'Fee and arrears records'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'kind',
                      type: 'select',
                      required: true,
                      label: label('类别', 'Kind'),
                      options: [
                        option('payment', '缴费', 'Payment'),
                        option('arrears', '欠费', 'Arrears'),
                      ],
                    },
                    {
                      name: 'period',
                      type: 'text',
                      maxLength: 100,
                      label: label('所属期间', 'Period'),
                    },
                    money('amount', label('金额', 'Amount'), { overrides: { required: true } }),
                    { name: 'date', type: 'date', label: label('日期', 'Date') },
                    { name: 'note', type: 'text', maxLength: 500, label: label('说明', 'Note') },
                  ],
                },
              ],
            },
          ],
        },
        {
          label: label('投诉与维修', 'Complaints and repairs'),
          description: label(
            '该住户的投诉、咨询、建议、求助与报修记录',
            'This resident’s complaints, enquiries, suggestions, help requests and repairs',
          ),
          fields: [
            {
              name: 'complaints',
              type: 'join',
              collection: slugs.complaints,
              on: 'resident',
              defaultSort: '-registeredAt',
              defaultLimit: 20,
              label: label('投诉记录', 'Complaints'),
              admin: { defaultColumns: ['number', 'registeredAt', 'category', 'status'] },
            },
            {
              name: 'workOrders',
              type: 'join',
              collection: slugs.workOrders,
              on: 'resident',
              defaultSort: '-registeredAt',
              defaultLimit: 20,
              label: label('维修记录', 'Repairs'),
              admin: { defaultColumns: ['number', 'registeredAt', 'fault', 'status'] },
            },
            {
              name: 'violations',
              type: 'join',
              collection: slugs.violations,
              on: 'resident',
              defaultSort: '-occurredAt',
              defaultLimit: 20,
              label: label('违章记录', 'Violations'),
              admin: { defaultColumns: ['number', 'occurredAt', 'kind', 'status'] },
            },
            {
              name: 'documents',
              type: 'join',
              collection: slugs.archivedDocuments,
              on: 'resident',
              defaultSort: '-updatedAt',
              defaultLimit: 20,
              label: label('相关文件与档案', 'Documents and archives'),
              admin: { defaultColumns: ['number', 'title', 'kind', 'status'] },
            },
          ],
        },
        {
          label: label('档案文件', 'Files'),
          fields: [
            {
              name: 'files',
              type: 'array',
              label: label('档案文件', 'Archive files'),
              fields: [
                {
                  type: 'row',
                  fields: [
                    {
                      name: 'kind',
                      type: 'select',
                      required: true,
                      label: label('类别', 'Kind'),
                      options: [
                        option('move-in-form', '入住资料', 'Move-in form'),
                        option('renovation', '装修工程文件', 'Renovation file'),
                        option('correspondence', '往来函件', 'Correspondence'),
                        option('other', '其他', 'Other'),
                      ],
                    },
                    {
                      name: 'file',
                      type: 'upload',
                      relationTo: slugs.attachments,
                      required: true,
                      label: label('文件', 'File'),
                    },
                    { name: 'note', type: 'text', maxLength: 500, label: label('说明', 'Note') },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
