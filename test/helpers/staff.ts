import type { Payload } from 'payload'

import type { Role } from '@/domain/roles'
import { ROLES } from '@/domain/roles'
import type { User } from '@/payload-types'
import { slugs } from '@/slugs'

export const TEST_PASSWORD = 'correct-horse-battery'

export type StaffMember = { id: User['id']; email: string; role: Role }

/** One member of staff per role, `<role>@test.local`, created through the Local API. */
export const createStaff = async (
  payload: Payload,
  roles: readonly Role[] = ROLES,
): Promise<Record<Role, StaffMember>> => {
  const staff = {} as Record<Role, StaffMember>
  for (const role of roles) {
    const email = `${role}@test.local`
    const user = await payload.create({
      collection: slugs.users,
      data: { email, password: TEST_PASSWORD, name: `测试${role}`, roles: [role] },
    })
    staff[role] = { id: user.id, email, role }
  }
  return staff
}
