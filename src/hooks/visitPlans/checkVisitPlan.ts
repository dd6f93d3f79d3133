import type { CollectionBeforeChangeHook } from 'payload'

import { relationId } from '@/domain/relations'
import type { VisitKind } from '@/domain/returnVisits/kinds'
import { planWindow, rowOutsideBuildings } from '@/domain/returnVisits/programme'
import { rolesOf } from '@/domain/roles'
import { conflict, invalidField } from '@/lib/errors'
import { officeSettings } from '@/lib/officeSettings'
import type { VisitPlan } from '@/payload-types'
import { slugs } from '@/slugs'

type Id = number | string

const rowsKey = (rows: VisitPlan['rows'] | null | undefined) =>
  JSON.stringify(
    (rows ?? []).map((r) => [
      relationId(r.unit) ?? null,
      relationId(r.resident) ?? null,
      relationId(r.assignee) ?? null,
      r.scheduledFor ? new Date(r.scheduledFor).getTime() : null,
      r.method ?? null,
    ]),
  )

/**
 * beforeChange: a plan names a period its kind may have (a survey in July or January), a
 * department when it is a departmental sample, staff to visit, and — for periodic visits — only
 * households in each assignee's buildings (物管员按区域分工), else 400 naming the row. Its
 * households are fixed once saved (its visits exist): a change is 409.
 */
export const checkVisitPlan: CollectionBeforeChangeHook<VisitPlan> = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'update') {
    const changed =
      ('rows' in data && rowsKey(data.rows) !== rowsKey(originalDoc?.rows)) ||
      (['period', 'kind', 'department'] as const).some(
        (key) => key in data && (data[key] ?? null) !== (originalDoc?.[key] ?? null),
      )
    if (changed) {
      throw conflict(
        '计划的住户和期间保存后不可修改，请另订计划 / A saved plan’s households and period are fixed: make a new plan',
      )
    }
    return data
  }
  const kind = data.kind as VisitKind
  const office = await officeSettings(req)
  const window = planWindow(String(data.period ?? ''), kind, office.timezone)
  if (!window.ok) throw invalidField(slugs.visitPlans, 'period', window.message)
  if (kind === 'departmental' && !data.department) {
    throw invalidField(
      slugs.visitPlans,
      'department',
      '职能部门抽访须写明部门 / A departmental sample names the department',
    )
  }
  const rows = data.rows ?? []
  const unitIds = [...new Set(rows.map((r) => relationId(r.unit)).filter((id) => id != null))]
  const assigneeIds = [
    ...new Set(rows.map((r) => relationId(r.assignee)).filter((id) => id != null)),
  ]
  const [units, assignees] = await Promise.all([
    req.payload.find({
      collection: slugs.units,
      where: { id: { in: unitIds } },
      depth: 0,
      pagination: false,
      select: { building: true },
      req,
    }),
    req.payload.find({
      collection: slugs.users,
      where: { id: { in: assigneeIds } },
      depth: 0,
      pagination: false,
      select: { roles: true, areaBuildings: true },
      req,
    }),
  ])
  const buildingOf = new Map<string, string>(units.docs.map((u) => [String(u.id), u.building]))
  const staff = new Map(assignees.docs.map((u) => [String(u.id), u]))
  for (const [index, row] of rows.entries()) {
    const assignee = staff.get(String(relationId(row.assignee)))
    if (!assignee || !rolesOf(assignee).some((role) => role !== 'admin')) {
      throw invalidField(
        slugs.visitPlans,
        `rows.${index}.assignee`,
        `第 ${index + 1} 户的回访人不是在职员工 / The assignee of household ${index + 1} is not on the staff`,
      )
    }
    if (!buildingOf.has(String(relationId(row.unit)))) {
      throw invalidField(slugs.visitPlans, `rows.${index}.unit`, '房屋不存在 / No such unit')
    }
  }
  if (kind === 'periodic') {
    const outside = rowOutsideBuildings(
      rows.map((r) => ({
        assignee: relationId(r.assignee) ?? null,
        building: buildingOf.get(String(relationId(r.unit))) ?? null,
      })),
      (assignee: Id) => staff.get(String(assignee))?.areaBuildings ?? null,
    )
    if (outside) {
      throw invalidField(slugs.visitPlans, `rows.${outside.index}.unit`, outside.message)
    }
  }
  data.madeBy = req.user?.id ?? null
  return data
}
