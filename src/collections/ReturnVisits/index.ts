import type { CollectionConfig } from 'payload'

import { canDeleteRecords } from '@/access/canDeleteRecords'
import { sendSurvey } from '@/endpoints/returnVisits/sendSurvey'
import {
  canCreateReturnVisits,
  canReadReturnVisits,
  canUpdateReturnVisits,
} from '@/access/returnVisits'
import { DEPARTMENTS } from '@/domain/complaints/categories'
import { RATINGS, VISIT_METHODS } from '@/domain/complaints/returnVisits'
import { SURVEY_ASPECTS, VISIT_KINDS } from '@/domain/returnVisits/kinds'
import { printVisitRecord } from '@/endpoints/returnVisits/printVisitRecord'
import { serverSet } from '@/fields/serverOnly'
import { signOff } from '@/fields/signOff'
import { returnVisitEndpoints } from '@/endpoints/returnVisits'
import { auditHooks } from '@/hooks/audit'
import { keepVisitMonthFigures } from '@/hooks/shared/keepMonthFigures'
import { applyVisitOutcome } from '@/hooks/returnVisits/applyVisitOutcome'
import { assignEventVisit } from '@/hooks/returnVisits/assignEventVisit'
import { lockRecordedVisit } from '@/hooks/returnVisits/lockRecordedVisit'
import { raiseVisitFollowUps } from '@/hooks/returnVisits/raiseVisitFollowUps'
import { recordVisit } from '@/hooks/returnVisits/recordVisit'
import { requireVisitSubject } from '@/hooks/returnVisits/requireVisitSubject'
import { setVisitWindow } from '@/hooks/returnVisits/setVisitWindow'
import { stampHousehold } from '@/hooks/returnVisits/stampHousehold'
import { stampVisitKind } from '@/hooks/returnVisits/stampVisitKind'
import type { ServerFields } from '@/hooks/shared/protectServerFields'
import { protectServerFields, recheckServerFields } from '@/hooks/shared/protectServerFields'
import { label, option, optionsFrom } from '@/i18n/label'
import { slugs } from '@/slugs'

const ratingOptions = Object.entries(RATINGS).map(([value, l]) => option(value, l.zh, l.en))
const rating = (name: string, zh: string, en: string) => ({
  name,
  type: 'select' as const,
  options: ratingOptions,
  label: label(zh, en),
})

/** What a create may carry in the fields declared `serverSet`. */
const serverFields: ServerFields = {
  initial: { status: 'scheduled' },
}

