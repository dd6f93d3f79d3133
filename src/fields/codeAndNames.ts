import type { Field } from 'payload'

import type { BilingualLabel } from '@/i18n/label'
import { label } from '@/i18n/label'

/**
 * The identity of an entry of office data that other records name by code (a post, a complaint
 * category): its code (unique, lower-case letters, digits and dashes; the records store it) and
 * its names in the admin's two languages, in one row.
 */
export const codeAndNames = (args: { pattern: RegExp; codeHelp: BilingualLabel }): Field => ({
  type: 'row',
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 32,
      label: label('编码', 'Code'),
      admin: { description: args.codeHelp },
      validate: (value: unknown) =>
        typeof value === 'string' && args.pattern.test(value)
          ? true
          : '编码只用小写字母、数字和连字符 / Lower-case letters, digits and dashes only',
    },
    {
      name: 'nameZh',
      type: 'text',
      required: true,
      maxLength: 100,
      label: label('名称（中文）', 'Name (Chinese)'),
    },
    {
      name: 'nameEn',
      type: 'text',
      maxLength: 100,
      label: label('名称（英文）', 'Name (English)'),
    },
  ],
})
