import type { CollectionBeforeChangeHook } from 'payload'

import { SERVER_WRITE } from '@/lib/serverWrite'

/**
 * On create: a follow-up starts open, raised by whoever is signed in. Server code raising one for
 * the system (a job, no user) may leave `raisedBy` empty; a client never sets it (it is a server
 * field, refused before this runs).
 */
export const stampFollowUp: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const byServer = req.context?.[SERVER_WRITE] === true
  return {
    ...data,
    status: 'open',
    raisedBy: req.user ? req.user.id : byServer ? (data.raisedBy ?? null) : null,
    doneNote: null,
    confirmedBy: null,
    doneAt: null,
    escalatedAt: null,
  }
}
