import type { Access, PayloadRequest, Where } from 'payload'

type SignedIn = NonNullable<PayloadRequest['user']>
type Editable = { collections: string[]; globals: string[] }

/**
 * What the user may edit, collection by collection and global by global: a row-level (`Where`)
 * update right counts, so a guard sees who is editing a shift log but not a resident's file.
 * Worked out once per request: Payload reads locks for every list and document it shows.
 */
const editableCache = new WeakMap<PayloadRequest, Promise<Editable>>()

const mayUpdate = async (access: Access | undefined, req: PayloadRequest): Promise<boolean> => {
  if (!access) return false
  try {
    return Boolean(await access({ req }))
  } catch {
    // An access function that needs a document to answer cannot grant a blanket right.
    return false
  }
}

const editableBy = (req: PayloadRequest): Promise<Editable> => {
  const known = editableCache.get(req)
  if (known) return known
  const work = (async () => {
    const { config } = req.payload
    const collections: string[] = []
    for (const collection of config.collections) {
      if (collection.lockDocuments === false) continue
      if (await mayUpdate(collection.access.update, req)) collections.push(collection.slug)
    }
    const globals: string[] = []
    for (const global of config.globals) {
      if (global.lockDocuments === false) continue
      if (await mayUpdate(global.access.update as Access, req)) globals.push(global.slug)
    }
    return { collections, globals }
  })()
  editableCache.set(req, work)
  return work
}

const ownLock = (user: SignedIn): Where => ({
  and: [{ 'user.value': { equals: user.id } }, { 'user.relationTo': { equals: user.collection } }],
})

/** Whether a lock's `user` value (`{ relationTo, value }`) names the signed-in user. */
const namesUser = (value: unknown, user: SignedIn): boolean => {
  if (typeof value !== 'object' || value === null) return false
  const { relationTo, value: target } = value as { relationTo?: unknown; value?: unknown }
  const id =
    typeof target === 'object' && target !== null ? (target as { id?: unknown }).id : target
  return relationTo === user.collection && id !== undefined && String(id) === String(user.id)
}

/**
 * Locks are read by those who may edit the locked document (the admin warns of a concurrent
 * editor) and by their holder; nobody else learns who is working on what.
 */
export const canReadLocks: Access = async ({ req }) => {
  const { user } = req
  if (!user) return false
  const { collections, globals } = await editableBy(req)
  const or: Where[] = [ownLock(user)]
  // One `equals` per collection: the SQL adapters match a polymorphic `relationTo` by one value.
  for (const slug of collections) or.push({ 'document.relationTo': { equals: slug } })
  if (globals.length > 0) or.push({ globalSlug: { in: globals } })
  return { or }
}

/**
 * A lock is never created or moved through the API (Payload's admin creates it on the server).
 * Its holder may touch it; someone who may edit the document may take it over — the admin's
 * "take over" button — but only in their own name.
 */
export const canUpdateLock: Access = async (args) => {
  const { req, data } = args
  const { user } = req
  if (!user) return false
  if (data && ('document' in data || 'globalSlug' in data)) return false
  if (data && 'user' in data) {
    return namesUser(data.user, user) ? canReadLocks(args) : false
  }
  return ownLock(user)
}

/** Only the holder releases a lock (the admin does so when its holder leaves the document). */
export const canDeleteLock: Access = ({ req: { user } }) => (user ? ownLock(user) : false)
