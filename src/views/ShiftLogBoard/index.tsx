import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { hasRole, readsAsRole } from '@/access/hasRole'
import { MANAGER_ROLES } from '@/domain/roles'
import { SHIFT_POSTS, currentShift, shiftsFor } from '@/domain/shiftLogs/shifts'
import type { ShiftPost } from '@/domain/shiftLogs/shifts'
import { localDate } from '@/domain/time'
import { officeSettings } from '@/lib/officeSettings'
import { slugs } from '@/slugs'

import { Board } from './Board.client'
import type { BoardLog } from './types'

const POSTS = Object.keys(SHIFT_POSTS) as ShiftPost[]

/**
 * 交接班看板 (`/admin/shift-logs-board`): today's shifts per post as a timeline, the post's open
 * logs with the fast entry form and the handover (sign, accept, refuse), and yesterday's logs
 * waiting for the manager's signature; the actions on each log are those its
 * `GET /api/shift-logs/:id/actions` offers. Every read is made as the user: a guard sees their
 * post, a clerk the front desk; residents' phone numbers never appear here.
 */
export async function ShiftLogBoard({
  initPageResult,
  params,
  searchParams,
}: AdminViewServerProps) {
  const { req } = initPageResult
  const user = req.user
  const template = (children: React.ReactNode) => (
    <DefaultTemplate
      i18n={req.i18n}
      locale={initPageResult.locale}
      params={params}
      payload={req.payload}
      permissions={initPageResult.permissions}
      searchParams={searchParams}
      user={user || undefined}
      visibleEntities={initPageResult.visibleEntities}
    >
      <Gutter>{children}</Gutter>
    </DefaultTemplate>
  )
  if (!user) return template(<p>请先登录 / Sign in first</p>)

  // Managers, and whoever reads as one (the general manager), see every post's board.
  const isManager = readsAsRole(user, ...MANAGER_ROLES, 'admin')
  const dutyPost = (user as { dutyPost?: string | null }).dutyPost
  const myPosts: ShiftPost[] = isManager
    ? POSTS
    : POSTS.filter(
        (p) =>
          (p === 'front-desk' && hasRole(user, 'cs-clerk')) ||
          (hasRole(user, 'security-guard') && p === dutyPost),
      )
  if (myPosts.length === 0) {
    return template(<p>您没有值班岗位 / You have no duty post. 请联系管理员设置「值班岗位」。</p>)
  }
  const asked = typeof searchParams?.post === 'string' ? searchParams.post : ''
  const post = (myPosts as string[]).includes(asked) ? (asked as ShiftPost) : myPosts[0]

  const office = await officeSettings(req)
  const now = new Date()
  const today = localDate(now, office.timezone)
  const yesterday = localDate(new Date(now.getTime() - 86_400_000), office.timezone)
  const asUser = { overrideAccess: false, user, req, depth: 0 } as const
  const fields = {
    post: true,
    shiftDate: true,
    shift: true,
    status: true,
    updatedAt: true,
    startsAt: true,
    endsAt: true,
    onDuty: true,
    signedBy: true,
    summary: true,
    refusalReason: true,
    openItems: true,
    equipment: true,
    entries: true,
  } as const

  const todays = await req.payload.find({
    collection: slugs.shiftLogs,
    where: { shiftDate: { equals: today } },
    sort: 'startsAt',
    limit: 50,
    select: { post: true, shift: true, status: true, startsAt: true, endsAt: true },
    ...asUser,
  })
  const active = await req.payload.find({
    collection: slugs.shiftLogs,
    where: {
      and: [{ post: { equals: post } }, { status: { in: ['open', 'signed', 'refused'] } }],
    },
    sort: '-startsAt',
    limit: 3,
    select: fields,
    ...asUser,
  })
  const awaitingReview = isManager
    ? await req.payload.find({
        collection: slugs.shiftLogs,
        where: {
          and: [{ shiftDate: { less_than_equal: yesterday } }, { status: { equals: 'accepted' } }],
        },
        sort: '-startsAt',
        limit: 30,
        select: {
          post: true,
          shiftDate: true,
          shift: true,
          status: true,
          summary: true,
          updatedAt: true,
        },
        ...asUser,
      })
    : { docs: [] }
  const names = await req.payload.find({
    collection: slugs.users,
    where: { roles: { in: ['security-guard', 'cs-clerk', ...MANAGER_ROLES] } },
    limit: 200,
    depth: 0,
    select: { name: true },
    req,
  })
  const running = currentShift(post, now, office.timezone, office.frontDeskShifts)

  return template(
    <Board
      post={post}
      posts={myPosts.map((p) => ({ value: p, label: SHIFT_POSTS[p].zh }))}
      isManager={isManager}
      nowISO={now.toISOString()}
      timezone={office.timezone}
      today={today}
      timeline={POSTS.filter((p) => (myPosts as string[]).includes(p)).map((p) => ({
        post: p,
        label: SHIFT_POSTS[p].zh,
        shifts: shiftsFor(p, office.frontDeskShifts).map((s) => ({ ...s })),
        logs: todays.docs
          .filter((l) => l.post === p)
          .map((l) => ({ shift: l.shift ?? '', status: l.status ?? 'open' })),
      }))}
      runningShift={running ? { shiftDate: running.shiftDate, code: running.shift.code } : null}
      currentExists={Boolean(
        running &&
        todays.docs.some(
          (l) => l.post === post && l.shift === running.shift.code && running.shiftDate === today,
        ),
      )}
      active={active.docs as unknown as BoardLog[]}
      awaitingReview={awaitingReview.docs as unknown as BoardLog[]}
      names={Object.fromEntries(names.docs.map((u) => [String(u.id), u.name]))}
    />,
  )
}
