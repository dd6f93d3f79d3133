import { readsAsRole } from '@/access/hasRole'
import { DEPARTMENTS } from '@/collections/Users'
import { followUpScope } from '@/domain/followUps/dashboardScope'
import { isOverdue } from '@/domain/followUps/workflow'
import { relationId } from '@/domain/relations'
import { MANAGER_ROLES } from '@/domain/roles'
import { readsAtOnce } from '@/lib/concurrentReads'
import { departmentsHeadedBy } from '@/lib/designations'
import { overdueFollowUpsWhere } from '@/lib/followUps'
import { slugs } from '@/slugs'

import type { DashboardContext, PanelProvider } from './types'

export type FollowUpItem = {
  id: number | string
  title: string
  deadline: string
  overdue: boolean
}

export type TeamFollowUpItem = FollowUpItem & { owner: string }

export type FollowUpsPanelData = {
  mine: { open: number; overdue: number; items: FollowUpItem[] }
  /**
   * Managers: the open and overdue follow-ups of the people they are over (`followUpScope`) —
   * their department's, or the whole office's for the director. Null for everyone else.
   */
  team: {
    scope: 'office' | 'department'
    departments: string[]
    open: number
    overdue: number
    /** The open ones, the overdue first (earliest deadline first), with their owner's name. */
    items: TeamFollowUpItem[]
  } | null
  /** Managers only: every overdue follow-up in the office. */
  office: { overdue: number; items: FollowUpItem[] } | null
}

const list = async (ctx: DashboardContext, where: object, limit: number) => {
  const found = await ctx.payload.find({
    collection: slugs.followUps,
    where: where as never,
    sort: 'deadline',
    limit,
    select: { title: true, deadline: true, status: true, owner: true },
    overrideAccess: false,
    user: ctx.user,
    req: ctx.req,
    depth: 0,
  })
  return {
    total: found.totalDocs,
    items: found.docs.map((d) => ({
      id: d.id,
      title: d.title,
      deadline: d.deadline,
      overdue: isOverdue(d, ctx.now),
      ownerId: relationId(d.owner),
    })),
  }
}

const USER_DEPARTMENTS = new Set(DEPARTMENTS.map((d) => d.value))

const count = async (ctx: DashboardContext, where: object) =>
  (
    await ctx.payload.count({
      collection: slugs.followUps,
      where: where as never,
      overrideAccess: false,
      user: ctx.user,
      req: ctx.req,
    })
  ).totalDocs

const plain = ({ ownerId: _ownerId, ...item }: FollowUpItem & { ownerId?: unknown }) => item

/** The follow-ups of the people a manager is over: counts and the first open items, named. */
const teamFollowUps = async (ctx: DashboardContext): Promise<FollowUpsPanelData['team']> => {
  const user = ctx.user as typeof ctx.user & { department?: string | null }
  const scope = followUpScope(user, await departmentsHeadedBy(ctx.req, user.id))
  if (!scope) return null
  const departments = scope.kind === 'department' ? scope.departments : []
  // A relationship's field in a query: the database joins the owner, nothing is loaded. Only a
  // department staff can belong to (users → 部门) is asked for: a headed department such as
  // cleaning has no staff of its own here (and PostgreSQL refuses a value outside the enum).
  const staffed = departments.filter((d) => USER_DEPARTMENTS.has(d))
  const within =
    scope.kind === 'department'
      ? [staffed.length ? { 'owner.department': { in: staffed } } : { id: { exists: false } }]
      : []
  const [open, overdue] = await readsAtOnce(ctx.req, [
    () => list(ctx, { and: [...within, { status: { equals: 'open' } }] }, 8),
    () => count(ctx, { and: [...within, overdueFollowUpsWhere(ctx.now)] }),
  ])
  const ownerIds = [...new Set(open.items.map((i) => i.ownerId).filter((id) => id !== undefined))]
  const owners = ownerIds.length
    ? await ctx.payload.find({
        collection: slugs.users,
        where: { id: { in: ownerIds } },
        select: { name: true },
        depth: 0,
        pagination: false,
        req: ctx.req,
      })
    : { docs: [] }
  const names = new Map(owners.docs.map((u) => [String(u.id), u.name]))
  return {
    scope: scope.kind,
    departments,
    open: open.total,
    overdue,
    items: open.items.map((item) => ({
      ...plain(item),
      owner: names.get(String(item.ownerId)) ?? '',
    })),
  }
}

/**
 * 我的跟进事项: open follow-ups I own (the overdue ones first); for managers, their department's
 * open and overdue (the director's: the office's), and the office's overdue.
 */
export const followUpsPanel: PanelProvider<FollowUpsPanelData> = {
  key: 'follow-ups',
  title: { zh: '跟进事项', en: 'Follow-ups' },
  requires: [slugs.followUps],
  visible: () => true,
  load: async (ctx) => {
    const me = { owner: { equals: ctx.user.id } }
    const overdue = overdueFollowUpsWhere(ctx.now)
    const [mine, mineOverdue, team, office] = await readsAtOnce(ctx.req, [
      () => list(ctx, { and: [me, { status: { equals: 'open' } }] }, 8),
      () => count(ctx, { and: [me, overdue] }),
      () => teamFollowUps(ctx),
      async () => (readsAsRole(ctx.user, ...MANAGER_ROLES) ? list(ctx, overdue, 8) : null),
    ])
    return {
      mine: { open: mine.total, overdue: mineOverdue, items: mine.items.map(plain) },
      team,
      office: office && { overdue: office.total, items: office.items.map(plain) },
    }
  },
}
