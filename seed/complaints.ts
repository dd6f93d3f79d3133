import type { Payload } from 'payload'

import { DEFAULT_COMPLAINT_CATEGORIES } from '../src/domain/complaints/categories'
import { needsWrittenReply } from '../src/domain/complaints/loop'
import { slugs } from '../src/slugs'

import { recordHistoricComplaint } from './complaintHistory'
import { prng } from './data'

type Pick<T> = Array<[T, number]>

const weighted = <T>(random: () => number, options: Pick<T>): T => {
  const total = options.reduce((sum, [, w]) => sum + w, 0)
  let roll = random() * total
  for (const [value, weight] of options) {
    roll -= weight
    if (roll <= 0) return value
  }
  return options[options.length - 1][0]
}

const CATEGORIES: Pick<[string, string, string]> = [
  [['renovation-noise', 'customer-service', '楼上装修噪音，周末早上七点就开始施工'], 25],
  [['public-facilities', 'engineering', '楼道声控灯不亮，晚上回家很不方便'], 15],
  [['in-unit-repair', 'engineering', '卫生间地漏返味，报修两次未解决'], 15],
  [['cleaning-greenery', 'cleaning', '单元门口垃圾桶满溢未及时清运'], 10],
  [['pests', 'cleaning', '地下车库发现老鼠，希望尽快灭鼠'], 8],
  [['parking', 'security', '外来车辆占用业主固定车位'], 8],
  [['office-service', 'customer-service', '前台接待态度生硬，咨询问题无人解答'], 6],
  [['lost-mail', 'customer-service', '快递在收发室丢失'], 4],
  [['fees', 'finance', '物业费账单金额与合同不符'], 5],
  [['security', 'security', '夜间有陌生人在楼栋内徘徊'], 4],
  [['lift-entrapment', 'engineering', '3号电梯停在两层之间，有人被困约十分钟'], 1],
  [['flooding', 'engineering', '地下室水管爆裂，车库积水'], 1],
]

const OTHER_KINDS: Pick<['enquiry' | 'help' | 'suggestion', string, string]> = [
  [['enquiry', 'other', '咨询装修申请需要哪些材料'], 12],
  [['enquiry', 'fees', '咨询物业费缴费方式'], 8],
  [['help', 'in-unit-repair', '老人独居，需协助更换灯泡'], 8],
  [['help', 'other', '钥匙反锁在家，请求协助联系开锁'], 4],
  [['suggestion', 'cleaning-greenery', '建议在儿童游乐区增设遮阳棚'], 4],
  [['suggestion', 'office-service', '建议开通线上报修小程序'], 3],
]

const CHANNELS: Pick<'phone' | 'visit' | 'online' | 'email' | 'letter'> = [
  ['phone', 50],
  ['visit', 30],
  ['online', 10],
  ['email', 5],
  ['letter', 5],
]

const DAY = 86_400_000

/**
 * The complaint categories of DOMAIN.md as office data (投诉类别), the emergencies flagged: the
 * office renames, adds and retires them in the admin. Skipped when the office has categories.
 */
export const seedComplaintCategories = async (payload: Payload): Promise<number> => {
  if ((await payload.count({ collection: slugs.complaintCategories })).totalDocs > 0) return 0
  for (const category of DEFAULT_COMPLAINT_CATEGORIES) {
    await payload.create({
      collection: slugs.complaintCategories,
      data: {
        code: category.code,
        nameZh: category.name.zh,
        nameEn: category.name.en,
        emergency: category.emergency,
        order: category.order,
      },
    })
  }
  return DEFAULT_COMPLAINT_CATEGORIES.length
}

/**
 * A realistic quarter (the 90 days before today) of complaints, enquiries, help requests and
 * suggestions, handled and visited as the office does: most resolved within 24 h, a few late, a few
 * dissatisfied. Deterministic, and skipped when complaints already exist.
 */
export const seedComplaintQuarter = async (payload: Payload, staffIds: Record<string, number>) => {
  if ((await payload.count({ collection: slugs.complaints })).totalDocs > 0) return 0
  const random = prng(90210)
  const residents = await payload.find({
    collection: slugs.residents,
    pagination: false,
    depth: 0,
    select: { units: true },
    sort: 'archiveNo',
  })
  const today = new Date()
  today.setUTCHours(1, 0, 0, 0)
  let created = 0
  for (let daysAgo = 90; daysAgo >= 1; daysAgo--) {
    const perDay = weighted(random, [
      [0, 2],
      [1, 5],
      [2, 3],
    ] as Pick<number>)
    for (let i = 0; i < perDay; i++) {
      const resident = residents.docs[Math.floor(random() * residents.docs.length)]
      const unitId = (resident.units as number[])[0]
      const isComplaint = random() < 0.35
      let kind: 'complaint' | 'enquiry' | 'help' | 'suggestion' = 'complaint'
      let category: string
      let description: string
      let department: string
      if (isComplaint) {
        ;[category, department, description] = weighted(random, CATEGORIES)
      } else {
        ;[kind, category, description] = weighted(random, OTHER_KINDS)
        department = kind === 'help' ? 'engineering' : 'customer-service'
      }
      const registeredAt = new Date(
        today.getTime() - daysAgo * DAY + Math.floor(random() * 10) * 3_600_000,
      )
      const channel = weighted(random, CHANNELS)
      const recent = daysAgo <= 2
      const late = random() < 0.15
      const resolvedAfter =
        recent && random() < 0.5
          ? undefined
          : late
            ? 1560 + Math.floor(random() * 2800)
            : 60 + Math.floor(random() * 1200)
      const verifiedAfter = random() < 0.1 ? 20 * 60 : 20 + Math.floor(random() * 240)
      const overall = weighted(random, [
        ['A', 80],
        ['B', 15],
        ['C', 5],
      ] as Pick<'A' | 'B' | 'C'>)
      const visited = resolvedAfter !== undefined && daysAgo > 8
      await recordHistoricComplaint(payload, {
        registeredAt,
        kind,
        channel,
        category,
        unitId,
        residentId: resident.id,
        description,
        registeredBy: staffIds['cs-clerk'],
        handling: {
          department,
          handlerId: department === 'engineering' ? staffIds['site-captain'] : staffIds.dispatcher,
          dispatcherId: staffIds.dispatcher,
          resolverId: staffIds['site-manager'],
          verifiedAfterMinutes: verifiedAfter,
          resolvedAfterMinutes: resolvedAfter,
          result: '已核实并处理，住户确认',
          writtenReply: needsWrittenReply(channel)
            ? '您反映的问题已核实处理，感谢您的监督。'
            : undefined,
        },
        visit: visited
          ? {
              overall,
              solved: overall !== 'C' || random() < 0.5,
              afterDays: 3 + Math.floor(random() * 4),
              words: overall === 'C' ? '问题仍未彻底解决' : undefined,
            }
          : undefined,
        close: visited ? { byId: staffIds['cs-clerk'], afterDays: 8 } : undefined,
      })
      created++
    }
  }
  return created
}
