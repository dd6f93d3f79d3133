import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * Throttling counters (failed sign-ins per account and address, reset requests…), one row per
 * key. In the database so that every process of the app counts together. Only
 * `src/lib/security/throttle.ts` touches it, with atomic upserts; no API reads or writes it.
 * Times are milliseconds since the epoch, compared in SQL.
 */
export const Throttles: CollectionConfig = {
  slug: slugs.throttles,
  labels: {
    singular: label('限流计数', 'Throttle counter'),
    plural: label('限流计数', 'Throttle counters'),
  },
  admin: { hidden: true },
  access: { read: denyAll, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      maxLength: 400,
      label: label('键', 'Key'),
    },
    { name: 'hits', type: 'number', required: true, label: label('次数', 'Hits') },
    {
      name: 'windowStart',
      type: 'number',
      required: true,
      label: label('窗口开始 (ms)', 'Window start (ms)'),
    },
    {
      name: 'blockedUntil',
      type: 'number',
      required: true,
      label: label('限制至 (ms)', 'Refused until (ms)'),
    },
  ],
}
