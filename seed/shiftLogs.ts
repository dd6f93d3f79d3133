import type { Payload } from 'payload'

import { DEFAULT_SHIFT_POSTS, checklistFor } from '../src/domain/shiftLogs/posts'
import { shiftWindow, shiftsFor } from '../src/domain/shiftLogs/shifts'
import { DEFAULT_TIMEZONE, localDate } from '../src/domain/time'
import { REVIEWING_SHIFT_LOG } from '../src/hooks/shiftLogs/keepShiftLogLocked'
import { IMPORTING_HISTORY, SERVER_WRITE } from '../src/lib/serverWrite'
import { slugs } from '../src/slugs'

import { prng } from './data'

const server = { [SERVER_WRITE]: true, [IMPORTING_HISTORY]: true }

const GATE_NOTES: Array<Record<string, unknown>> = [
  { kind: 'patrol', text: '巡查地下车库及消防通道，正常' },
  { kind: 'vehicle', plate: '粤B·7K2M1', vehicleClass: 'visitor', text: '访客车辆，3栋' },
  {
    kind: 'visitor',
    name: '快递员刘师傅',
    visitorClass: 'delivery',
    idShown: true,
    text: '送件至2栋',
  },
  { kind: 'event', text: '1栋大堂门禁故障，已报工程部' },
  { kind: 'goods-release', items: '旧床垫一张', carrier: '回收公司', text: '4栋' },
]
const DESK_NOTES: Array<Record<string, unknown>> = [
  { kind: 'mail', name: '3栋1201', text: '挂号信一封，已电话通知' },
  {
    kind: 'visitor',
    name: '王女士',
    visitorClass: 'visitor',
    idShown: true,
    text: '咨询停车月卡',
  },
  { kind: 'pass', name: '李师傅', company: '美家装修', text: '2栋801装修工人' },
  { kind: 'note', text: '提醒：周五 09:00 部门周会' },
]

/**
 * The posts of the handbook (001 秩序维护部) as office data: the front desk and the security posts,
 * each with its equipment checklist. Skipped when the office has posts already.
 */
export const seedShiftPosts = async (payload: Payload): Promise<number> => {
  if ((await payload.count({ collection: slugs.shiftPosts })).totalDocs > 0) return 0
  for (const post of DEFAULT_SHIFT_POSTS) {
    await payload.create({
      collection: slugs.shiftPosts,
      data: {
        code: post.code,
        nameZh: post.name.zh,
        nameEn: post.name.en,
        kind: post.kind,
        order: post.order ?? 0,
        equipment: checklistFor(post),
      },
    })
  }
  return DEFAULT_SHIFT_POSTS.length
}

/**
 * The last three days of shift logs at gate 1 and the front desk, handed over and accepted; the
 * older ones signed by the manager, yesterday's waiting for the signature. Only shifts that have
 * ended are created, so the running shift is free to be opened. Skipped when logs exist.
 */
export const seedShiftLogs = async (
  payload: Payload,
  staffIds: Record<string, number>,
): Promise<number> => {
  await seedShiftPosts(payload)
  if ((await payload.count({ collection: slugs.shiftLogs })).totalDocs > 0) return 0
  const random = prng(7)
  const now = new Date()
  const guards = [staffIds['security-guard'], staffIds['security-guard-2']].filter(Boolean)
  const clerk = staffIds['cs-clerk']
  const manager = staffIds['site-manager']
  let created = 0
  for (let daysAgo = 3; daysAgo >= 0; daysAgo--) {
    const shiftDate = localDate(new Date(now.getTime() - daysAgo * 86_400_000), DEFAULT_TIMEZONE)
    for (const post of ['gate-1', 'front-desk']) {
      for (const [n, def] of shiftsFor(post).entries()) {
        const window = shiftWindow(shiftDate, def, DEFAULT_TIMEZONE)!
        if (window.endsAt.getTime() > now.getTime()) continue
        const onDuty = post === 'front-desk' ? clerk : guards[n % guards.length]
        const incoming = post === 'front-desk' ? manager : guards[(n + 1) % guards.length]
        const notes = post === 'front-desk' ? DESK_NOTES : GATE_NOTES
        const span = window.endsAt.getTime() - window.startsAt.getTime()
        const entries = notes
          .filter(() => random() < 0.7)
          .map((note, i, all) => ({
            ...note,
            at: new Date(
              window.startsAt.getTime() + ((i + 1) * span) / (all.length + 1),
            ).toISOString(),
            recordedBy: onDuty,
            ...(note.kind === 'pass'
              ? { validUntil: new Date(window.endsAt.getTime() + 30 * 86_400_000).toISOString() }
              : {}),
            ...(note.kind === 'goods-release'
              ? { released: true, ownerConfirmedBy: '业主本人', ownerConfirmMethod: 'phone' }
              : {}),
          }))
        const log = await payload.create({
          collection: slugs.shiftLogs,
          data: { post, shiftDate, shift: def.code, onDuty, entries } as never,
          context: server,
        })
        // The checklist the log was opened with: the post's, from the office's data.
        const equipment = (log.equipment ?? []).map(({ item }) => ({
          item,
          outgoingOk: true,
          incomingOk: true,
        }))
        await payload.update({
          collection: slugs.shiftLogs,
          id: log.id,
          data: {
            status: 'signed',
            summary: '本班正常，无遗留事项。',
            signedBy: onDuty,
            signedAt: window.endsAt.toISOString(),
            openItems: [],
            equipment,
          },
          context: server,
        })
        await payload.update({
          collection: slugs.shiftLogs,
          id: log.id,
          data: {
            status: 'accepted',
            incoming,
            acceptedAt: new Date(window.endsAt.getTime() + 5 * 60_000).toISOString(),
          },
          context: server,
        })
        if (daysAgo >= 2) {
          await payload.update({
            collection: slugs.shiftLogs,
            id: log.id,
            data: {
              status: 'reviewed',
              reviewedBy: manager,
              reviewedAt: new Date(window.endsAt.getTime() + 86_400_000).toISOString(),
              reviewNote: '已阅',
            },
            context: { ...server, [REVIEWING_SHIFT_LOG]: true },
          })
        }
        created++
      }
    }
  }
  return created
}
