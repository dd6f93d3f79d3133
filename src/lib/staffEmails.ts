import type { PayloadRequest } from 'payload'

import { slugs } from '@/slugs'

/** Email addresses of every user holding one of the roles. */
export const emailsOfRoles = async (req: PayloadRequest, roles: string[]): Promise<string[]> => {
  const users = await req.payload.find({
    collection: slugs.users,
    where: { roles: { in: roles } },
    depth: 0,
    pagination: false,
    select: { email: true },
    req,
  })
  return users.docs.map((u) => u.email)
}
