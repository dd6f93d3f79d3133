import type { PayloadRequest } from 'payload'

import { slugs } from '@/slugs'

/** Email addresses of every user holding one of the roles (in one department, if given). */
export const emailsOfRoles = async (
  req: PayloadRequest,
  roles: readonly string[],
  { department }: { department?: string | null } = {},
): Promise<string[]> => {
  const users = await req.payload.find({
    collection: slugs.users,
    where: {
      and: [
        { roles: { in: [...roles] } },
        ...(department ? [{ department: { equals: department } }] : []),
      ],
    },
    depth: 0,
    pagination: false,
    select: { email: true },
    req,
  })
  return users.docs.map((u) => u.email)
}
