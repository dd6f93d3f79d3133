import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { canPlanVisits, canReadVisitPlans } from '@/access/visitPlans'
import { DEPARTMENTS } from '@/domain/complaints/categories'
import { VISIT_METHODS } from '@/domain/complaints/returnVisits'
import { VISIT_KINDS } from '@/domain/returnVisits/kinds'
import { CASE_KINDS } from '@/domain/returnVisits/programme'
import { serverSet } from '@/fields/serverOnly'
import { auditHooks } from '@/hooks/audit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { checkVisitPlan } from '@/hooks/visitPlans/checkVisitPlan'
import { createPlannedVisits } from '@/hooks/visitPlans/createPlannedVisits'
import { planProgressOf } from '@/hooks/visitPlans/planProgressOf'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const serverFields: ServerFields = {}

/**
 * 回访计划: the site manager's plan for a month or a quarter — which households, who visits them,
 * when and by which method. Saving it creates its visits (`return-visits` with `plan`), tells each
 * assignee by mail, and shows its progress (recorded / total) on every read. For periodic visits
 * by area staff each household is in the assignee's buildings (`users.areaBuildings`), else 400.
 * The households of a saved plan are fixed: a change of plan is a new plan.
 */
export const VisitPlans: CollectionConfig = {
  slug: slugs.visitPlans,
  labels: { singular: label('回访计划', 'Visit plan'), plural: label('回访计划', 'Visit plans') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'period', 'kind', 'madeBy', 'progress'],
    group: label('投诉与回访', 'Complaints'),
  },
  access: {
    read: canReadVisitPlans,
    create: canPlanVisits,
    update: canPlanVisits,
    delete: canDeleteRecords,
  },
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), checkVisitPlan],
    afterChange: [createPlannedVisits, ...auditHooks.afterChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('计划名称', 'Title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'period',
          type: 'text',
          required: true,
          index: true,
          maxLength: 7,
          label: label('计划期间', 'Period'),
          admin: { description: label('YYYY-MM（月）或 YYYY-Qn（季）', 'YYYY-MM or YYYY-Qn') },
        },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'periodic',
          label: label('回访类别', 'Kind'),
          options: Object.entries(VISIT_KINDS)
            .filter(([value]) => !CASE_KINDS.includes(value as keyof typeof VISIT_KINDS))
            .map(([value, l]) => option(value, l.zh, l.en)),
        },
        {
          name: 'department',
          type: 'select',
          options: optionsFrom(DEPARTMENTS),
          label: label('职能部门', 'Department'),
          admin: { condition: (data) => data?.kind === 'departmental' },
        },
        serverSet({
          name: 'madeBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('制定人', 'Made by'),
        }),
      ],
    },
    {
      name: 'rows',
      type: 'array',
      required: true,
      minRows: 1,
      maxRows: 500,
      label: label('回访住户', 'Households'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'unit',
              type: 'relationship',
              relationTo: slugs.units,
              required: true,
              label: label('房屋', 'Unit'),
            },
            {
              name: 'resident',
              type: 'relationship',
              relationTo: slugs.residents,
              label: label('住户', 'Resident'),
            },
            {
              name: 'assignee',
              type: 'relationship',
              relationTo: slugs.users,
              required: true,
              label: label('回访人', 'Who visits'),
            },
            {
              name: 'scheduledFor',
              type: 'date',
              label: label('计划日期', 'When'),
            },
            {
              name: 'method',
              type: 'select',
              required: true,
              defaultValue: 'face-to-face',
              options: Object.entries(VISIT_METHODS).map(([value, l]) => option(value, l.zh, l.en)),
              label: label('回访方式', 'Method'),
            },
          ],
        },
      ],
    },
    {
      // Counted from the plan's visits on every read, never stored (so never stale).
      name: 'progress',
      type: 'json',
      virtual: true,
      label: label('进度（已回访 / 计划）', 'Progress (recorded / planned)'),
      admin: { readOnly: true },
      hooks: { afterRead: [planProgressOf] },
    },
  ],
}
