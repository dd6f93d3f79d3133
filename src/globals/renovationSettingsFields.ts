import type { Field } from 'payload'

import { DEFAULT_RENOVATION_RULES, minutesOf, periodsProblem } from '@/domain/renovation/hours'
import { WEEKDAYS } from '@/domain/time'
import { label, option } from '@/i18n/label'

const clock = (name: 'start' | 'end', l: ReturnType<typeof label>): Field => ({
  name,
  type: 'text',
  required: true,
  maxLength: 5,
  label: l,
  validate: (value: string | null | undefined) =>
    value && minutesOf(value) !== null ? true : '时间格式 HH:MM / Use HH:MM',
})

const periods = (
  name: 'workPeriods' | 'noisyPeriods',
  l: ReturnType<typeof label>,
  defaults: ReadonlyArray<{ start: string; end: string }>,
): Field => ({
  name,
  type: 'array',
  label: l,
  defaultValue: defaults.map((p) => ({ ...p })),
  // Each period ends after it starts (the row's own times are checked by their fields).
  validate: (rows: unknown) => {
    const list = (Array.isArray(rows) ? rows : []) as Array<{ start?: string; end?: string }>
    const problem = periodsProblem(
      list.map((r) => ({ start: String(r.start ?? ''), end: String(r.end ?? '') })),
      name,
    )
    return problem ? problem.message : true
  },
  fields: [
    {
      type: 'row',
      fields: [clock('start', label('开始', 'Start')), clock('end', label('结束', 'End'))],
    },
  ],
})

/**
 * Office settings → 装修管理: the permitted working hours, the narrower noisy-work hours, days
 * without work and the longest renovation approved (issue 18 item 4). Read with defaults by
 * `renovationRules(req)` (`src/lib/renovation/rules.ts`); each period ends after it starts.
 */
export const renovationSettingsGroup: Field = {
  name: 'renovationRules',
  type: 'group',
  label: label('装修管理', 'Renovation rules'),
  admin: {
    description: label(
      '装修申请的施工时段须在允许时段内；规定时间以外施工按违章装修处理',
      'Requested hours must lie inside these; work outside them is a renovation breach',
    ),
  },
  fields: [
    periods(
      'workPeriods',
      label('允许施工时段', 'Permitted working hours'),
      DEFAULT_RENOVATION_RULES.workPeriods,
    ),
    periods(
      'noisyPeriods',
      label('允许噪音作业时段', 'Permitted noisy-work hours'),
      DEFAULT_RENOVATION_RULES.noisyPeriods,
    ),
    {
      type: 'row',
      fields: [
        {
          name: 'restDays',
          type: 'select',
          hasMany: true,
          label: label('禁止施工日', 'Days without work'),
          options: WEEKDAYS.map(([value, zh, en]) => option(value, zh, en)),
        },
        {
          name: 'noisyOnWeekends',
          type: 'checkbox',
          defaultValue: DEFAULT_RENOVATION_RULES.noisyOnWeekends,
          label: label('周末允许噪音作业', 'Noisy work at weekends'),
        },
        {
          name: 'maxDurationDays',
          type: 'number',
          min: 1,
          max: 366,
          defaultValue: DEFAULT_RENOVATION_RULES.maxDurationDays,
          label: label('最长装修期（天）', 'Longest renovation (days)'),
        },
      ],
    },
  ],
}
