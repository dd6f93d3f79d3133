import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { canActOnFollowUps, canRaiseFollowUp, canReadFollowUps } from '@/access/followUps'
import { FOLLOW_UP_SOURCE_KINDS, FOLLOW_UP_STATUSES, isOverdue } from '@/domain/followUps/workflow'
import { followUpEndpoints } from '@/endpoints/followUps'
import { auditHooks } from '@/hooks/audit'
import { settleComplaintReview } from '@/hooks/followUps/settleComplaintReview'
import { stampFollowUp } from '@/hooks/followUps/stampFollowUp'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { workflowActionsField } from '@/fields/workflowActions'
import { label, optionsFrom } from '@/i18n/label'
import { serverSet } from '@/fields/serverOnly'
import { slugs } from '@/slugs'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }

/** Set only by the server (`serverSet` on each field): who raised it, its state, the confirmation, the escalation. */
const serverFields: ServerFields = { initial: { status: 'open' } }

/** The case collections a follow-up may come from. */
export const FOLLOW_UP_SOURCES = [
  slugs.complaints,
  slugs.workOrders,
  slugs.violations,
  slugs.returnVisits,
  slugs.archivedDocuments,
  slugs.complaintReports,
  slugs.shiftLogs,
  slugs.meetings,
  slugs.suggestions,
  slugs.residents,
] as const

/**
 * 跟进事项: what the procedures say must be followed until done. Raised by staff or by the feature
 * that needs it (`createFollowUp`), owned by one person with a deadline, closed only through
 * `POST /api/follow-ups/:id/actions/complete` by someone accountable; never deleted (evidence).
 */
export const FollowUps: CollectionConfig = {
  slug: slugs.followUps,
  labels: { singular: label('跟进事项', 'Follow-up'), plural: label('跟进事项', 'Follow-ups') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'owner', 'deadline', 'status', 'overdue', 'sourceKind'],
    group: label('投诉与回访', 'Complaints'),
  },
  access: {
    read: canReadFollowUps,
    create: canRaiseFollowUp,
    update: canActOnFollowUps,
    delete: denyAll,
  },
  defaultSort: 'deadline',
  endpoints: followUpEndpoints,
  indexes: [
    // "My open follow-ups" and "overdue across the office", by deadline.
    { fields: ['owner', 'status', 'deadline'] },
    { fields: ['status', 'deadline'] },
  ],
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), stampFollowUp],
    afterChange: [settleComplaintReview, ...auditHooks.afterChange],
    afterDelete: auditHooks.afterDelete,
  },
  fields: [
    workflowActionsField(label('跟进办理', 'Actions')),
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('跟进内容', 'What must be done'),
    },
    {
      name: 'details',
      type: 'textarea',
      maxLength: 5000,
      label: label('详细说明', 'Details'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'owner',
          type: 'relationship',
          relationTo: slugs.users,
          required: true,
          index: true,
          label: label('负责人', 'Owner'),
        },
        {
          name: 'deadline',
          type: 'date',
          required: true,
          index: true,
          label: label('完成期限', 'Deadline'),
          admin: dayAndTime,
        },
        {
          name: 'sourceKind',
          type: 'select',
          required: true,
          defaultValue: 'other',
          options: optionsFrom(FOLLOW_UP_SOURCE_KINDS),
          label: label('来源类别', 'Raised from'),
        },
      ],
    },
    {
      name: 'source',
      type: 'relationship',
      relationTo: [...FOLLOW_UP_SOURCES],
      index: true,
      label: label('来源记录', 'Source record'),
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'open',
          index: true,
          options: optionsFrom(FOLLOW_UP_STATUSES),
          label: label('状态', 'Status'),
        }),
        {
          // Derived on every read from status and deadline, never stored (so never stale).
          name: 'overdue',
          type: 'checkbox',
          virtual: true,
          label: label('已逾期', 'Overdue'),
          admin: { readOnly: true },
          hooks: {
            afterRead: [({ siblingData }) => isOverdue(siblingData ?? {}, new Date())],
          },
        },
        serverSet({
          name: 'raisedBy',
          type: 'relationship',
          relationTo: slugs.users,
          index: true,
          label: label('提出人', 'Raised by'),
        }),
        serverSet({
          name: 'escalatedAt',
          type: 'date',
          label: label('已上报上级', 'Manager told at'),
          admin: dayAndTime,
        }),
      ],
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'confirmedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('确认人', 'Confirmed by'),
        }),
        serverSet({
          name: 'doneAt',
          type: 'date',
          label: label('完成时间', 'Done at'),
          admin: dayAndTime,
        }),
      ],
    },
    serverSet({
      name: 'doneNote',
      type: 'textarea',
      maxLength: 5000,
      label: label('完成情况', 'What was done'),
    }),
    serverSet({
      name: 'reassignReason',
      type: 'textarea',
      maxLength: 2000,
      label: label('改派 / 延期理由', 'Reason for the last reassignment'),
    }),
  ],
}