/** 回访: a return visit after a complaint, a repair, a service or an event, or planned (回访计划). */
export const ReturnVisits: CollectionConfig = {
  slug: slugs.returnVisits,
  labels: { singular: label('回访', 'Return visit'), plural: label('回访', 'Return visits') },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['complaint', 'dueBy', 'assignee', 'method', 'status', 'overall'],
    group: label('投诉与回访', 'Complaints'),
  },
  indexes: [
    // Satisfaction by household per month (the monthly table, the dashboard, its trend), read
    // from this index alone. `recordedAt` first: led by `status`, SQLite chose it for lookups by
    // complaint and status and scanned every recorded visit.
    // `kind` last: the return-visit statistics and the dashboard's rates by kind read it too.
    { fields: ['recordedAt', 'status', 'overall', 'household', 'complaint', 'workOrder', 'kind'] },
    // The written survey's questionnaires issued in a period (回访统计表, the dashboard).
    { fields: ['kind', 'createdAt'] },
    // The dashboard's open visits per assignee, due and overdue, from the index alone.
    { fields: ['status', 'assignee', 'dueBy', 'dueFrom', 'unreachable'] },
    // The visit rate: visits recorded per complaint resolved in the month, from the index alone.
    { fields: ['complaint', 'status'] },
  ],
  // send-survey before the generic `/:id/actions/:action` routes (appoint, attempt).
  endpoints: [sendSurvey, printVisitRecord, ...returnVisitEndpoints],
  access: {
    read: canReadReturnVisits,
    create: canCreateReturnVisits,
    update: canUpdateReturnVisits,
    delete: canDeleteRecords,
  },
  hooks: {
    beforeOperation: [protectServerFields(serverFields)],
    beforeChange: [
      recheckServerFields(serverFields),
      stampVisitKind,
      requireVisitSubject,
      stampHousehold,
      setVisitWindow,
      assignEventVisit,
      lockRecordedVisit,
      recordVisit,
    ],
    afterChange: [
      applyVisitOutcome,
      raiseVisitFollowUps,
      keepVisitMonthFigures.afterChange,
      ...auditHooks.afterChange,
    ],
    afterDelete: [keepVisitMonthFigures.afterDelete, ...auditHooks.afterDelete],
  },
  fields: [
    {
      name: 'kind',
      type: 'select',
      index: true,
      label: label('回访类别', 'Kind'),
      options: Object.entries(VISIT_KINDS).map(([value, l]) => option(value, l.zh, l.en)),
      admin: {
        description: label(
          '投诉、维修回访由投诉或工单带出',
          'From the complaint or order when one is set',
        ),
      },
    },
    {
      // Every kind but complaint and repair visits a household (requireVisitSubject).
      type: 'row',
      fields: [
        {
          name: 'unit',
          type: 'relationship',
          relationTo: slugs.units,
          index: true,
          label: label('房屋', 'Unit'),
        },
        {
          name: 'resident',
          type: 'relationship',
          relationTo: slugs.residents,
          label: label('住户', 'Resident'),
        },
        {
          name: 'department',
          type: 'select',
          options: optionsFrom(DEPARTMENTS),
          label: label('职能部门', 'Department'),
          admin: {
            description: label(
              '职能部门抽访的部门；不足与建议交该部门跟进',
              'The team sampling; shortcomings and suggestions go to it',
            ),
          },
        },
        {
          name: 'occurredAt',
          type: 'date',
          label: label('服务 / 事件日期', 'Service or event date'),
          admin: {
            condition: (data) => data?.kind === 'service' || data?.kind === 'event',
            date: { pickerAppearance: 'dayAndTime' },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'complaint',
          type: 'relationship',
          relationTo: slugs.complaints,
          index: true,
          label: label('投诉', 'Complaint'),
        },
        {
          name: 'workOrder',
          type: 'relationship',
          relationTo: slugs.workOrders,
          index: true,
          label: label('维修工单', 'Work order'),
        },
        serverSet({
          name: 'status',
          type: 'select',
          defaultValue: 'scheduled',
          index: true,
          label: label('状态', 'Status'),
          options: [
            option('scheduled', '待回访', 'Scheduled'),
            option('done', '已回访', 'Recorded'),
            option('unreachable', '无法联系（已关闭）', 'Closed: unreachable'),
          ],
        }),
        {
          name: 'assignee',
          type: 'relationship',
          relationTo: slugs.users,
          index: true,
          label: label('回访人', 'Assigned to'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'dueFrom', type: 'date', label: label('最早回访', 'Due from') },
        { name: 'dueBy', type: 'date', index: true, label: label('最迟回访', 'Due by') },
        {
          name: 'method',
          type: 'select',
          options: Object.entries(VISIT_METHODS).map(([value, l]) => option(value, l.zh, l.en)),
          label: label('回访方式', 'Method'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        serverSet({
          name: 'appointmentAt',
          type: 'date',
          label: label('预约时间', 'Appointment'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        }),
        serverSet({
          name: 'appointmentNote',
          type: 'text',
          maxLength: 500,
          label: label('预约说明', 'Appointment note'),
        }),
        serverSet({
          name: 'plan',
          type: 'relationship',
          relationTo: slugs.visitPlans,
          index: true,
          label: label('回访计划', 'Visit plan'),
        }),
        serverSet({
          name: 'escalatedAt',
          type: 'date',
          label: label('逾期上报时间', 'Overdue reported at'),
        }),
      ],
    },
    {
      name: 'attempts',
      type: 'array',
      label: label('联系记录', 'Attempts'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'at', type: 'date', required: true, label: label('时间', 'When') },
            {
              name: 'reached',
              type: 'checkbox',
              defaultValue: false,
              label: label('已联系上', 'Reached'),
            },
            { name: 'note', type: 'text', maxLength: 500, label: label('说明', 'Note') },
          ],
        },
      ],
    },
    serverSet({
      name: 'household',
      type: 'text',
      label: label('住户（户）', 'Household'),
      admin: { description: label('由投诉或工单带出', 'From the complaint or order') },
    }),
    serverSet({
      name: 'unreachable',
      type: 'checkbox',
      defaultValue: false,
      label: label('无法联系', 'Unreachable'),
    }),
    serverSet({
      name: 'unreachableReason',
      type: 'textarea',
      maxLength: 2000,
      label: label('无法联系原因', 'Why unreachable'),
    }),
    {
      name: 'answeredBy',
      type: 'select',
      label: label('答复人', 'Answered by'),
      options: [
        option('resident', '住户本人', 'The resident'),
        option('staff-on-behalf', '工作人员代记录', 'Staff on their behalf'),
      ],
    },
    {
      type: 'row',
      fields: [
        rating('quality', '服务质量', 'Quality'),
        rating('effect', '服务效果', 'Effect'),
        rating('overall', '综合评价', 'Overall'),
        {
          name: 'solved',
          type: 'checkbox',
          defaultValue: true,
          label: label('问题已解决', 'Problem solved'),
        },
      ],
    },
    {
      name: 'aspects',
      type: 'group',
      label: label('综合问卷（13 项）', 'Comprehensive survey (13 aspects)'),
      admin: { condition: (data) => data?.kind === 'survey' },
      fields: [
        {
          type: 'row',
          fields: Object.entries(SURVEY_ASPECTS).map(([name, l]) => rating(name, l.zh, l.en)),
        },
      ],
    },
    {
      name: 'shortcomings',
      type: 'textarea',
      maxLength: 5000,
      label: label('存在不足', 'Shortcomings'),
    },
    {
      name: 'suggestions',
      type: 'textarea',
      maxLength: 5000,
      label: label('意见建议', 'Suggestions'),
    },
    {
      name: 'residentWords',
      type: 'textarea',
      maxLength: 5000,
      label: label('住户原话', 'The resident’s words'),
    },
    {
      // 000 §2.1(3): a point not answered on the spot gets a promised reply time, followed as a
      // follow-up item and escalated when late like any deadline.
      name: 'points',
      type: 'array',
      label: label('住户提出的问题', 'Points raised'),
      fields: [
        {
          name: 'text',
          type: 'text',
          required: true,
          maxLength: 1000,
          label: label('问题', 'Point'),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'promisedBy',
              type: 'date',
              label: label('承诺答复时间', 'Reply promised by'),
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
            {
              name: 'answeredAt',
              type: 'date',
              label: label('当场 / 已答复', 'Answered at'),
              admin: { date: { pickerAppearance: 'dayAndTime' } },
            },
          ],
        },
      ],
    },
    serverSet({
      // 000 §2.1(4): what the visit leaves to be done — promised replies, shortcomings and
      // suggestions — each a follow-up item (raiseVisitFollowUps).
      name: 'followUps',
      type: 'array',
      label: label('跟进事项', 'Follow-up items'),
      fields: [
        { name: 'text', type: 'text', maxLength: 6000, label: label('事项', 'Item') },
        {
          type: 'row',
          fields: [
            {
              name: 'owner',
              type: 'relationship',
              relationTo: slugs.users,
              label: label('负责人', 'Owner'),
            },
            { name: 'deadline', type: 'date', label: label('期限', 'Deadline') },
            {
              name: 'followUp',
              type: 'relationship',
              relationTo: slugs.followUps,
              label: label('跟进', 'Follow-up'),
            },
          ],
        },
      ],
    }),
    {
      type: 'row',
      fields: [...signOff('recorded', label('记录', 'Recorded'), { order: 'at-by' })],
    },
  ],
}
