import type { CollectionConfig } from 'payload'

import { withinRead } from '@/access/withinRead'
import { limitClientReads } from '@/hooks/shared/limitClientReads'
import { refuseBeforeLookup } from '@/hooks/shared/refuseBeforeLookup'
import { requirePasswordChange } from '@/hooks/shared/requirePasswordChange'

/**
 * Closes, for every collection in the config, the doors Payload opens besides the ones we build:
 * bulk update and delete by `where` (403 before any hook or transaction; the admin hides the bulk
 * buttons), duplicate, and version restore are off unless a collection opts back in; update and
 * delete are narrowed to what the user may read; `limitClientReads` keeps a client's pages to 100
 * and refuses `pagination=false`; `requirePasswordChange` holds an account with a one-time
 * password to changing it; and `refuseBeforeLookup` judges a client's write before any
 * other hook touches the database. Applied in `src/collections/index.ts`, so a
 * collection added later is closed too (the generic security suite attacks each one).
 */
export const closeGenericDoors = (collection: CollectionConfig): CollectionConfig => {
  const access = collection.access ?? {}
  const narrowed = { ...access }
  if (access.read && access.update) narrowed.update = withinRead(access.read, access.update)
  if (access.read && access.delete) narrowed.delete = withinRead(access.read, access.delete)
  return {
    ...collection,
    disableBulkEdit: collection.disableBulkEdit ?? true,
    disableBulkDelete: collection.disableBulkDelete ?? true,
    disableDuplicate: collection.disableDuplicate ?? true,
    access: narrowed,
    hooks: {
      ...collection.hooks,
      beforeOperation: [
        requirePasswordChange,
        limitClientReads,
        refuseBeforeLookup,
        ...(collection.hooks?.beforeOperation ?? []),
      ],
    },
  }
}
