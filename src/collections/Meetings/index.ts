import type { CollectionConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { DEPARTMENTS } from '@/collections/Users'
import { MEETING_KINDS, MEETING_STATUSES } from '@/domain/meetings'
import { meetingEndpoints } from '@/endpoints/meetings'
import { serverSet } from '@/fields/serverOnly'
import { workflowActionsField } from '@/fields/workflowActions'
import { auditHooks } from '@/hooks/audit'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { label, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

import { canOrganiseMeetings, canReadMeetings, canUpdateMeetings } from './access'
import { keepMeetingRecord } from './hooks/keepMeetingRecord'
import { prepareMeeting } from './hooks/prepareMeeting'

const dayAndTime = { date: { pickerAppearance: 'dayAndTime' as const } }
const whenKind =
  (kind: string) =>
  (data: { kind?: string } | undefined): boolean =>
    data?.kind === kind

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = { initial: { status: 'planned' } }

/**
 * 会议: the weekly office meeting (周例会, created in advance for the office head by the
 * `scheduleWeeklyMeeting` job), department meetings and residents' meetings (座谈会). Organised
 * by managers and the office staff, read by those who attend. `POST /api/meetings/:id/actions/hold`
 * records the minutes and turns every decision into a follow-up in one transaction; `close`
 * approves the minutes; `GET /api/meetings/:id/minutes.pdf` prints them. Never deleted: cancelled.
 */
export const Meetings: CollectionConfig = {
  slug: slugs.meetings,
  labels: { singular: label('会议', 'Meeting'), plural: label('会议', 'Meetings') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'scheduledAt', 'chair', 'status'],
    group: label('投诉与回访', 'Complaints'),
  },
  access: {
    read: canReadMeetings,
    create: canOrganiseMeetings,
    update: canUpdateMeetings,
    delete: denyAll,
  },
  defaultSort: '-scheduledAt',
  endpoints: meetingEndpoints,
  indexes: [{ fields: ['kind', 'scheduledAt'] }],
  hooks: {
    beforeOperation: [keepMeetingRecord, protectServerFields(serverFields)],
    beforeChange: [recheckServerFields(serverFields), prepareMeeting],
    ...auditHooks,
  },
  fields: [
    workflowActionsField(label('会议办理', 'Actions')),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'weekly',
          index: true,
          options: optionsFrom(MEETING_KINDS),
          label: label('会议类别', 'Kind'),
        },
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'planned',
          index: true,
          options: optionsFrom(MEETING_STATUSES),
          label: label('状态', 'Status'),
        }),
        {
          name: 'department',
          type: 'select',
          options: DEPARTMENTS,
          label: label('部门', 'Department'),
          admin: { condition: whenKind('department') },
        },
      ],
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      maxLength: 200,
      label: label('会议名称', 'Title'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'scheduledAt',
          type: 'date',
          required: true,
          index: true,
          label: label('会议时间', 'When'),
          admin: dayAndTime,
        },
        { name: 'place', type: 'text', maxLength: 200, label: label('地点', 'Place') },
        {
          name: 'chair',
          type: 'relationship',
          relationTo: slugs.users,
          required: true,
          index: true,
          label: label('主持人', 'Chair'),
        },
      ],
    },
    {
      name: 'attendees',
      type: 'relationship',
      relationTo: slugs.users,
      hasMany: true,
      index: true,
      label: label('参会人员', 'Attendees'),
    },
    {
      name: 'residentAttendees',
      type: 'array',
      label: label('参会业主', 'Residents attending'),
      admin: { condition: whenKind('residents') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'resident',
              type: 'relationship',
              relationTo: slugs.residents,
              label: label('业主档案', 'Resident'),
            },
            { name: 'name', type: 'text', maxLength: 100, label: label('姓名', 'Name') },
            { name: 'unit', type: 'text', maxLength: 100, label: label('房号', 'Unit') },
          ],
        },
      ],
    },
    {
      name: 'agenda',
      type: 'array',
      label: label('议程', 'Agenda'),
      fields: [
        {
          name: 'item',
          type: 'text',
          required: true,
          maxLength: 500,
          label: label('议题', 'Item'),
        },
      ],
    },
    {
      name: 'minutes',
      type: 'textarea',
      maxLength: 50_000,
      label: label('会议纪要', 'Minutes'),
    },
    {
      name: 'decisions',
      type: 'array',
      label: label('决定事项', 'Decisions'),
      admin: {
        description: label(
          '记录纪要时每项决定生成一项跟进事项（负责人、期限、逾期上报）',
          'Recording the minutes makes each decision a follow-up (owner, deadline, escalation)',
        ),
      },
      fields: [
        {
          name: 'text',
          type: 'textarea',
          required: true,
          maxLength: 2000,
          label: label('决定内容', 'Decision'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'owner',
              type: 'relationship',
              relationTo: slugs.users,
              required: true,
              label: label('负责人', 'Owner'),
            },
            {
              name: 'deadline',
              type: 'date',
              required: true,
              label: label('完成期限', 'Deadline'),
              admin: dayAndTime,
            },
            {
              name: 'followUp',
              type: 'relationship',
              relationTo: slugs.followUps,
              label: label('跟进事项', 'Follow-up'),
              admin: { readOnly: true },
            },
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'recordedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('记录人', 'Recorded by'),
        }),
        serverSet({
          name: 'heldAt',
          type: 'date',
          label: label('纪要记录时间', 'Minutes recorded at'),
          admin: dayAndTime,
        }),
        serverSet({
          name: 'closedBy',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('纪要审批人', 'Minutes approved by'),
        }),
        serverSet({
          name: 'closedAt',
          type: 'date',
          label: label('审批时间', 'Approved at'),
          admin: dayAndTime,
        }),
      ],
    },
    serverSet({
      name: 'closeNote',
      type: 'textarea',
      maxLength: 2000,
      label: label('审批意见', 'Approval comment'),
    }),
    serverSet({
      name: 'cancelReason',
      type: 'textarea',
      maxLength: 2000,
      label: label('取消原因', 'Why cancelled'),
    }),
    serverSet({
      // One weekly meeting per date, whoever creates it (the job, twice at once): a unique key.
      name: 'seriesKey',
      type: 'text',
      maxLength: 100,
      unique: true,
      label: label('例会编号', 'Series key'),
      admin: { position: 'sidebar' },
    }),
  ],
}
