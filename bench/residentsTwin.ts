import type { CollectionConfig } from 'payload'

import { Residents } from '../src/collections/Residents'

/** The residents collection without hooks or access rules: the baseline for the audit overhead. */
export const ResidentsTwin: CollectionConfig = {
  slug: 'residents-twin',
  fields: Residents.fields,
}
