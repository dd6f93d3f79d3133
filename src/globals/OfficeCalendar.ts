import type { GlobalConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { isStaff } from '@/access/isStaff'
import { canEditOfficeSettings } from '@/access/officeSettings'
import { DEADLINE_BASES, DEADLINE_KINDS } from '@/domain/calendar/deadlineRules'
import { DEFAULT_HOURS_ROWS, DEFAULT_RULE_ROWS } from '@/domain/calendar/officeCalendar'
import { WEEKDAYS } from '@/domain/time'
import { startNextYear } from '@/endpoints/officeCalendar/startNextYear'
import { recordGlobalChange } from '@/hooks/audit/recordGlobalChange'
import { checkOfficeCalendar } from '@/hooks/officeCalendar/checkOfficeCalendar'
import { label, option, optionsFrom } from '@/i18n/label'
import { globalSlugs } from '@/slugs'

/** A local date, typed `YYYY-MM-DD`: a calendar date, not an instant (the check is the hook's). */
const localDateField = (name: string, fieldLabel: ReturnType<typeof label>) => ({
  name,
  type: 'text' as const,
  required: true,
  maxLength: 10,
  label: fieldLabel,
  admin: { placeholder: 'YYYY-MM-DD' },
})

/**
 * 办公日历: the office's working hours per weekday, public holidays and 调休 days, one row per
 * year, and whether each kind of deadline runs on the clock or on working time. Office data:
 * edited by the managers who edit the office settings, audited the same way; every member of
 * staff reads it (their deadlines are computed from it).
 */
export const OfficeCalendar: GlobalConfig = {
  slug: globalSlugs.officeCalendar,
  label: label('办公日历', 'Office calendar'),
  admin: {
    group: label('系统', 'System'),
    description: label(
      '每年按国务院办公厅节假日安排通知录入；“复制为下一年”从最近一年复制工作时间，节假日另行录入',
      'Entered each year from the State Council’s holiday notice; “Start next year” copies the latest year’s hours, the holidays are entered',
    ),
  },
  access: {
    read: isStaff,
    update: canEditOfficeSettings,
    // Not versioned: the audit log is its history.
    readVersions: denyAll,
  },
  endpoints: [startNextYear],
  hooks: { beforeChange: [checkOfficeCalendar], afterChange: [recordGlobalChange] },
  fields: [
    {
      name: 'nextYear',
      type: 'ui',
      admin: {
        components: { Field: '@/views/OfficeCalendar/NextYearButton.client#NextYearButton' },
      },
    },
    {
      name: 'years',
      type: 'array',
      maxRows: 30,
      label: label('年度', 'Years'),
      labels: { singular: label('年度', 'Year'), plural: label('年度', 'Years') },
      fields: [
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 2000,
          max: 2100,
          label: label('年度', 'Year'),
        },
        {
          name: 'hours',
          type: 'array',
          maxRows: 7,
          label: label(
            '工作时间（未列出的星期为休息日）',
            'Working hours (days not listed are off)',
          ),
          defaultValue: DEFAULT_HOURS_ROWS.map((row) => ({ ...row })),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'weekday',
                  type: 'select',
                  required: true,
                  label: label('星期', 'Weekday'),
                  options: WEEKDAYS.map(([value, zh, en]) => option(value, zh, en)),
                },
                {
                  name: 'start',
                  type: 'text',
                  required: true,
                  maxLength: 5,
                  label: label('上班', 'Opens'),
                  admin: { placeholder: '08:30' },
                },
                {
                  name: 'end',
                  type: 'text',
                  required: true,
                  maxLength: 5,
                  label: label('下班', 'Closes'),
                  admin: { placeholder: '17:30' },
                },
              ],
            },
          ],
        },
        {
          name: 'holidays',
          type: 'array',
          maxRows: 40,
          label: label('法定节假日', 'Public holidays'),
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'name',
                  type: 'text',
                  required: true,
                  maxLength: 40,
                  label: label('名称', 'Name'),
                },
                localDateField('from', label('起', 'From')),
                localDateField('to', label('止（含）', 'To (inclusive)')),
              ],
            },
          ],
        },
        {
          name: 'workdays',
          type: 'array',
          maxRows: 20,
          label: label('调休上班日（周六或周日）', 'Make-up working days (调休, Sat or Sun)'),
          fields: [
            {
              type: 'row',
              fields: [
                localDateField('date', label('日期', 'Date')),
                {
                  name: 'note',
                  type: 'text',
                  maxLength: 40,
                  label: label('说明', 'Note'),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'deadlineRules',
      type: 'array',
      maxRows: Object.keys(DEADLINE_KINDS).length,
      label: label('时限计算方式', 'How deadlines run'),
      admin: {
        description: label(
          '未列出的类别按默认：24小时时限和紧急投诉按自然时间，其余按工作时间',
          'Kinds not listed take the default: the 24-hour standard and emergencies on the clock, the rest on working time',
        ),
      },
      defaultValue: DEFAULT_RULE_ROWS.map((row) => ({ ...row })),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              required: true,
              label: label('时限类别', 'Kind of deadline'),
              options: optionsFrom(DEADLINE_KINDS),
            },
            {
              name: 'basis',
              type: 'select',
              required: true,
              label: label('计算方式', 'Runs'),
              options: optionsFrom(DEADLINE_BASES),
            },
          ],
        },
      ],
    },
  ],
}
