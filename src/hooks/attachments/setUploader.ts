import type { CollectionBeforeChangeHook } from 'payload'

import type { Attachment } from '@/payload-types'

/**
 * beforeChange: who uploaded a file is recorded by the server, never taken from the client. It
 * decides who reads a file nobody holds yet, so an update keeps it as it was.
 */
export const setUploader: CollectionBeforeChangeHook<Attachment> = ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation === 'create') data.uploadedBy = req.user?.id ?? null
  else if (originalDoc) data.uploadedBy = originalDoc.uploadedBy ?? null
  return data
}
