import type { PayloadRequest } from 'payload'

import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * The office head (主任): by default the first property manager (DOMAIN.md → People and roles).
 * Minimal until the designations in office settings arrive.
 */
export const officeHeadOf = async (req: PayloadRequest): Promise<User | null> => {
  const found = await req.payload.find({
    collection: slugs.users,
    where: { roles: { in: ['property-manager'] } },
    sort: 'id',
    limit: 1,
    depth: 0,
    req,
  })
  return found.docs[0] ?? null
}
