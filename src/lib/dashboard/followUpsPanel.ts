import { readsAsRole } from '@/access/hasRole'
import { isOverdue } from '@/domain/followUps/workflow'
import { MANAGER_ROLES } from '@/domain/roles'
import { overdueFollowUpsWhere } from '@/lib/followUps'
import { slugs } from '@/slugs'

import type { DashboardContext, PanelProvider } from './types'

export type FollowUpItem = {
  id: number | string
  title: string
  deadline: string
  overdue: boolean
}

export type FollowUpsPanelData = {
  mine: { open: number; overdue: number; items: FollowUpItem[] }
  /** Managers only: every overdue follow-up in the office. */
  office: { overdue: number; items: FollowUpItem[] } | null
}

const list = async (ctx: DashboardContext, where: object, limit: number) => {
  const found = await ctx.payload.find({
    collection: slugs.followUps,
    where: where as never,
    sort: 'deadline',
    limit,
    select: { title: true, deadline: true, status: true },
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
    })),
  }
}

/** 我的跟进事项: open follow-ups I own (the overdue ones first), and for managers the office's overdue. */
export const followUpsPanel: PanelProvider<FollowUpsPanelData> = {
  key: 'follow-ups',
  title: { zh: '跟进事项', en: 'Follow-ups' },
  requires: [slugs.followUps],
  visible: () => true,
  load: async (ctx) => {
    const me = { owner: { equals: ctx.user.id } }
    const overdue = overdueFollowUpsWhere(ctx.now)
    const mine = await list(ctx, { and: [me, { status: { equals: 'open' } }] }, 8)
    const mineOverdue = await ctx.payload.count({
      collection: slugs.followUps,
      where: { and: [me, overdue] },
      overrideAccess: false,
      user: ctx.user,
      req: ctx.req,
    })
    const office = readsAsRole(ctx.user, ...MANAGER_ROLES) ? await list(ctx, overdue, 8) : null
    return {
      mine: { open: mine.total, overdue: mineOverdue.totalDocs, items: mine.items },
      office: office && { overdue: office.total, items: office.items },
    }
  },
}
