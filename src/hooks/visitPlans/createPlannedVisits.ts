import type { CollectionAfterChangeHook } from 'payload'

import { VISIT_METHODS } from '@/domain/complaints/returnVisits'
import { relationId } from '@/domain/relations'
import { VISIT_KINDS, type VisitKind } from '@/domain/returnVisits/kinds'
import { planWindow } from '@/domain/returnVisits/programme'
import { localDate } from '@/domain/time'
import { officeSettings } from '@/lib/officeSettings'
import { queueEmail } from '@/lib/queueEmail'
import { serverReq } from '@/lib/serverWrite'
import type { VisitPlan } from '@/payload-types'
import { slugs } from '@/slugs'

/**
 * afterChange (create): the plan's visits, one per household, made in the plan's transaction as
 * the site manager who made it (the visit's own checks apply), each due within the plan's period
 * (from the planned day when one is given) and linked to the plan; then each assignee is told by
 * mail, queued in the same transaction (a rolled-back plan sends nothing).
 */
export const createPlannedVisits: CollectionAfterChangeHook<VisitPlan> = async ({
  doc,
  operation,
  req,
}) => {
  if (operation !== 'create') return doc
  const office = await officeSettings(req)
  const kind = doc.kind as VisitKind
  const window = planWindow(doc.period, kind, office.timezone)
  if (!window.ok) return doc
  const units = await req.payload.find({
    collection: slugs.units,
    where: { id: { in: (doc.rows ?? []).map((r) => relationId(r.unit)) } },
    depth: 0,
    pagination: false,
    select: { code: true },
    req,
  })
  const codeOf = new Map(units.docs.map((u) => [String(u.id), u.code ?? String(u.id)]))
  const byAssignee = new Map<string, string[]>()
  for (const row of doc.rows ?? []) {
    const scheduled = row.scheduledFor ? new Date(row.scheduledFor).toISOString() : null
    await req.payload.create({
      collection: slugs.returnVisits,
      data: {
        kind,
        unit: relationId(row.unit) as number,
        resident: (relationId(row.resident) as number | undefined) ?? null,
        assignee: relationId(row.assignee) as number,
        method: row.method,
        department: doc.department ?? null,
        plan: doc.id,
        dueFrom: scheduled && scheduled > window.dueFrom ? scheduled : window.dueFrom,
        dueBy: window.dueBy,
      },
      depth: 0,
      overrideAccess: false,
      user: req.user,
      req: serverReq(req),
    })
    const key = String(relationId(row.assignee))
    const line = `${codeOf.get(String(relationId(row.unit))) ?? ''}  ${VISIT_METHODS[row.method as keyof typeof VISIT_METHODS]?.zh ?? row.method}${scheduled ? `  ${localDate(new Date(scheduled), office.timezone)}` : ''}`
    byAssignee.set(key, [...(byAssignee.get(key) ?? []), line])
  }
  const assignees = await req.payload.find({
    collection: slugs.users,
    where: { id: { in: [...byAssignee.keys()] } },
    depth: 0,
    pagination: false,
    select: { email: true, name: true },
    req,
  })
  const label = VISIT_KINDS[kind]?.zh ?? kind
  for (const assignee of assignees.docs) {
    const lines = byAssignee.get(String(assignee.id)) ?? []
    await queueEmail(req, {
      to: [assignee.email],
      subject: `回访计划 ${doc.period}：${doc.title}（${lines.length} 户）/ Visits planned for you`,
      text: [
        `${assignee.name ?? assignee.email}：`,
        `${doc.period}「${doc.title}」（${label}）请您回访以下住户，${localDate(new Date(window.dueBy), office.timezone)} 前完成：`,
        ...lines.map((l, i) => `${i + 1}. ${l}`),
        '',
        '请先与住户预约，再记录回访。 / Book each visit with the resident, then record it.',
      ].join('\n'),
    })
  }
  return doc
}
