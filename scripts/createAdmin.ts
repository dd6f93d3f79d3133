import { randomBytes } from 'node:crypto'

import type { Payload } from 'payload'

import { isValidEmail } from '../src/domain/contact'
import { slugs } from '../src/slugs'

export class CreateAdminError extends Error {}

/**
 * Creates an administrator with a random one-time password and returns it. For the first account
 * of a production database (first registration is closed there), or a new administrator made on
 * the server. Refuses an invalid email and one that already has an account.
 */
export const createAdmin = async (
  payload: Payload,
  { email, name = '系统管理员' }: { email: string; name?: string },
): Promise<{ id: number | string; email: string; password: string }> => {
  const address = email.trim().toLowerCase()
  if (!isValidEmail(address)) throw new CreateAdminError(`Not a valid email address: ${email}`)
  const existing = await payload.count({
    collection: slugs.users,
    where: { email: { equals: address } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) throw new CreateAdminError(`${address} already has an account.`)
  // 24 characters from 18 random bytes: twice the office's minimum, typed once and changed.
  const password = randomBytes(18).toString('base64url')
  const user = await payload.create({
    collection: slugs.users,
    data: {
      email: address,
      password,
      name,
      roles: ['admin'],
      department: 'admin-office',
      mustChangePassword: true,
    },
    overrideAccess: true,
  })
  return { id: user.id, email: address, password }
}
