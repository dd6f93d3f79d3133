import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { isStaff } from '@/access/isStaff'
import { canKeepKeys } from '@/access/keys'
import { KEY_KINDS, KEY_ORIGINS, KEY_STATUSES } from '@/domain/keys/register'
import { serverSet } from '@/fields/serverOnly'
import { auditHooks } from '@/hooks/audit'
import { keepLentKeys } from '@/hooks/keys/keepLentKeys'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = { initial: { status: 'in-office' } }

/**
 * 钥匙登记: the keys the office holds — for a unit (in custody while the developer repairs, a
 * spare left by the owner) or the common areas — how many, where kept, and who holds one now.
 * The holder moves only through the shift log's key entries (`moveRegisterKeys`): lending sets
 * it, returning clears it; a key out past its time is listed at the handover.
 */
export const Keys: CollectionConfig = {
  slug: slugs.keys,
  labels: { singular: label('钥匙', 'Key'), plural: label('钥匙登记', 'Key register') },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'unit', 'kind', 'count', 'location', 'status', 'holder', 'dueBack'],
    group: label('前台与秩序维护', 'Front desk and security'),
    listSearchableFields: ['label', 'location', 'holder'],
  },
  access: {
    read: isStaff,
    create: canKeepKeys,
    update: canKeepKeys,
    delete: canDeleteRecords,
  },
  defaultSort: 'label',
  indexes: [{ fields: ['status', 'dueBack'] }],
  hooks: {
    beforeOperation: [protectServerFields(serverFields), keepLentKeys],
    beforeChange: [recheckServerFields(serverFields)],
    afterChange: [...auditHooks.afterChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'label',
          type: 'text',
          maxLength: 100,
          required: true,
          label: label('钥匙编号 / 名称', 'Key tag'),
          admin: {
            description: label(
              '钥匙牌上的编号，如 A-1-101-入户门',
              'The tag, e.g. A-1-101-entrance',
            ),
          },
        },
        {
          name: 'unit',
          type: 'relationship',
          relationTo: slugs.units,
          index: true,
          label: label('房号', 'Unit'),
        },
        {
          name: 'resident',
          type: 'relationship',
          relationTo: slugs.residents,
          index: true,
          label: label('业主', 'Owner'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          options: optionsFrom(KEY_KINDS),
          label: label('种类', 'Kind'),
        },
        {
          name: 'count',
          type: 'number',
          required: true,
          min: 1,
          max: 99,
          defaultValue: 1,
          admin: { step: 1 },
          label: label('数量', 'How many'),
        },
        {
          name: 'location',
          type: 'text',
          maxLength: 100,
          required: true,
          label: label('存放位置', 'Kept where'),
        },
        {
          name: 'origin',
          type: 'select',
          defaultValue: 'spare',
          options: optionsFrom(KEY_ORIGINS),
          label: label('来源', 'Held as'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'in-office',
          index: true,
          options: optionsFrom(KEY_STATUSES),
          label: label('状态', 'Status'),
        }),
        serverSet({
          name: 'holder',
          type: 'text',
          maxLength: 100,
          label: label('当前持有人', 'Held now by'),
        }),
        serverSet({
          name: 'lentAt',
          type: 'date',
          label: label('借出时间', 'Lent at'),
          admin: dayAndTime,
        }),
        serverSet({
          name: 'dueBack',
          type: 'date',
          index: true,
          label: label('应还时间', 'Due back'),
          admin: dayAndTime,
        }),
        serverSet({
          name: 'lentInLog',
          type: 'relationship',
          relationTo: slugs.shiftLogs,
          label: label('借出记录', 'Lent on the log'),
        }),
      ],
    },
    { name: 'notes', type: 'textarea', maxLength: 2000, label: label('备注', 'Notes') },
  ],
}
