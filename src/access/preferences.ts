import type { Access, Where } from 'payload'

/**
 * A signed-in user's own admin preferences (nav, list columns, open fields) and nobody else's:
 * the same row-level rule Payload ships, stated here so that it is ours and tested.
 */
export const ownPreferences: Access = ({ req: { user } }) => {
  if (!user) return false
  const own: Where = {
    and: [
      { 'user.value': { equals: user.id } },
      { 'user.relationTo': { equals: user.collection } },
    ],
  }
  return own
}

/** Any signed-in user saves preferences; Payload's `user` field hook stamps the row with them. */
export const canCreatePreferences: Access = ({ req: { user } }) => Boolean(user)
