import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * The dashboard trend's figures of each closed month (complaints registered, valid complaints,
 * households visited about complaints and how many were satisfied), one row per office time zone
 * and month. Kept current in the transaction of every change that moves them
 * (`keepMonthFigures`), refreshed daily (`refreshMonthFigures` job); nobody reads or writes it
 * through an API.
 */
export const MonthFigures: CollectionConfig = {
  slug: slugs.monthFigures,
  labels: {
    singular: label('月度指标', 'Month figures'),
    plural: label('月度指标', 'Month figures'),
  },
  admin: { hidden: true },
  access: { read: denyAll, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'key',
      type: 'text',
      maxLength: 100,
      required: true,
      unique: true,
      label: label('时区与月份', 'Time zone and month'),
    },
    { name: 'month', type: 'text', maxLength: 7, required: true, label: label('月份', 'Month') },
    {
      name: 'complaints',
      type: 'number',
      required: true,
      label: label('投诉件数', 'Complaints'),
    },
    { name: 'valid', type: 'number', required: true, label: label('有效投诉', 'Valid complaints') },
    {
      name: 'rated',
      type: 'number',
      required: true,
      label: label('回访户数', 'Households visited'),
    },
    {
      name: 'satisfied',
      type: 'number',
      required: true,
      label: label('满意户数', 'Households satisfied'),
    },
  ],
}
