import type { CollectionBeforeChangeHook } from 'payload'

import type { Suggestion } from '@/payload-types'

/** beforeChange: a new suggestion is stamped with who recorded it and when; it waits for the director. */
export const prepareSuggestion: CollectionBeforeChangeHook<Suggestion> = ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create') return data
  return {
    ...data,
    status: 'submitted',
    recordedBy: (req.user?.id as number | undefined) ?? data.recordedBy ?? null,
    recordedAt: new Date().toISOString(),
  }
}
