import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { label } from '@/i18n/label'
import { slugs } from '@/slugs'

/**
 * Sequence counters for human numbers (TS-202611-0001, WX-20261122-001 …), one row per series and
 * period. Only `nextSequenceNumber` touches it, with an atomic increment in the caller's transaction.
 */
export const Counters: CollectionConfig = {
  slug: slugs.counters,
  labels: { singular: label('编号计数器', 'Counter'), plural: label('编号计数器', 'Counters') },
  admin: { hidden: true },
  access: { read: denyAll, create: denyAll, update: denyAll, delete: denyAll },
  fields: [
    {
      name: 'key',
      type: 'text',
      maxLength: 100,
      required: true,
      unique: true,
      label: label('序列', 'Series'),
    },
    { name: 'value', type: 'number', required: true, label: label('当前值', 'Last value') },
  ],
}
