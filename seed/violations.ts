import type { Payload } from 'payload'

import type { ApprovalAction } from '../src/domain/approvals/chain'
import { violationApprovals } from '../src/lib/approvals/violations'
import { SERVER_WRITE } from '../src/lib/serverWrite'
import { slugs } from '../src/slugs'

import { actAs } from './approvals'

const DAY = 86_400_000
const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString()

type Step = [
  measure: string,
  daysAgo: number,
  staff: string,
  outcome: string,
  deadlineDays?: number,
]

type Case = {
  kind: string
  subKind: string
  severity: 'general' | 'major'
  daysAgo: number
  location: string
  description: string
  foundBy: string
  measures: Step[]
  decision?: Record<string, unknown>
  approvals?: Array<[ApprovalAction, string, string?]>
  payment?: number
  resolution?: string
}

const CASES: Case[] = [
  {
    kind: 'civility',
    subKind: 'hoarding',
    severity: 'general',
    daysAgo: 2,
    location: '2栋 8 楼消防通道',
    description: '楼道内堆放纸箱和旧家具，占用消防通道',
    foundBy: 'security-guard',
    measures: [['persuasion', 2, 'security-guard', '当场劝阻，住户答应周末前清理']],
  },
  {
    kind: 'renovation',
    subKind: 'noisy-hours',
    severity: 'general',
    daysAgo: 5,
    location: '3栋 1502 室',
    description: '中午 12:30 仍在电钻施工，邻居投诉',
    foundBy: 'cs-clerk',
    measures: [
      ['persuasion', 5, 'security-guard', '上门劝阻，当时停工'],
      ['rectification', 3, 'site-captain', '发出限期整改通知，规定施工时间', 4],
    ],
  },
  {
    kind: 'fire-safety',
    subKind: 'blocked-exit',
    severity: 'major',
    daysAgo: 20,
    location: '商业街 S012 后门',
    description: '商铺货物长期堵塞消防疏散通道',
    foundBy: 'site-captain',
    measures: [
      ['persuasion', 20, 'site-captain', '劝阻无效'],
      ['rectification', 18, 'site-captain', '限期三日清理', 3],
    ],
    decision: {
      measure: 'compensation',
      facts: '逾期未清理，物业代为清运，产生清运费用，按规定由商户承担',
      damage: 600,
    },
    approvals: [
      ['approve', 'property-manager', '建议由商户承担清运费'],
      ['approve', 'director', '同意'],
    ],
    payment: 600,
  },
  {
    kind: 'fee-refusal',
    subKind: 'service-fee',
    severity: 'general',
    daysAgo: 40,
    location: '5栋 302 室',
    description: '拖欠 2026 年第二、三季度物业管理费共 2,400 元',
    foundBy: 'site-captain',
    measures: [
      ['talk', 40, 'site-captain', '约谈业主，称资金困难'],
      ['payment-reminder', 25, 'site-captain', '发出催缴通知书', 10],
    ],
    decision: {
      measure: 'late-fee',
      facts: '经约谈、书面催缴后仍未缴纳，按物业服务合同收取滞纳金',
      arrears: 2400,
      overdueSince: ago(120),
    },
    approvals: [
      ['approve', 'site-manager', '建议收取滞纳金'],
      ['approve', 'property-manager', '同意，报总监签署'],
    ],
  },
  {
    kind: 'civility',
    subKind: 'pets',
    severity: 'general',
    daysAgo: 15,
    location: '1栋 花园',
    description: '遛狗不牵绳、不清理粪便，多次被投诉',
    foundBy: 'security-guard',
    measures: [
      ['persuasion', 15, 'security-guard', '劝阻'],
      ['rectification', 12, 'site-captain', '限期改正', 5],
    ],
    decision: {
      measure: 'public-criticism',
      facts: '多次劝阻仍不改正，拟在公告栏通报批评',
      skipReason: '未造成经济损失，不适用赔偿',
    },
    approvals: [
      ['approve', 'site-manager', '建议通报批评'],
      ['reject', 'property-manager', '先与业主再沟通一次，附上投诉记录后再报'],
    ],
  },
  {
    kind: 'endangering',
    subKind: 'dangerous-goods',
    severity: 'major',
    daysAgo: 30,
    location: '4栋 地下车库',
    description: '车位内存放汽油桶',
    foundBy: 'security-guard',
    measures: [['persuasion', 30, 'security-guard', '当场劝阻，车主当日移走']],
    resolution: '已移走，复查无误',
  },
]

/**
 * A handful of violations in every state: persuaded, rectifying, a signed compensation collected,
 * a late fee waiting for the director, a public criticism returned to the site manager, a resolved
 * case — each approval step through the real approval chain. Skipped when violations exist.
 */
export const seedViolations = async (payload: Payload, staffIds: Record<string, number>) => {
  if ((await payload.count({ collection: slugs.violations })).totalDocs > 0) return 0
  const units = await payload.find({
    collection: slugs.residents,
    where: { kind: { in: ['owner', 'commercial-tenant'] } },
    limit: CASES.length,
    depth: 0,
    select: { units: true },
  })
  let created = 0
  for (const [i, c] of CASES.entries()) {
    const resident = units.docs[i]
    const v = await payload.create({
      collection: slugs.violations,
      data: {
        kind: c.kind as never,
        subKind: c.subKind as never,
        severity: c.severity,
        unit: (resident.units as number[])[0],
        resident: resident.id,
        location: c.location,
        occurredAt: ago(c.daysAgo),
        description: c.description,
        foundBy: staffIds[c.foundBy],
      },
    })
    const measures = c.measures.map(([measure, daysAgo, staff, outcome, deadlineDays]) => ({
      measure,
      takenAt: ago(daysAgo),
      staff: staffIds[staff],
      outcome,
      deadline: deadlineDays ? new Date(Date.now() + deadlineDays * DAY).toISOString() : null,
    }))
    const rectifying = measures.findLast((m) => m.measure === 'rectification')
    await payload.update({
      collection: slugs.violations,
      id: v.id,
      data: {
        measures: measures as never,
        rectificationDueAt: rectifying && !c.payment ? rectifying.deadline : null,
        decision: c.decision,
        resolution: c.resolution,
        resolvedAt: c.resolution ? ago(c.daysAgo - 1) : undefined,
      },
      context: { [SERVER_WRITE]: true },
    })
    for (const [action, role, comment] of c.approvals ?? []) {
      await actAs(payload, violationApprovals, v.id, staffIds[role], action, comment)
    }
    if (c.payment) {
      const doc = await payload.findByID({ collection: slugs.violations, id: v.id, depth: 0 })
      await payload.update({
        collection: slugs.violations,
        id: v.id,
        data: {
          payments: [
            ...(doc.payments ?? []),
            {
              amount: c.payment,
              receiptNo: 'SJ-2026-0117',
              paidAt: ago(2),
              collectedBy: staffIds['site-captain'],
            },
          ],
        },
        context: { [SERVER_WRITE]: true },
      })
    }
    created++
  }
  return created
}
