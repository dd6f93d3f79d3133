import type { Condition, Field } from 'payload'

import { label, option } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * The fields a shift log's key entry (钥匙借用) adds to name a key of the register: which key,
 * lent or returned, and when a lent key is due back. `moveRegisterKeys` moves the key's holder.
 */
export const registerKeyEntryFields = (condition: Condition): Field[] => [
  {
    type: 'row',
    admin: { condition },
    fields: [
      {
        name: 'registerKey',
        type: 'relationship',
        relationTo: slugs.keys,
        label: label('登记钥匙', 'Key of the register'),
      },
      {
        name: 'keyMove',
        type: 'select',
        options: [option('lend', '借出', 'Lent'), option('return', '归还', 'Returned')],
        label: label('借出 / 归还', 'Lent / returned'),
      },
      {
        name: 'dueBack',
        type: 'date',
        label: label('应还时间', 'Due back'),
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
    ],
  },
]
