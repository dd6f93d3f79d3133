import type { PayloadRequest } from 'payload'

import type { SignOff } from '@/domain/designations'
import { designatedHead } from '@/domain/designations'
import { headedDepartments } from '@/domain/followUps/dashboardScope'
import { relationId } from '@/domain/relations'
import type { Role } from '@/domain/roles'
import type { User } from '@/payload-types'
import { storedGlobal } from '@/lib/storedGlobal'
import { globalSlugs, slugs } from '@/slugs'

/**
 * Designations (DOMAIN.md → People and roles) as the code asks for them: who is the office head,
 * who heads a department. Stored in the office settings (指定人员); read in the caller's
 * transaction.
 */

const storedDesignations = async (req: PayloadRequest) => {
  // The settings as kept in this process, re-read only when they changed (`storedGlobal`).
  const { officeHead, departmentHeads } = await storedGlobal(req, globalSlugs.officeSettings)
  return { officeHead, departmentHeads }
}

/** The user with this id, or null when the account no longer exists. */
const userById = async (req: PayloadRequest, id: number | string | undefined) => {
  if (id === undefined) return null
  const found = await req.payload.find({
    collection: slugs.users,
    where: { id: { equals: id } },
    limit: 1,
    pagination: false,
    depth: 0,
    req,
  })
  return found.docs[0] ?? null
}

/** The first holder of a role (lowest id: accounts have no "active" flag), or null. */
const firstWithRole = async (req: PayloadRequest, role: Role) => {
  const found = await req.payload.find({
    collection: slugs.users,
    where: { roles: { in: [role] } },
    sort: 'id',
    limit: 1,
    pagination: false,
    depth: 0,
    req,
  })
  return found.docs[0] ?? null
}

/**
 * The office head (主任): the user designated in the office settings; by default (none designated,
 * or the account gone) the first property manager, and with none the first director.
 */
export const officeHeadOf = async (req: PayloadRequest): Promise<User | null> =>
  officeHeadFrom(req, await storedDesignations(req))

type Stored = Awaited<ReturnType<typeof storedDesignations>>

const officeHeadFrom = async (req: PayloadRequest, stored: Stored): Promise<User | null> =>
  (await userById(req, relationId(stored.officeHead))) ??
  (await firstWithRole(req, 'property-manager')) ??
  (await firstWithRole(req, 'director'))

/** The head (部门负责人) designated for a department, or null when none is. */
export const departmentHeadOf = async (
  req: PayloadRequest,
  department: string,
): Promise<User | null> => {
  const stored = await storedDesignations(req)
  return userById(req, designatedHead(stored.departmentHeads, department))
}

/** Who is designated, asked several times over one request (see `designationsOnce`). */
export type Designations = {
  officeHead: () => Promise<User | null>
  departmentHead: (department: string) => Promise<User | null>
  departmentsHeadedBy: (userId: number | string) => Promise<string[]>
}

/**
 * The designations for a run of questions (a list of what waits for a user): the office settings
 * read once, each person looked up at most once. The answers are those of `officeHeadOf`,
 * `departmentHeadOf` and `departmentsHeadedBy`.
 */
export const designationsOnce = (req: PayloadRequest): Designations => {
  let stored: Promise<Stored> | undefined
  const read = () => (stored ??= storedDesignations(req))
  let head: Promise<User | null> | undefined
  const heads = new Map<string, Promise<User | null>>()
  return {
    officeHead: () => (head ??= read().then((s) => officeHeadFrom(req, s))),
    departmentHead: (department) => {
      if (!heads.has(department)) {
        heads.set(
          department,
          read().then((s) => userById(req, designatedHead(s.departmentHeads, department))),
        )
      }
      return heads.get(department)!
    },
    departmentsHeadedBy: async (userId) =>
      headedDepartments((await read()).departmentHeads, userId),
  }
}

/** How far up the line of managers a sign-off looks (the office has a few levels, not more). */
const MAX_LINE_DEPTH = 10

/**
 * Who signs for a department: its head and the line of managers above the head (each user's
 * `manager`, followed up to a loop or the top). Null when no head is designated: the roles decide.
 */
export const signOffFor = async (
  req: PayloadRequest,
  department: string,
): Promise<SignOff | null> => {
  const head = await departmentHeadOf(req, department)
  if (!head) return null
  const above: Array<number | string> = []
  let next = relationId(head.manager)
  while (next !== undefined && above.length < MAX_LINE_DEPTH) {
    if (String(next) === String(head.id) || above.some((id) => String(id) === String(next))) break
    above.push(next)
    next = relationId((await userById(req, next))?.manager)
  }
  return { department, head: head.id, above }
}

/** The departments `userId` is the designated head of (office settings → 部门负责人). */
export const departmentsHeadedBy = async (
  req: PayloadRequest,
  userId: number | string,
): Promise<string[]> => headedDepartments((await storedDesignations(req)).departmentHeads, userId)
