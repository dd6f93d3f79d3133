import type { GlobalConfig } from 'payload'

import { denyAll } from '@/access/denyAll'
import { isStaff } from '@/access/isStaff'
import { canEditOfficeSettings } from '@/access/officeSettings'
import { MIN_COMPLAINT_VISIT_RATE, VISIT_METHODS } from '@/domain/complaints/returnVisits'
import { DEFAULT_FRONT_DESK_SHIFTS } from '@/domain/shiftLogs/shifts'
import { DEFAULT_TIMEZONE } from '@/domain/time'
import type { DepartmentHeadRow } from '@/domain/designations'
import { HEADED_DEPARTMENTS, duplicateDepartment } from '@/domain/designations'
import {
  DEFAULT_NUMBER_PATTERN,
  DOCUMENT_KINDS,
  isValidNumberPattern,
} from '@/domain/documents/control'
import { PENALTY_DEFAULTS } from '@/domain/violations/amounts'
import { DEFAULT_TARGETS, MIN_REPAIR_VISIT_RATE } from '@/domain/workOrders/rules'
import { KPI_TARGET_DEFAULTS } from '@/domain/kpiTargets'
import { SURVEY_LINK_DAYS } from '@/domain/returnVisits/survey'
import { tooLong } from '@/fields/validators'
import type { BilingualLabel } from '@/i18n/label'
import { label, option, optionsFrom } from '@/i18n/label'
import { globalSlugs, slugs } from '@/slugs'
import { WEEKDAYS, isClockTime } from '@/domain/time'

import { recordGlobalChange } from '@/hooks/audit/recordGlobalChange'
import { keepApprovalRulesWithDirector } from '@/hooks/officeSettings/keepApprovalRulesWithDirector'

import { alertSettingsGroup } from './alertSettingsFields'
import { renovationSettingsGroup } from './renovationSettingsFields'

/** A target in percent: 0–100, required to be a number in range (400 naming the field). */
const percentTarget = (name: string, defaultValue: number, fieldLabel: BilingualLabel) => ({
  name,
  type: 'number' as const,
  defaultValue,
  min: 0,
  max: 100,
  label: fieldLabel,
})

