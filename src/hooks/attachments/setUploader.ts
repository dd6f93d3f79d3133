import type { CollectionBeforeChangeHook } from 'payload'

/** beforeChange: who uploaded a file is recorded by the server, never taken from the client. */
export const setUploader: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation === 'create') data.uploadedBy = req.user?.id ?? null
  return data
}
