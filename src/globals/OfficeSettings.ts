import type { GlobalConfig } from 'payload'

import { hasRole } from '@/access/hasRole'
import { MIN_COMPLAINT_VISIT_RATE, VISIT_METHODS } from '@/domain/complaints/returnVisits'
import { DEFAULT_FRONT_DESK_SHIFTS } from '@/domain/shiftLogs/shifts'
import { DEFAULT_TIMEZONE } from '@/domain/time'
import { DEFAULT_TARGETS, MIN_REPAIR_VISIT_RATE } from '@/domain/workOrders/rules'
import { label, option } from '@/i18n/label'
import { globalSlugs } from '@/slugs'

/** The office's own rules, changed in the admin by its managers rather than in code. */
export const OfficeSettings: GlobalConfig = {
  slug: globalSlugs.officeSettings,
  label: label('办公室设置', 'Office settings'),
  admin: { group: label('系统', 'System') },
  access: {
    read: ({ req: { user } }) => Boolean(user),
    update: ({ req: { user } }) => hasRole(user, 'director', 'property-manager', 'admin'),
  },
  fields: [
    {
      name: 'timezone',
      type: 'text',
      defaultValue: DEFAULT_TIMEZONE,
      label: label('时区', 'Timezone'),
      validate: (value: string | null | undefined) => {
        if (!value) return true
        try {
          new Intl.DateTimeFormat('en', { timeZone: value })
          return true
        } catch {
          return '未知时区 / Unknown timezone'
        }
      },
    },
    {
      type: 'collapsible',
      label: label('投诉', 'Complaints'),
      fields: [
        {
          name: 'resolutionTargetHours',
          type: 'number',
          defaultValue: 24,
          min: 1,
          label: label('处理时限（小时）', 'Resolution target (hours)'),
        },
        {
          name: 'collectiveWindowHours',
          type: 'number',
          defaultValue: 24,
          min: 1,
          label: label('集体投诉时间窗（小时）', 'Collective-complaint window (hours)'),
        },
        {
          name: 'collectiveThreshold',
          type: 'number',
          defaultValue: 3,
          min: 2,
          label: label('集体投诉户数', 'Households that make a collective complaint'),
        },
        {
          name: 'complaintVisitRate',
          type: 'number',
          defaultValue: 100,
          min: MIN_COMPLAINT_VISIT_RATE,
          max: 100,
          label: label('投诉回访率 (%)', 'Complaint return-visit rate (%)'),
        },
        {
          name: 'complaintVisitMethod',
          type: 'select',
          defaultValue: 'face-to-face',
          label: label('一般投诉回访方式', 'Return-visit method for general complaints'),
          options: Object.entries(VISIT_METHODS).map(([value, l]) => option(value, l.zh, l.en)),
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('报修', 'Repairs'),
      fields: [
        {
          name: 'commercialDispatchMinutes',
          type: 'number',
          defaultValue: DEFAULT_TARGETS.commercialDispatchMinutes,
          min: 1,
          label: label('商户报修派工时限（分钟）', 'Dispatch target for commercial tenants (min)'),
        },
        {
          name: 'dispatchMinutes',
          type: 'number',
          defaultValue: DEFAULT_TARGETS.dispatchMinutes,
          min: 1,
          label: label(
            '其他报修“即时”派工时限（分钟）',
            'Dispatch target, others: “at once” (min)',
          ),
        },
        {
          name: 'arrivalMinutes',
          type: 'number',
          defaultValue: DEFAULT_TARGETS.arrivalMinutes,
          min: 1,
          label: label('派工后到场时限（分钟）', 'Arrival target after dispatch (min)'),
        },
        {
          name: 'paymentBeforeDispatch',
          type: 'checkbox',
          defaultValue: false,
          label: label('有偿服务先缴费后派工', 'Paid services are paid before dispatch'),
        },
        {
          name: 'repairVisitRate',
          type: 'number',
          defaultValue: 20,
          min: MIN_REPAIR_VISIT_RATE,
          max: 100,
          label: label('维修回访抽样率 (%)', 'Repair return-visit sample (%)'),
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('交接班', 'Shift logs'),
      fields: [
        {
          name: 'frontDeskShifts',
          type: 'array',
          label: label('前台班次', 'Front-desk shifts'),
          admin: {
            description: label(
              '秩序维护岗固定三班（00–08、08–16、16–24）；前台按此排班',
              'Security runs 00–08, 08–16, 16–24; the front desk follows this schedule',
            ),
          },
          defaultValue: DEFAULT_FRONT_DESK_SHIFTS.map((s) => ({ ...s })),
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'code', type: 'text', required: true, label: label('班次代码', 'Code') },
                {
                  name: 'start',
                  type: 'number',
                  required: true,
                  min: 0,
                  max: 23,
                  label: label('开始（时）', 'Starts (hour)'),
                },
                {
                  name: 'end',
                  type: 'number',
                  required: true,
                  min: 1,
                  max: 24,
                  label: label('结束（时）', 'Ends (hour)'),
                },
              ],
            },
          ],
        },
      ],
    },
  ],
}