/** The office's own rules, changed in the admin by its managers rather than in code. */
export const OfficeSettings: GlobalConfig = {
  slug: globalSlugs.officeSettings,
  label: label('办公室设置', 'Office settings'),
  admin: { group: label('系统', 'System') },
  access: {
    // Every member of staff works by these rules (targets, shifts, rates); none is confidential.
    read: isStaff,
    update: canEditOfficeSettings,
    // Not versioned: there is no history to read or restore. Versioning it would need this set.
    readVersions: denyAll,
  },
  hooks: { beforeChange: [keepApprovalRulesWithDirector], afterChange: [recordGlobalChange] },
  fields: [
    {
      name: 'timezone',
      type: 'text',
      maxLength: 64,
      defaultValue: DEFAULT_TIMEZONE,
      label: label('时区', 'Timezone'),
      validate: (value: string | null | undefined) => {
        if (!value) return true
        const long = tooLong(value, 64)
        if (long) return long
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
      label: label('公司与打印', 'Company and printing'),
      fields: [
        {
          name: 'companyName',
          type: 'text',
          maxLength: 100,
          label: label('公司全称', 'Company name'),
          admin: {
            description: label(
              '印在每张表单、通知和报表的页眉；留空时用环境变量 COMPANY_NAME',
              'Printed in the header of every form, notice and report; COMPANY_NAME when empty',
            ),
          },
          validate: (value: string | null | undefined) => tooLong(value, 100) ?? true,
        },
        {
          // 特别事件回访: the office head's written report goes to the company (DOMAIN.md → Return visits).
          name: 'companyReportEmail',
          type: 'email',
          label: label('公司报告邮箱', 'Company report address'),
          admin: {
            description: label(
              '特别事件回访报告寄往此邮箱；留空时寄给总经理',
              'Special-event visit reports go here; to the general manager when empty',
            ),
          },
        },
        {
          name: 'companyLogo',
          type: 'upload',
          relationTo: slugs.attachments,
          // pdfkit draws PNG and JPEG; anything else is refused when the settings are saved.
          filterOptions: { mimeType: { in: ['image/png', 'image/jpeg'] } },
          label: label('公司标志', 'Company logo'),
          admin: {
            description: label(
              'PNG 或 JPEG，印在页眉左侧',
              'PNG or JPEG, printed left of the header',
            ),
          },
        },
      ],
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
        {
          name: 'surveyLinkDays',
          type: 'number',
          defaultValue: SURVEY_LINK_DAYS,
          min: 1,
          max: 90,
          label: label('住户问卷链接有效期（天）', 'Resident survey link valid for (days)'),
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
          // 001: the order reaches engineering only on the finance receipt; an office may switch it off.
          defaultValue: true,
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
      // The targets every report and the dashboard print beside their figures. The complaint
      // visit rate (投诉回访率, never below 60%) and the repair dispatch and arrival times are
      // targets too; they stay under 投诉 and 报修, where they also drive sampling and deadlines.
      name: 'targets',
      type: 'group',
      label: label('目标', 'Targets'),
      fields: [
        {
          type: 'row',
          fields: [
            percentTarget(
              'resolvedWithin24h',
              KPI_TARGET_DEFAULTS.resolvedWithin24h,
              label('24小时内解决率目标 (%)', 'Resolved within 24 h, target (%)'),
            ),
            percentTarget(
              'complaintSatisfaction',
              KPI_TARGET_DEFAULTS.complaintSatisfaction,
              label('投诉处理满意率合格线 (%)', 'Complaint-handling satisfaction pass mark (%)'),
            ),
          ],
        },
        {
          type: 'row',
          fields: [
            percentTarget(
              'departmentSatisfaction',
              KPI_TARGET_DEFAULTS.departmentSatisfaction,
              label(
                '职能部门（维修）满意率合格线 (%)',
                'Department (repairs) satisfaction pass mark (%)',
              ),
            ),
            percentTarget(
              'validComplaints',
              KPI_TARGET_DEFAULTS.validComplaints,
              label('有效投诉占户数比上限 (%)', 'Valid complaints per household, below (%)'),
            ),
          ],
        },
        {
          type: 'row',
          fields: [
            percentTarget(
              'surveySatisfaction',
              KPI_TARGET_DEFAULTS.surveySatisfaction,
              label(
                '综合问卷综合评议满意率合格线 (%)',
                'Comprehensive survey overall rate pass mark (%)',
              ),
            ),
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('审批与违章', 'Approvals and violations'),
      fields: [
        {
          name: 'allowSameSigner',
          type: 'checkbox',
          defaultValue: false,
          label: label(
            '允许同一人签署同一审批链的多个步骤（小型办公室）',
            'Let one person sign several steps of a chain (small offices)',
          ),
        },
        {
          name: 'lateFeeRatePerDay',
          type: 'number',
          defaultValue: PENALTY_DEFAULTS.lateFeeRatePerDay,
          min: 0,
          max: 0.01,
          label: label(
            '滞纳金日费率（如 0.0003 = 万分之三）',
            'Late fee per day (0.0003 = 0.03 %)',
          ),
        },
        {
          name: 'lateFeeCapRatio',
          type: 'number',
          defaultValue: PENALTY_DEFAULTS.lateFeeCapRatio,
          min: 0,
          max: 1,
          label: label('滞纳金上限（占欠费比例）', 'Late-fee cap (share of the arrears)'),
        },
        {
          name: 'compensationCap',
          type: 'number',
          defaultValue: PENALTY_DEFAULTS.compensationCap,
          min: 0,
          label: label('赔偿金额上限（元）', 'Compensation cap (CNY)'),
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('指定人员', 'Designations'),
      admin: {
        description: label(
          '由物业总监或系统管理员指定',
          'Set by the director or the administrator',
        ),
      },
      fields: [
        {
          name: 'officeHead',
          type: 'relationship',
          relationTo: slugs.users,
          label: label('主任（客服部负责人）', 'Office head'),
          admin: {
            description: label(
              '留空时为第一位物业管理经理',
              'The first property manager when empty',
            ),
          },
        },
        {
          name: 'departmentHeads',
          type: 'array',
          label: label('部门负责人', 'Department heads'),
          labels: {
            singular: label('部门负责人', 'Department head'),
            plural: label('部门负责人', 'Department heads'),
          },
          validate: (rows: unknown) => {
            const twice = duplicateDepartment(rows as DepartmentHeadRow[] | null)
            return twice === null
              ? true
              : `每个部门只能指定一位负责人（${twice} 重复） / One head per department (${twice} twice)`
          },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'department',
                  type: 'select',
                  required: true,
                  label: label('部门', 'Department'),
                  options: optionsFrom(HEADED_DEPARTMENTS),
                },
                {
                  name: 'user',
                  type: 'relationship',
                  relationTo: slugs.users,
                  required: true,
                  label: label('负责人', 'Head'),
                },
              ],
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('文件控制', 'Document control'),
      fields: [
        {
          name: 'documentNumberPattern',
          type: 'text',
          maxLength: 100,
          defaultValue: DEFAULT_NUMBER_PATTERN,
          label: label('文件编号格式', 'Document number pattern'),
          admin: {
            description: label(
              '{dept} 部门代码，{kind} 类别代码，{year} 年份，{seq:3} 三位流水号',
              '{dept} department code, {kind} kind code, {year}, {seq:3} a 3-digit sequence',
            ),
          },
          validate: (value: string | null | undefined) =>
            tooLong(value, 100) ??
            (!value || isValidNumberPattern(value)
              ? true
              : '格式须包含 {seq} / The pattern needs {seq}'),
        },
        {
          name: 'versionScheme',
          type: 'select',
          defaultValue: 'letter',
          label: label('版本号格式', 'Version labels'),
          options: [
            option('letter', 'A/0, A/1 … B/0', 'A/0, A/1 … B/0'),
            option('decimal', '1.0, 1.1 … 2.0', '1.0, 1.1 … 2.0'),
          ],
        },
        {
          name: 'directorApprovesKinds',
          type: 'select',
          hasMany: true,
          defaultValue: ['rule', 'procedure', 'contract'],
          label: label('由物业总监批准的文件类别', 'Kinds the director approves'),
          options: optionsFrom(DOCUMENT_KINDS),
          admin: {
            description: label(
              '其余类别由物业管理经理批准',
              'The property manager approves the others',
            ),
          },
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
                {
                  name: 'code',
                  type: 'text',
                  required: true,
                  maxLength: 32,
                  label: label('班次代码', 'Code'),
                },
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
    {
      type: 'collapsible',
      label: label('例会', 'Meetings'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'weeklyMeetingWeekday',
              type: 'select',
              defaultValue: 'fri',
              label: label('周例会（星期）', 'Weekly meeting: day'),
              options: WEEKDAYS.map(([value, zh, en]) => option(value, zh, en)),
            },
            {
              name: 'weeklyMeetingTime',
              type: 'text',
              defaultValue: '09:00',
              maxLength: 5,
              label: label('周例会（时间）', 'Weekly meeting: time'),
              validate: (value: string | null | undefined) =>
                !value || isClockTime(value) ? true : '时间格式 HH:MM / Use HH:MM',
            },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: label('备份', 'Backups'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'backupTime',
              type: 'text',
              defaultValue: '02:30',
              maxLength: 5,
              label: label('每日备份时间', 'Daily backup at'),
              validate: (value: string | null | undefined) =>
                !value || isClockTime(value) ? true : '时间格式 HH:MM / Use HH:MM',
            },
            {
              name: 'backupKeep',
              type: 'number',
              defaultValue: 14,
              min: 1,
              max: 365,
              label: label('保留备份份数', 'Backups kept'),
            },
          ],
        },
      ],
    },
    alertSettingsGroup,
    renovationSettingsGroup,
  ],
}
